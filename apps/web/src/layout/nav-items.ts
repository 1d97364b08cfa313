import type { MessageKey } from '../i18n/dictionary';

export interface NavItem {
  path: string;
  label: MessageKey;
  /** Only when the embedded mail catcher is there (GET /api/dev/mail answers). */
  embeddedOnly?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/projects', label: 'nav.projects' },
  { path: '/queues/late-reports', label: 'nav.lateReports' },
  { path: '/queues/stalled', label: 'nav.stalled' },
  { path: '/queues/escalations', label: 'nav.escalations' },
  { path: '/queues/upcoming', label: 'nav.upcoming' },
  { path: '/dashboard', label: 'nav.dashboard' },
  { path: '/mail', label: 'nav.mail', embeddedOnly: true },
];
