import type { ProjectSummary } from '../../api/types';

/**
 * States in which report periods run: from the contract until the work is complete, and while a stop or a
 * carry-over asked of the Minister waits, and after a carry-over (REPORTING_STATES in the domain's deadline-state).
 */
const REPORTING_STATES: readonly string[] = [
  'CONTRACTED',
  'IN_PROGRESS',
  'SUSPENSION_REQUESTED',
  'CARRY_OVER_REQUESTED',
  'CARRIED_OVER',
];

/** Whether report periods run in this state: outside them (stopped, settled…) nothing more is owed or extended. */
export function periodsRun(state: string): boolean {
  return REPORTING_STATES.includes(state);
}

/**
 * Whether to offer "Nộp báo cáo tiến độ" first on a project: the periodic report before any lifecycle step, to
 * those the capability table lets report (the API's `may.report`) while periods run.
 */
export function offersProgressReport(project: Pick<ProjectSummary, 'may' | 'state'>): boolean {
  return project.may.report && periodsRun(project.state);
}
