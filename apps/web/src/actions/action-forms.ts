import type { ActionInput, DisbursementKind } from '../api/types';
import type { MessageKey } from '../i18n/dictionary';
import { parseWholeNumber, todayInVietnam } from '../format/format';

/** What an action asks before it is sent; actions not listed here are sent at once. */
export type ActionForm = 'reason' | 'contract' | 'minutes' | 'disbursement';

const FORMS: Record<string, ActionForm> = {
  return: 'reason',
  reject: 'reason',
  suspend: 'reason',
  request_rework: 'reason',
  terminate: 'reason',
  sign_contract: 'contract',
  accept: 'minutes',
  record_disbursement: 'disbursement',
};

/** Actions that stop or turn a project back get the warning colour. */
const CAUTION_ACTIONS = new Set(['return', 'reject', 'suspend', 'request_rework', 'terminate', 'withdraw']);

export function formOf(action: string): ActionForm | null {
  return FORMS[action] ?? null;
}

export function isCautionAction(action: string): boolean {
  return CAUTION_ACTIONS.has(action);
}

export const DISBURSEMENT_KINDS: DisbursementKind[] = ['ADVANCE', 'FINAL'];

/** What the person types, all as text (a date field gives YYYY-MM-DD). */
export interface ActionFields {
  reason: string;
  contractNo: string;
  contractDate: string;
  minutesNo: string;
  minutesDate: string;
  amountVnd: string;
  kind: DisbursementKind;
}

export function emptyFields(): ActionFields {
  const today = todayInVietnam();
  return {
    reason: '',
    contractNo: '',
    contractDate: today,
    minutesNo: '',
    minutesDate: today,
    amountVnd: '',
    kind: 'ADVANCE',
  };
}

/** The request body, or the dictionary key of what is missing or malformed. */
export function toActionInput(action: string, fields: ActionFields): ActionInput | { problem: MessageKey } {
  const blank = (value: string) => value.trim() === '';
  switch (formOf(action)) {
    case 'reason':
      return blank(fields.reason) ? { problem: 'action.required' } : { action, reason: fields.reason.trim() };
    case 'contract':
      return blank(fields.contractNo) || blank(fields.contractDate)
        ? { problem: 'action.required' }
        : { action, contractNo: fields.contractNo.trim(), contractDate: fields.contractDate };
    case 'minutes':
      return blank(fields.minutesNo) || blank(fields.minutesDate)
        ? { problem: 'action.required' }
        : { action, minutesNo: fields.minutesNo.trim(), minutesDate: fields.minutesDate };
    case 'disbursement': {
      const amount = parseWholeNumber(fields.amountVnd);
      return amount === null || amount <= 0
        ? { problem: 'action.amountInvalid' }
        : { action, amountVnd: amount, kind: fields.kind };
    }
    default:
      return { action };
  }
}
