import type { Role } from '../api/types';
import type { MessageKey } from '../i18n/dictionary';

export interface NavItem {
  path: string;
  label: MessageKey;
  /** Only when the embedded mail catcher is there (GET /api/dev/mail answers). */
  embeddedOnly?: boolean;
  /** Only for these roles (the API refuses the others: admin routes, the nine-month review). */
  roles?: readonly Role[];
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/projects', label: 'nav.projects' },
  { path: '/queues/late-reports', label: 'nav.lateReports' },
  { path: '/queues/stalled', label: 'nav.stalled' },
  { path: '/queues/escalations', label: 'nav.escalations' },
  { path: '/queues/upcoming', label: 'nav.upcoming' },
  { path: '/dashboard', label: 'nav.dashboard' },
  { path: '/mail', label: 'nav.mail', embeddedOnly: true },
  { path: '/reviews', label: 'nav.review', roles: ['supervisor', 'approver', 'admin'] },
  { path: '/admin/users', label: 'nav.admin.users', roles: ['admin'] },
  { path: '/admin/deadline-policies', label: 'nav.admin.policies', roles: ['admin'] },
  { path: '/admin/calendar', label: 'nav.admin.calendar', roles: ['admin'] },
  { path: '/admin/audit', label: 'nav.admin.audit', roles: ['admin'] },
];
