import type { LifecycleEvent } from '@kc/domain';
import {
  HandOffTemplate,
  handOffAccepted,
  handOffApproved,
  handOffContracted,
  handOffRejected,
  handOffReturned,
  handOffSubmitted,
} from '@kc/notifications';

/** Who a hand-off notice goes to: the implementing unit, or the province's Department (officers and approvers). */
export type HandOffAudience = 'UNIT' | 'DEPARTMENT';

export interface HandOffNoticeKind {
  /** The notification log's kind, and the last part of the message's key. */
  kind: string;
  /** The lifecycle action whose event hands the project over. */
  action: LifecycleEvent['action'];
  audience: HandOffAudience;
  template: HandOffTemplate;
}

/** Every hand-off that is mailed: adding one is a row here and its template. */
export const HAND_OFF_NOTICE_KINDS: readonly HandOffNoticeKind[] = [
  { kind: 'HANDOFF_SUBMITTED', action: 'submit', audience: 'DEPARTMENT', template: handOffSubmitted },
  { kind: 'HANDOFF_APPROVED', action: 'approve', audience: 'UNIT', template: handOffApproved },
  { kind: 'HANDOFF_RETURNED', action: 'return', audience: 'UNIT', template: handOffReturned },
  { kind: 'HANDOFF_REJECTED', action: 'reject', audience: 'UNIT', template: handOffRejected },
  { kind: 'HANDOFF_CONTRACTED', action: 'sign_contract', audience: 'UNIT', template: handOffContracted },
  { kind: 'HANDOFF_ACCEPTED', action: 'accept', audience: 'UNIT', template: handOffAccepted },
];

export function handOffNoticeFor(event: Pick<LifecycleEvent, 'action'>): HandOffNoticeKind | null {
  return HAND_OFF_NOTICE_KINDS.find((k) => k.action === event.action) ?? null;
}

/** project code : event seq : kind : 1 — one message per hand-off, whatever the retries. */
export function handOffNoticeKey(projectCode: string, seq: number, kind: string): string {
  return `${projectCode}:EVENT-${seq}:${kind}:1`;
}
