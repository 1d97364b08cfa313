import { disbursementRoom, DEFAULT_DISBURSEMENT_POLICY } from '@kc/domain/disbursements';
import type { CertifyingBody } from '@kc/domain/project';
import { groupVnd, parseVnd } from '@kc/domain/money';
import type { ActionInput, DisbursementKind, ProjectDetail, ProjectSummary } from '../api/types';
import type { MessageKey } from '../i18n/dictionary';
import { todayInVietnam } from '../format/format';

/**
 * What an action asks before it is sent. `confirm` asks nothing but a second click, for what cannot be undone;
 * actions not listed are sent at once from their button (a link with ?action= still opens a confirmation).
 */
export type ActionForm =
  | 'reason'
  | 'contract'
  | 'minutes'
  | 'disbursement'
  /** approve: the decision and the support it approves. */
  | 'decision'
  /** decide_stop, approve_carry_over: the Minister's decision (number, day) alone. */
  | 'decisionOnly'
  | 'decisionReason'
  /** record_refund: the amount refunded, prefilled with the unused advance. */
  | 'refund'
  /** certify_progress: the share of the work done and the day of the progress report. */
  | 'progress'
  /** submit_impl_plan: the establishments of a group project (Mẫu 11), each with its site and support. */
  | 'implPlan'
  /** accept_beneficiary: one establishment, its acceptance minutes and the amount accepted. */
  | 'beneficiaryMinutes'
  /** accept_work_done: the force majeure explained, the minutes, the value of the work and who certified it. */
  | 'workDone'
  | 'confirm';

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
  // The national path (TT 36): the Cục's appraisal, the plan, the Minister's stop and carry-over, the refund.
  open_ministry_appraisal: 'confirm',
  not_select: 'reason',
  settle_on_minutes: 'reason',
  request_stop: 'reason',
  refuse_stop: 'reason',
  decide_stop: 'decisionOnly',
  request_carry_over: 'reason',
  refuse_carry_over: 'reason',
  approve_carry_over: 'decisionOnly',
  record_refund: 'refund',
  refund_advance: 'refund',
  accept_work_done: 'workDone',
  certify_progress: 'progress',
  close_pilot_year: 'progress',
  submit_impl_plan: 'implPlan',
  approve_impl_plan: 'decisionOnly',
  return_impl_plan: 'reason',
  accept_beneficiary: 'beneficiaryMinutes',
};

/** Actions that stop or turn a project back get the warning colour. */
const CAUTION_ACTIONS = new Set([
  'return',
  'reject',
  'suspend',
  'request_rework',
  'terminate',
  'withdraw',
  'not_select',
  'request_stop',
  'decide_stop',
  'return_impl_plan',
]);

/** Actions that cannot be undone: their dialog says so. */
const IRREVERSIBLE = new Set([
  'approve',
  'reject',
  'terminate',
  'withdraw',
  'settle',
  'accept',
  'complete_work',
  'not_select',
  'settle_on_minutes',
  'decide_stop',
  'record_refund',
  'refund_advance',
  'accept_work_done',
  'approve_impl_plan',
  'accept_beneficiary',
]);

/**
 * Actions whose paper is evidence worth keeping: their dialog offers an optional file, uploaded as an attachment linked
 * to the action (and of this kind) once the action has succeeded.
 */
const EVIDENCE_KINDS: Record<string, 'CONTRACT' | 'MINUTES' | 'DECISION'> = {
  approve: 'DECISION',
  sign_contract: 'CONTRACT',
  accept: 'MINUTES',
  settle: 'MINUTES',
  settle_on_minutes: 'MINUTES',
  accept_beneficiary: 'MINUTES',
  accept_work_done: 'MINUTES',
};

export function evidenceKindOf(action: string): 'CONTRACT' | 'MINUTES' | 'DECISION' | null {
  return EVIDENCE_KINDS[action] ?? null;
}

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
  progressPercent: string;
  reportDate: string;
  /** A group project: the establishment paid or accepted (NT1…), the amount accepted for it. */
  beneficiaryId: string;
  acceptedAmountVnd: string;
  /** submit_impl_plan: the plan's rows as typed. */
  beneficiaries: PlanRow[];
  /** accept_work_done: who certified the work done, by kind and by name. */
  certifyingBody: CertifyingBody;
  certifierName: string;
  /** A FINAL payment of support for forming an enterprise: the enterprise code. */
  businessRegistrationNo: string;
}

export interface PlanRow {
  name: string;
  site: string;
  supportVnd: string;
}

const emptyRow = (): PlanRow => ({ name: '', site: '', supportVnd: '' });
export const newPlanRow = emptyRow;

/** A group project's implementation plan, when the page holds the project's detail. */
export function groupPlanOf(project: ProjectSummary | ProjectDetail) {
  return 'groupPlan' in project ? project.groupPlan : null;
}

/** Support for forming an enterprise: its payment names the business registration (the project page's detail). */
export function paysOnRegistration(project: ProjectSummary | ProjectDetail): boolean {
  return 'moneyRules' in project && project.moneyRules.enterpriseFormation;
}

export function isGroupProject(project: ProjectSummary | ProjectDetail): boolean {
  return 'group' in project && project.group;
}

/** Whether the action names one establishment of a group project (NT1…), chosen in its form. */
export function namesEstablishment(action: string, project: ProjectSummary | ProjectDetail): boolean {
  return isGroupProject(project) && ['record_disbursement', 'accept_work_done', 'refund_advance'].includes(action);
}

/** A group establishment's advance still to refund after its acceptance by the work done (the API's figure). */
export function refundDueOf(project: ProjectSummary | ProjectDetail, beneficiaryId: string): number {
  return groupPlanOf(project)?.beneficiaries.find((b) => b.id === beneficiaryId)?.refundDueVnd ?? 0;
}

export function emptyFields(project: ProjectSummary, action: string): ActionFields {
  const today = todayInVietnam();
  // A group's refund: the first establishment that owes one, with its amount.
  const owing =
    action === 'refund_advance' ? groupPlanOf(project)?.beneficiaries.find((b) => b.refundDueVnd > 0) : undefined;
  return {
    reason: '',
    contractNo: '',
    contractDate: today,
    minutesNo: '',
    minutesDate: today,
    amountVnd: owing
      ? groupVnd(owing.refundDueVnd)
      : formOf(action) === 'refund' && !isGroupProject(project)
        ? groupVnd(unusedAdvanceOf(project))
        : '',
    kind: project.state === 'ACCEPTED' ? 'FINAL' : 'ADVANCE',
    decisionNo: '',
    decisionDate: today,
    approvedSupportVnd: action === 'approve' ? groupVnd(project.requestedSupportVnd) : '',
    progressPercent: '',
    reportDate: today,
    beneficiaryId: owing?.id ?? '',
    acceptedAmountVnd: '',
    beneficiaries: [emptyRow(), emptyRow()],
    certifyingBody: 'DEPARTMENT',
    certifierName: '',
    businessRegistrationNo: '',
  };
}

/**
 * The advance not matched by accepted work, refunded before a stopped project closes (TT 36 Art. 12.6): advances −
 * accepted amount − refunds so far, in whole VND (the domain's unusedAdvanceVnd on what the page holds).
 */
export function unusedAdvanceOf(project: ProjectSummary | ProjectDetail): number {
  const { advances, refunded } = project.disbursedVnd;
  return Math.max(0, advances - (project.acceptedAmountVnd ?? 0) - refunded);
}

/**
 * The caps a disbursement form shows before anything is typed: the project page's own (its content area's advance
 * rule, from the API), else the default rule the workflow applies to a project without rule tables.
 */
export function capsOf(project: ProjectSummary | ProjectDetail) {
  if ('disbursementRoom' in project) return project.disbursementRoom;
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
    case 'decisionOnly':
      return decisionMissing ? { problem: 'action.required' } : { action, ...decision };
    case 'refund': {
      const amount = parseVnd(fields.amountVnd);
      if (amount === null || amount <= 0) return { problem: 'action.refundInvalid' };
      if (!namesEstablishment(action, project)) return { action, amountVnd: amount };
      return blank(fields.beneficiaryId)
        ? { problem: 'action.beneficiaryRequired' }
        : { action, amountVnd: amount, beneficiaryId: fields.beneficiaryId };
    }
    case 'progress': {
      const percent = fields.progressPercent.trim();
      if (!/^\d{1,3}$/.test(percent) || Number(percent) > 100) return { problem: 'action.progressInvalid' };
      return blank(fields.reportDate)
        ? { problem: 'action.required' }
        : { action, progressPercent: Number(percent), reportDate: fields.reportDate };
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
      if (amount === null || amount <= 0) return { problem: 'action.amountInvalid' };
      if (fields.kind === 'FINAL' && paysOnRegistration(project)) {
        return blank(fields.businessRegistrationNo)
          ? { problem: 'action.registrationRequired' }
          : {
              action,
              amountVnd: amount,
              kind: fields.kind,
              businessRegistrationNo: fields.businessRegistrationNo.trim(),
            };
      }
      if (!isGroupProject(project)) return { action, amountVnd: amount, kind: fields.kind };
      return blank(fields.beneficiaryId)
        ? { problem: 'action.beneficiaryRequired' }
        : { action, amountVnd: amount, kind: fields.kind, beneficiaryId: fields.beneficiaryId };
    }
    case 'implPlan': {
      const rows = fields.beneficiaries.filter((r) => !blank(r.name) || !blank(r.site) || !blank(r.supportVnd));
      const beneficiaries = rows.map((r) => ({
        name: r.name.trim(),
        site: r.site.trim(),
        supportVnd: parseVnd(r.supportVnd),
      }));
      const valid = beneficiaries.every((b) => b.name && b.site && b.supportVnd !== null && b.supportVnd > 0);
      if (beneficiaries.length < 2 || !valid) return { problem: 'action.planInvalid' };
      return { action, beneficiaries: beneficiaries.map((b) => ({ ...b, supportVnd: b.supportVnd! })) };
    }
    case 'workDone': {
      if (namesEstablishment(action, project) && blank(fields.beneficiaryId)) {
        return { problem: 'action.beneficiaryRequired' };
      }
      if (blank(fields.reason) || blank(fields.minutesNo) || blank(fields.minutesDate) || blank(fields.certifierName)) {
        return { problem: 'action.required' };
      }
      const accepted = parseVnd(fields.acceptedAmountVnd);
      if (accepted === null || accepted <= 0) return { problem: 'action.amountInvalid' };
      return {
        action,
        ...(namesEstablishment(action, project) ? { beneficiaryId: fields.beneficiaryId } : {}),
        reason: fields.reason.trim(),
        minutesNo: fields.minutesNo.trim(),
        minutesDate: fields.minutesDate,
        acceptedAmountVnd: accepted,
        certifyingBody: fields.certifyingBody,
        certifierName: fields.certifierName.trim(),
      };
    }
    case 'beneficiaryMinutes': {
      if (blank(fields.beneficiaryId)) return { problem: 'action.beneficiaryRequired' };
      if (blank(fields.minutesNo) || blank(fields.minutesDate)) return { problem: 'action.required' };
      const accepted = blank(fields.acceptedAmountVnd) ? undefined : parseVnd(fields.acceptedAmountVnd);
      if (accepted === null || (accepted !== undefined && accepted <= 0)) return { problem: 'action.amountInvalid' };
      return {
        action,
        beneficiaryId: fields.beneficiaryId,
        minutesNo: fields.minutesNo.trim(),
        minutesDate: fields.minutesDate,
        ...(accepted !== undefined ? { acceptedAmountVnd: accepted } : {}),
      };
    }
    default:
      return { action };
  }
}
