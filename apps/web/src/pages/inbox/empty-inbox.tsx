import { pagesFor } from '@kc/domain/pages';
import { useI18n } from '../../i18n/i18n';
import { NAV_ITEMS } from '../../layout/nav-items';
import { Link } from '../../router/router';
import { useSession } from '../../session/session';

/** Nothing waits: say so, and offer the pages this role works from (the supervisor's queues, the projects). */
export function EmptyInbox() {
  const { t } = useI18n();
  const { user } = useSession();
  const pages = user ? pagesFor(user) : [];
  const links = NAV_ITEMS.filter((item) => item.page !== 'inbox' && !item.embeddedOnly && pages.includes(item.page));
  return (
    <section className="card inbox-empty" aria-labelledby="inbox-empty-title">
      <h2 id="inbox-empty-title">{t('inbox.empty')}</h2>
      {links.length > 0 && (
        <>
          <p className="muted">{t('inbox.goTo')}</p>
          <div className="button-row">
            {links.map((item) => (
              <Link key={item.path} to={item.path} className="button">
                {t(item.label)}
              </Link>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
