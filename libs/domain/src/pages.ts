import type { Actor } from './roles';
import { SystemCapability, holdsCapability } from './capabilities/capability-table';

/** The web app's pages behind the login, by what they serve. */
export const PAGES = [
  'inbox',
  'projects',
  'queues',
  'dashboard',
  'plans',
  'supportCaps',
  'lapseRadar',
  'periodicReports',
  'mail',
  'review',
  'admin',
] as const;
export type AppPage = (typeof PAGES)[number];

/** The capability each page needs: the menu shows a page only when the API would answer its reads. */
const PAGE_CAPABILITY: Record<AppPage, SystemCapability> = {
  inbox: 'inbox.read',
  projects: 'projects.list',
  queues: 'queues.read',
  dashboard: 'dashboard.read',
  plans: 'plans.read',
  /** "Định mức hỗ trợ": the money rule tables (the admin edits the provinces' own caps there). */
  supportCaps: 'plans.read',
  /** The year-end lapse radar (GET /api/plans/lapse-radar asks the same). */
  lapseRadar: 'plans.radar',
  /** "Báo cáo định kỳ": the Department's periodic report and Mẫu 2 (GET /api/reports/… asks the same). */
  periodicReports: 'reports.periodic',
  mail: 'mail.read',
  review: 'review.run',
  admin: 'admin.manage',
};

export function pagesFor(actor: Pick<Actor, 'role' | 'provinceCode'>): readonly AppPage[] {
  const asActor: Actor = { userId: '', email: '', ...actor };
  return PAGES.filter((page) => holdsCapability(asActor, PAGE_CAPABILITY[page]));
}

export function mayOpenPage(actor: Pick<Actor, 'role' | 'provinceCode'>, page: AppPage): boolean {
  return pagesFor(actor).includes(page);
}
