import type { AppPage } from '@kc/domain/pages';
import type { MessageKey } from '../i18n/dictionary';

export interface NavItem {
  path: string;
  label: MessageKey;
  /** The page it opens: the menu shows it only when the user's role may open it (pagesFor in the domain). */
  page: AppPage;
  /** Only when the embedded mail catcher is there (GET /api/dev/mail answers). */
  embeddedOnly?: boolean;
  /** Also current on these paths (the inbox is the landing page at /). */
  aliases?: string[];
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/inbox', label: 'nav.inbox', page: 'inbox', aliases: ['/'] },
  { path: '/projects', label: 'nav.projects', page: 'projects' },
  { path: '/queues/late-reports', label: 'nav.lateReports', page: 'queues' },
  { path: '/queues/stalled', label: 'nav.stalled', page: 'queues' },
  { path: '/queues/escalations', label: 'nav.escalations', page: 'queues' },
  { path: '/queues/upcoming', label: 'nav.upcoming', page: 'queues' },
  { path: '/dashboard', label: 'nav.dashboard', page: 'dashboard' },
  { path: '/plans', label: 'nav.plans', page: 'plans' },
  { path: '/support-caps', label: 'nav.supportCaps', page: 'supportCaps' },
  { path: '/lapse-radar', label: 'nav.lapseRadar', page: 'lapseRadar' },
  { path: '/periodic-reports', label: 'nav.periodicReports', page: 'periodicReports' },
  { path: '/mail', label: 'nav.mail', page: 'mail', embeddedOnly: true },
  { path: '/reviews', label: 'nav.review', page: 'review' },
  {
    path: '/admin/users',
    label: 'nav.admin',
    page: 'admin',
    aliases: ['/admin/deadline-policies', '/admin/calendar', '/admin/audit', '/admin/province-rules'],
  },
];
