import type { HandOffOffice, LifecycleEvent, ProjectState } from '@kc/domain';
import {
  HandOffTemplate,
  handOffAccepted,
  handOffApproved,
  handOffCarriedOver,
  handOffCarryOverRefused,
  handOffCarryOverRequested,
  handOffContracted,
  handOffMinistryAppraisal,
  handOffNotSelected,
  handOffRefundDue,
  handOffRefundRecorded,
  handOffRegistered,
  handOffRejected,
  handOffReturned,
  handOffStopRefused,
  handOffStopRequested,
  handOffStopped,
  handOffSubmitted,
  handOffAdjustmentApproved,
  handOffAdjustmentCertified,
  handOffAdjustmentRejected,
  handOffAdjustmentRequested,
  handOffAdjustmentWithdrawn,
  handOffImplPlanApproved,
  handOffImplPlanReturned,
  handOffImplPlanSubmitted,
  handOffWorkDoneAccepted,
} from '@kc/notifications';

/**
 * Whom a hand-off notice is written to (its salutation): the implementing unit, the province's Department, the Cục
 * or the Minister. The people are the domain's handOffRecipients; this names the body for the reader of the table.
 */
export type HandOffAudience = HandOffOffice;

export interface HandOffNoticeKind {
  /** The notification log's kind, and the last part of the message's key. */
  kind: string;
  /** The lifecycle action whose event hands the project over. */
  action: LifecycleEvent['action'];
  /** Only when the action led there (an action whose target depends on the project, e.g. a stop with a refund due). */
  toState?: ProjectState;
  audience: HandOffAudience;
  template: HandOffTemplate;
}

/**
 * Every hand-off that is mailed: adding one is a row here and its template. The first row that fits the event is
 * taken, so a row naming a target state comes before the same action's general row.
 */
export const HAND_OFF_NOTICE_KINDS: readonly HandOffNoticeKind[] = [
  { kind: 'HANDOFF_SUBMITTED', action: 'submit', audience: 'DEPARTMENT', template: handOffSubmitted },
  { kind: 'HANDOFF_APPROVED', action: 'approve', audience: 'UNIT', template: handOffApproved },
  { kind: 'HANDOFF_RETURNED', action: 'return', audience: 'UNIT', template: handOffReturned },
  { kind: 'HANDOFF_REJECTED', action: 'reject', audience: 'UNIT', template: handOffRejected },
  { kind: 'HANDOFF_CONTRACTED', action: 'sign_contract', audience: 'UNIT', template: handOffContracted },
  { kind: 'HANDOFF_ACCEPTED', action: 'accept', audience: 'UNIT', template: handOffAccepted },
  // The national path (TT 36): the Department registers with the Cục, the Cục appraises, the Minister decides.
  { kind: 'HANDOFF_REGISTERED', action: 'register', audience: 'CUC', template: handOffRegistered },
  {
    kind: 'HANDOFF_MINISTRY_APPRAISAL',
    action: 'open_ministry_appraisal',
    audience: 'UNIT',
    template: handOffMinistryAppraisal,
  },
  { kind: 'HANDOFF_NOT_SELECTED', action: 'not_select', audience: 'UNIT', template: handOffNotSelected },
  { kind: 'HANDOFF_STOP_REQUESTED', action: 'request_stop', audience: 'MINISTER', template: handOffStopRequested },
  {
    kind: 'HANDOFF_CARRY_OVER_REQUESTED',
    action: 'request_carry_over',
    audience: 'MINISTER',
    template: handOffCarryOverRequested,
  },
  // A stop with an unused advance asks the unit for the refund first (REFUND_PENDING); else the project is closed.
  {
    kind: 'HANDOFF_REFUND_DUE',
    action: 'decide_stop',
    toState: 'REFUND_PENDING',
    audience: 'UNIT',
    template: handOffRefundDue,
  },
  { kind: 'HANDOFF_STOPPED', action: 'decide_stop', audience: 'UNIT', template: handOffStopped },
  {
    kind: 'HANDOFF_REFUND_DUE',
    action: 'terminate',
    toState: 'REFUND_PENDING',
    audience: 'UNIT',
    template: handOffRefundDue,
  },
  { kind: 'HANDOFF_STOPPED', action: 'terminate', audience: 'UNIT', template: handOffStopped },
  { kind: 'HANDOFF_STOP_REFUSED', action: 'refuse_stop', audience: 'UNIT', template: handOffStopRefused },
  { kind: 'HANDOFF_CARRIED_OVER', action: 'approve_carry_over', audience: 'UNIT', template: handOffCarriedOver },
  {
    kind: 'HANDOFF_CARRY_OVER_REFUSED',
    action: 'refuse_carry_over',
    audience: 'UNIT',
    template: handOffCarryOverRefused,
  },
  { kind: 'HANDOFF_REFUND_RECORDED', action: 'record_refund', audience: 'DEPARTMENT', template: handOffRefundRecorded },
  // A group project's implementation plan (Mẫu 11): the Department approves it before the contract.
  {
    kind: 'HANDOFF_IMPL_PLAN_SUBMITTED',
    action: 'submit_impl_plan',
    audience: 'DEPARTMENT',
    template: handOffImplPlanSubmitted,
  },
  {
    kind: 'HANDOFF_IMPL_PLAN_APPROVED',
    action: 'approve_impl_plan',
    audience: 'UNIT',
    template: handOffImplPlanApproved,
  },
  {
    kind: 'HANDOFF_IMPL_PLAN_RETURNED',
    action: 'return_impl_plan',
    audience: 'UNIT',
    template: handOffImplPlanReturned,
  },
  {
    kind: 'HANDOFF_WORK_DONE_ACCEPTED',
    action: 'accept_work_done',
    audience: 'UNIT',
    template: handOffWorkDoneAccepted,
  },
  // Adjustment requests (TT 36 Art. 11): the certifier, then the decider the kind needs (adjustmentHandOffRecipients).
  {
    kind: 'HANDOFF_ADJUSTMENT_REQUESTED',
    action: 'request_adjustment',
    audience: 'DEPARTMENT',
    template: handOffAdjustmentRequested,
  },
  {
    kind: 'HANDOFF_ADJUSTMENT_CERTIFIED',
    action: 'certify_adjustment',
    audience: 'DEPARTMENT',
    template: handOffAdjustmentCertified,
  },
  {
    kind: 'HANDOFF_ADJUSTMENT_APPROVED',
    action: 'approve_adjustment',
    audience: 'UNIT',
    template: handOffAdjustmentApproved,
  },
  {
    kind: 'HANDOFF_ADJUSTMENT_REJECTED',
    action: 'reject_adjustment',
    audience: 'UNIT',
    template: handOffAdjustmentRejected,
  },
  {
    kind: 'HANDOFF_ADJUSTMENT_WITHDRAWN',
    action: 'withdraw_adjustment',
    audience: 'DEPARTMENT',
    template: handOffAdjustmentWithdrawn,
  },
];

/** The notice an event calls for, or null when it hands nothing over. */
export function handOffNoticeFor(
  event: Pick<LifecycleEvent, 'action'> & { toState?: ProjectState },
): HandOffNoticeKind | null {
  return (
    HAND_OFF_NOTICE_KINDS.find(
      (k) => k.action === event.action && (k.toState === undefined || k.toState === event.toState),
    ) ?? null
  );
}

/** project code : event seq : kind : 1 — one message per hand-off, whatever the retries. */
export function handOffNoticeKey(projectCode: string, seq: number, kind: string): string {
  return `${projectCode}:EVENT-${seq}:${kind}:1`;
}
