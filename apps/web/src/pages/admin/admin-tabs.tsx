import './admin.css';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n';
import { Link, usePath } from '../../router/router';

/** The admin's pages, one entry "Quản trị hệ thống" in the main menu and these tabs above each of them. */
export const ADMIN_TABS: ReadonlyArray<{ path: string; label: MessageKey }> = [
  { path: '/admin/users', label: 'nav.admin.users' },
  { path: '/admin/deadline-policies', label: 'nav.admin.policies' },
  { path: '/admin/calendar', label: 'nav.admin.calendar' },
  { path: '/admin/plan-calendar', label: 'nav.admin.planCalendar' },
  { path: '/admin/province-rules', label: 'nav.admin.provinceRules' },
  { path: '/admin/audit', label: 'nav.admin.audit' },
];

export function AdminTabs() {
  const { t } = useI18n();
  const path = usePath();
  return (
    <nav className="admin-tabs" aria-label={t('nav.admin')} data-testid="admin-tabs">
      {ADMIN_TABS.map((tab) => (
        <Link key={tab.path} to={tab.path} aria-current={path === tab.path ? 'page' : undefined}>
          {t(tab.label)}
        </Link>
      ))}
    </nav>
  );
}
