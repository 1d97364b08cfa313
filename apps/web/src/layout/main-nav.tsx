import { pagesFor } from '@kc/domain/pages';
import { useI18n } from '../i18n/i18n';
import { Link, usePath } from '../router/router';
import { useSession } from '../session/session';
import { NAV_ITEMS, NavItem } from './nav-items';
import { useInboxCounts } from './use-inbox-counts';
import { useMailAvailable } from './use-mail-available';

export function MainNav({ open, onNavigate }: { open: boolean; onNavigate(): void }) {
  const { t } = useI18n();
  const path = usePath();
  const { user } = useSession();
  const mailAvailable = useMailAvailable();
  const counts = useInboxCounts();
  const pages = user ? pagesFor(user) : [];
  const items = NAV_ITEMS.filter((item) => pages.includes(item.page) && (!item.embeddedOnly || mailAvailable));
  const isCurrent = (item: NavItem) =>
    path === item.path || path.startsWith(`${item.path}/`) || (item.aliases ?? []).includes(path);
  return (
    <nav className={open ? 'main-nav open' : 'main-nav'} aria-label={t('nav.main')} id="main-nav">
      {items.map((item) => (
        <Link
          key={item.path}
          to={item.path}
          aria-current={isCurrent(item) ? 'page' : undefined}
          onClick={onNavigate}
          data-page={item.page}
        >
          {t(item.label)}
          {item.page === 'inbox' && counts && counts.total > 0 && (
            <span className="nav-count" data-testid="inbox-count">
              <span aria-hidden="true">{counts.total}</span>
              <span className="visually-hidden">{t('nav.inboxCount', { n: counts.total })}</span>
            </span>
          )}
        </Link>
      ))}
    </nav>
  );
}
