import { useI18n } from '../i18n/i18n';
import { Link, usePath } from '../router/router';
import { useSession } from '../session/session';
import { NAV_ITEMS } from './nav-items';
import { useMailAvailable } from './use-mail-available';

export function MainNav({ open, onNavigate }: { open: boolean; onNavigate(): void }) {
  const { t } = useI18n();
  const path = usePath();
  const mailAvailable = useMailAvailable();
  const { user } = useSession();
  const items = NAV_ITEMS.filter((item) => !item.embeddedOnly || mailAvailable).filter(
    (item) => !item.roles || (user !== null && item.roles.includes(user.role)),
  );
  return (
    <nav className={open ? 'main-nav open' : 'main-nav'} aria-label={t('nav.main')} id="main-nav">
      {items.map((item) => {
        const current = path === item.path || path.startsWith(`${item.path}/`);
        return (
          <Link key={item.path} to={item.path} aria-current={current ? 'page' : undefined} onClick={onNavigate}>
            {t(item.label)}
          </Link>
        );
      })}
    </nav>
  );
}
