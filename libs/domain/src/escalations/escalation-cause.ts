import { ProjectState, isTerminal } from '../lifecycle';

/**
 * What an escalation is about. One escalation per cause: a period's missing report, or one stay in a state
 * (identified by the seq of the transition into it, so a project that comes back to a state later is a new cause).
 */
export type EscalationCause =
  { reason: 'REPORT_OVERDUE'; periodKey: string } | { reason: 'STALLED'; state: ProjectState; enteredSeq: number };

export const ESCALATION_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'AUTO_CLOSED'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

/** Open means someone still has to act: not yet resolved by a person, nor closed by the system. */
export const OPEN_ESCALATION_STATUSES: readonly EscalationStatus[] = ['OPEN', 'ACKNOWLEDGED'];

export const AUTO_CLOSE_REASONS = ['REPORT_SUBMITTED', 'LEFT_STALLED_STATE', 'PROJECT_CLOSED'] as const;
export type AutoCloseReason = (typeof AUTO_CLOSE_REASONS)[number];

/** Something that happened to a project that may take an escalation's cause away. */
export type CauseChange = { kind: 'REPORT_SUBMITTED'; periodKey: string } | { kind: 'STATE'; state: ProjectState };

/** The unique key of a cause within its project, e.g. REPORT_OVERDUE:P0003 or STALLED:SUBMITTED:2. */
export function causeKey(cause: EscalationCause): string {
  return cause.reason === 'REPORT_OVERDUE'
    ? `REPORT_OVERDUE:${cause.periodKey}`
    : `STALLED:${cause.state}:${cause.enteredSeq}`;
}

/**
 * Why an open escalation closes itself after `change`, with the detail shown next to the reason (the period, or the
 * state the project moved to), or null when its cause is still there.
 */
export function autoCloseReason(
  escalation: { reason: string; periodKey: string | null; stalledState: string | null },
  change: CauseChange,
): { reason: AutoCloseReason; detail: string } | null {
  if (change.kind === 'REPORT_SUBMITTED') {
    return escalation.reason === 'REPORT_OVERDUE' && escalation.periodKey === change.periodKey
      ? { reason: 'REPORT_SUBMITTED', detail: change.periodKey }
      : null;
  }
  if (isTerminal(change.state)) return { reason: 'PROJECT_CLOSED', detail: change.state };
  if (escalation.reason === 'STALLED' && escalation.stalledState !== change.state) {
    return { reason: 'LEFT_STALLED_STATE', detail: change.state };
  }
  return null;
}
