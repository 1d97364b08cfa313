import { disbursementRoom, DEFAULT_DISBURSEMENT_POLICY } from '@kc/domain/disbursements';
import { groupVnd, parseVnd } from '@kc/domain/money';
import type { ActionInput, DisbursementKind, ProjectSummary } from '../api/types';
import type { MessageKey } from '../i18n/dictionary';
import { todayInVietnam } from '../format/format';

/**
 * What an action asks before it is sent. `confirm` asks nothing but a second click, for what cannot be undone;
 * actions not listed are sent at once from their button (a link with ?action= still opens a confirmation).
 */
export type ActionForm = 'reason' | 'contract' | 'minutes' | 'disbursement' | 'decision' | 'decisionReason' | 'confirm';

const FORMS: Record<string, ActionForm> = {
  return: 'reason',
  reject: 'reason',
  suspend: 'reason',
  request_rework: 'reason',
  terminate: 'decisionReason',
  approve: 'decision',
  sign_contract: 'contract',
  accept: 'minutes',
  record_disbursement: 'disbursement',
  withdraw: 'confirm',
  settle: 'confirm',
  complete_work: 'confirm',
};

/** Actions that stop or turn a project back get the warning colour. */
const CAUTION_ACTIONS = new Set(['return', 'reject', 'suspend', 'request_rework', 'terminate', 'withdraw']);

/** Actions that cannot be undone: their dialog says so. */
const IRREVERSIBLE = new Set(['approve', 'reject', 'terminate', 'withdraw', 'settle', 'accept', 'complete_work']);

export function formOf(action: string): ActionForm | null {
  return FORMS[action] ?? null;
}

export function isCautionAction(action: string): boolean {
  return CAUTION_ACTIONS.has(action);
}

export function isIrreversible(action: string): boolean {
  return IRREVERSIBLE.has(action);
}

export const DISBURSEMENT_KINDS: DisbursementKind[] = ['ADVANCE', 'FINAL'];

/** What the person types, all as text (a date field gives YYYY-MM-DD, money is grouped as typed). */
export interface ActionFields {
  reason: string;
  contractNo: string;
  contractDate: string;
  minutesNo: string;
  minutesDate: string;
  amountVnd: string;
  kind: DisbursementKind;
  decisionNo: string;
  decisionDate: string;
  approvedSupportVnd: string;
}

export function emptyFields(project: ProjectSummary, action: string): ActionFields {
  const today = todayInVietnam();
  return {
    reason: '',
    contractNo: '',
    contractDate: today,
    minutesNo: '',
    minutesDate: today,
    amountVnd: '',
    kind: project.state === 'ACCEPTED' ? 'FINAL' : 'ADVANCE',
    decisionNo: '',
    decisionDate: today,
    approvedSupportVnd: action === 'approve' ? groupVnd(project.requestedSupportVnd) : '',
  };
}

/** The caps a disbursement form shows before anything is typed (the same rule the workflow applies). */
export function capsOf(project: ProjectSummary) {
  return disbursementRoom(
    {
      approvedSupportVnd: project.approvedSupportVnd,
      acceptedAmountVnd: project.acceptedAmountVnd,
      advancesVnd: project.disbursedVnd.advances,
      finalPaymentsVnd: project.disbursedVnd.final,
    },
    DEFAULT_DISBURSEMENT_POLICY,
  );
}

type Problem = { problem: MessageKey; params?: Record<string, string> };

/** The request body, or the dictionary key of what is missing or malformed. */
export function toActionInput(action: string, fields: ActionFields, project: ProjectSummary): ActionInput | Problem {
  const blank = (value: string) => value.trim() === '';
  const form = formOf(action);
  const decision = { decisionNo: fields.decisionNo.trim(), decisionDate: fields.decisionDate };
  const decisionMissing = blank(fields.decisionNo) || blank(fields.decisionDate);
  switch (form) {
    case 'reason':
      return blank(fields.reason) ? { problem: 'action.required' } : { action, reason: fields.reason.trim() };
    case 'decisionReason':
      return blank(fields.reason) || decisionMissing
        ? { problem: 'action.required' }
        : { action, reason: fields.reason.trim(), ...decision };
    case 'decision': {
      if (decisionMissing) return { problem: 'action.required' };
      const approved = parseVnd(fields.approvedSupportVnd);
      if (approved === null || approved <= 0 || approved > project.requestedSupportVnd) {
        return { problem: 'action.approvedInvalid', params: { max: `${groupVnd(project.requestedSupportVnd)} đ` } };
      }
      return { action, ...decision, approvedSupportVnd: approved };
    }
    case 'contract':
      return blank(fields.contractNo) || blank(fields.contractDate)
        ? { problem: 'action.required' }
        : { action, contractNo: fields.contractNo.trim(), contractDate: fields.contractDate };
    case 'minutes':
      return blank(fields.minutesNo) || blank(fields.minutesDate)
        ? { problem: 'action.required' }
        : { action, minutesNo: fields.minutesNo.trim(), minutesDate: fields.minutesDate };
    case 'disbursement': {
      const amount = parseVnd(fields.amountVnd);
      return amount === null || amount <= 0
        ? { problem: 'action.amountInvalid' }
        : { action, amountVnd: amount, kind: fields.kind };
    }
    default:
      return { action };
  }
}
