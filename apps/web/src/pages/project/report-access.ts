import type { SessionUser } from '../../api/types';

/** Roles that submit progress reports (the server decides; the form is offered to them). */
export const REPORTING_ROLES = ['implementer', 'officer'];

/** States in which report periods run (from the contract until the work is complete). */
const REPORTING_STATES = ['CONTRACTED', 'IN_PROGRESS'];

/** Whether to offer "Nộp báo cáo tiến độ" first on a project: the periodic report before any lifecycle step. */
export function offersProgressReport(user: SessionUser | null, state: string): boolean {
  return !!user && REPORTING_ROLES.includes(user.role) && REPORTING_STATES.includes(state);
}
