/**
 * The fields of the plan dialogs (a decision for an approval; a line, an addition or a cut, a decision and a reason
 * for an amendment), their checks before sending, and the body of POST /api/plans/:id/actions.
 */
import { parseVnd } from '@kc/domain/money';
import type { PlanActionInput } from '../../api/types';
import type { Translate } from '../../i18n/i18n';

export type PlanDialogAction = 'submit' | 'approve' | 'amend';

export interface PlanActionFields {
  decisionNo: string;
  decisionDate: string;
  lineId: string;
  direction: 'add' | 'cut';
  amount: string;
  reason: string;
}

export function emptyPlanActionFields(today: string, lineId = ''): PlanActionFields {
  return { decisionNo: '', decisionDate: today, lineId, direction: 'add', amount: '', reason: '' };
}

/** The body of the action, or the problems by field (the API's names: decisionNo, deltaVnd, …). */
export function planActionInput(
  action: PlanDialogAction,
  fields: PlanActionFields,
  t: Translate,
): { input: PlanActionInput } | { problems: Record<string, string> } {
  if (action === 'submit') return { input: { action } };
  const problems: Record<string, string> = {};
  const decisionNo = fields.decisionNo.trim();
  if (!decisionNo) problems.decisionNo = t('plans.problem.decisionNo');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.decisionDate)) problems.decisionDate = t('plans.problem.decisionDate');
  if (action === 'approve') {
    return Object.keys(problems).length
      ? { problems }
      : { input: { action, decisionNo, decisionDate: fields.decisionDate } };
  }
  const amount = parseVnd(fields.amount);
  const reason = fields.reason.trim();
  if (!fields.lineId) problems.lineId = t('plans.problem.line');
  if (amount === null) problems.deltaVnd = t('plans.problem.amount');
  else if (amount === 0) problems.deltaVnd = t('plans.problem.positive');
  if (!reason) problems.reason = t('plans.problem.reason');
  if (Object.keys(problems).length || amount === null) return { problems };
  return {
    input: {
      action,
      lineId: fields.lineId,
      deltaVnd: fields.direction === 'cut' ? -amount : amount,
      decisionNo,
      decisionDate: fields.decisionDate,
      reason,
    },
  };
}
