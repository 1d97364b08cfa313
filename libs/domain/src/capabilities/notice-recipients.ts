/**
 * Who the worker's other mails go to, by position (a role at the national level or in the project's province), so
 * that the worker names no role: the desk officers copied on deadline notices, the hand-offs of the lifecycle and
 * the nine-month review. Escalations: escalation-recipients.ts.
 */
import type { ActionName, Scope } from '../lifecycle';
import type { Role } from '../roles';
import type { RecipientPosition } from './escalation-recipients';
import type { AdjustmentEventAction, AdjustmentKind } from '../adjustments/adjustment-kinds';
import { AdjustmentContext, adjustmentDecider } from './adjustment-deciders';

const provincial = (role: Role): RecipientPosition => ({ role, national: false });
const central = (role: Role): RecipientPosition => ({ role, national: true });

/** The Department's desk officers of the project's province: copied on deadline notices, the contact they name. */
export function deskOfficers(): readonly RecipientPosition[] {
  return [provincial('officer')];
}

/** The Department of the province: its officers and its leaders. */
const DEPARTMENT = [provincial('officer'), provincial('approver')];
/** The Cục: its officers and its leaders. */
const CUC = [central('cuc_officer'), central('approver')];
const MINISTER = [central('minister')];

/** Which body a hand-off mail is written to: its salutation (mail-addressing) names it. */
export type HandOffOffice = 'UNIT' | 'DEPARTMENT' | 'UBND' | 'CUC' | 'MINISTER';

export interface HandOffRecipients {
  /** Whether the implementing unit is written to. */
  unit: boolean;
  /** The positions written to besides the unit (the person who acted is left out by the worker). */
  positions: readonly RecipientPosition[];
  /** The body named after "Kính gửi:" when several people are written to. */
  office: HandOffOffice;
  /** Positions copied besides (e.g. the Cục on a national refund the Department is told of). */
  copy?: readonly RecipientPosition[];
}

const TO_UNIT: HandOffRecipients = { unit: true, positions: [], office: 'UNIT' };
const TO_UNIT_AND_DEPARTMENT: HandOffRecipients = { unit: true, positions: DEPARTMENT, office: 'UNIT' };

/**
 * Whom the project waits on after an action, or who must know its outcome (DOMAIN.md §6, TT 36 for national
 * projects): submitted → the Department; registered with the Ministry → the Cục; a stop or a carry-over asked →
 * the Minister; approved, a national project → the unit and its Department (the Cục signs, the Department follows
 * it); the ministry appraisal opened, a project left out of the plan, a decision on a request, a stop → back to the
 * unit and the Department (who asked, who follows it); a refund recorded → the Department (the Cục in copy for a
 * national project). Null: no hand-off mail for this action.
 */
export function handOffRecipients(action: ActionName, scope: Scope): HandOffRecipients | null {
  switch (action) {
    case 'submit':
      return { unit: false, positions: DEPARTMENT, office: 'DEPARTMENT' };
    case 'register':
      return { unit: false, positions: CUC, office: 'CUC' };
    case 'request_stop':
    case 'request_carry_over':
      return { unit: false, positions: MINISTER, office: 'MINISTER' };
    case 'approve':
      return scope === 'NATIONAL' ? TO_UNIT_AND_DEPARTMENT : TO_UNIT;
    case 'open_ministry_appraisal':
    case 'not_select':
    case 'decide_stop':
    case 'refuse_stop':
    case 'approve_carry_over':
    case 'refuse_carry_over':
    case 'terminate':
    case 'accept_work_done':
      return TO_UNIT_AND_DEPARTMENT;
    case 'record_refund':
      return scope === 'NATIONAL'
        ? { unit: false, positions: DEPARTMENT, office: 'DEPARTMENT', copy: CUC }
        : { unit: false, positions: DEPARTMENT, office: 'DEPARTMENT' };
    case 'submit_impl_plan':
      return { unit: false, positions: DEPARTMENT, office: 'DEPARTMENT' };
    // The Cục signs a national group project's contract on the approved plan: it is copied.
    case 'approve_impl_plan':
      return scope === 'NATIONAL' ? { ...TO_UNIT, copy: CUC } : TO_UNIT;
    case 'return_impl_plan':
    case 'return':
    case 'reject':
    case 'sign_contract':
    case 'accept':
      return TO_UNIT;
    default:
      return null;
  }
}

/**
 * Who an adjustment request's mail goes to: asked → the Department, which certifies; certified → its decider (the
 * Minister, the Cục, the Department's leaders or the UBND tỉnh, by the decider grid); decided → the unit and its
 * Department (the Cục in copy of a Department's decision on a group project); withdrawn → the Department. A request
 * closed because the project stopped is told by the stop's own mail.
 */
export function adjustmentHandOffRecipients(
  action: AdjustmentEventAction,
  kind: AdjustmentKind,
  project: AdjustmentContext,
  onDay: string,
): HandOffRecipients | null {
  const decider = adjustmentDecider(kind, project, onDay);
  switch (action) {
    case 'request_adjustment':
    case 'withdraw_adjustment':
      return { unit: false, positions: DEPARTMENT, office: 'DEPARTMENT' };
    case 'certify_adjustment':
      if (decider.role === 'minister') return { unit: false, positions: MINISTER, office: 'MINISTER' };
      if (decider.role === 'ubnd_leader') {
        return { unit: false, positions: [provincial('ubnd_leader')], office: 'UBND' };
      }
      return project.scope === 'NATIONAL' && !decider.copyTo
        ? { unit: false, positions: CUC, office: 'CUC' }
        : { unit: false, positions: [provincial('approver')], office: 'DEPARTMENT' };
    case 'approve_adjustment':
    case 'reject_adjustment':
      return decider.copyTo ? { ...TO_UNIT_AND_DEPARTMENT, copy: CUC } : TO_UNIT_AND_DEPARTMENT;
    default:
      return null;
  }
}

/**
 * Who receives the nine-month review (30/9) of a province's flagged projects: its supervisors and its Department's
 * leaders; the national summary (provinceCode null) goes to the Cục (officers and leaders) and national supervisors.
 */
export function nineMonthReviewRecipients(national: boolean): readonly RecipientPosition[] {
  return national
    ? [central('cuc_officer'), central('approver'), central('supervisor')]
    : [provincial('supervisor'), provincial('approver')];
}

/** Who the annual calendar's reminders to an office go to: the Department (registration), the Cục (plan approval). */
/**
 * The Department's periodic report (TT 36/2013 Art. 21.5) goes to the Cục and the provincial People's Committee,
 * with the Department's own leaders copied.
 */
export function periodicReportRecipients(): { to: readonly RecipientPosition[]; cc: readonly RecipientPosition[] } {
  return { to: [central('cuc_officer'), provincial('ubnd_leader')], cc: [provincial('approver')] };
}

export function planCalendarRecipients(office: 'DEPARTMENT' | 'CUC'): readonly RecipientPosition[] {
  return office === 'DEPARTMENT' ? DEPARTMENT : CUC;
}
