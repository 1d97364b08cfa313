import { ACTION_LABELS, ActionName, DisbursementKind, ProjectState, STATE_LABELS, isTerminal } from './lifecycle';
import { Actor, positionLabel } from './roles';
import { PARTIES, anyOf, byScope, localApprover } from './capabilities/parties';
import { CAPABILITIES } from './capabilities/capability-table';
import {
  ActingFacts,
  FieldName,
  Standing,
  TransitionRule,
  byState,
  contextOf,
  fixed,
  partyRule,
  standingOf,
} from './transition-rule';
import { TRANSITIONS_V1 } from './legacy/transitions-v1';
import { CERTIFYING_BODIES, LifecycleStatus, ProjectFacts, ProjectSnapshot, unusedAdvanceVnd } from './project';
import { REFUSAL_CODES, Refusal } from './errors';
import {
  DisbursementPolicy,
  DEFAULT_DISBURSEMENT_POLICY,
  advanceConditionUnmet,
  paidOnRegistration,
  registrationProblem,
  checkDisbursement,
  checkSettlement,
  disbursementPolicyOf,
} from './disbursements';
import { supportCapViolation } from './money-rules/support-caps';
import {
  PilotYear,
  carriedOverVnd,
  closePilotYearProblem,
  closedPilotYears,
  openPilotYear,
  pilotAdvanceProblem,
  pilotYearsOf,
  withPilotAdvance,
} from './pilot-projects/pilot-plan';
import { isIsoDate } from './dates';
import { vndEn, vndVi } from './money';
import type { AdjustmentEventAction } from './adjustments/adjustment-kinds';
import {
  PlannedBeneficiary,
  beneficiariesOfDetails,
  beneficiaryAcceptanceProblem,
  beneficiaryIdProblem,
  findBeneficiary,
  groupAcceptanceProblem,
  groupAcceptedVnd,
  groupDisbursementProblem,
  groupHasWorkDone,
  groupRefundDueVnd,
  groupRefundProblem,
  groupSettlementProblem,
  implPlanProblem,
  withBeneficiary,
  workDoneAcceptanceProblem,
} from './group-projects/group-plan';

/** A request to act on a project, as the API passes it to the workflow. */
export interface ActionCommand {
  action: ActionName;
  actor: Actor;
  reason?: string;
  contractNo?: string;
  contractDate?: string;
  minutesNo?: string;
  minutesDate?: string;
  amountVnd?: number;
  kind?: DisbursementKind;
  /** approve: support approved, at most the requested support (required with the decision since the paper rule). */
  approvedSupportVnd?: number;
  /** approve, terminate: number and day (YYYY-MM-DD) of the decision (quyết định) the law names for the step. */
  decisionNo?: string;
  decisionDate?: string;
  /** accept: amount accepted, at most the approved support (defaults to it). */
  acceptedAmountVnd?: number;
  /** certify_progress: percent of the work done as the certified progress report shows it (whole number 0–100). */
  progressPercent?: number;
  /** certify_progress: the day of the progress report (YYYY-MM-DD). */
  reportDate?: string;
  /** submit_impl_plan: the establishments of a group project, each with its site and share of the support. */
  beneficiaries?: PlannedBeneficiary[];
  /**
   * accept_beneficiary, and record_disbursement, accept_work_done and refund_advance of a group project: the
   * establishment (NT1, NT2…).
   */
  beneficiaryId?: string;
  /** accept_work_done: who certified the work done after force majeure, by kind and by name. */
  certifyingBody?: string;
  certifierName?: string;
  /** record_disbursement FINAL of support for forming an enterprise: its registration number (mã số doanh nghiệp). */
  businessRegistrationNo?: string;
  /**
   * The caller writes the action's event to the read model itself, from the update's answer (`ActionOutcome.unwritten`):
   * the workflow answers in the task that applies the action instead of after its own write (the API sets it).
   */
  answerBeforeWrite?: boolean;
  /**
   * The caller reads the answer's write with `writeOfAnswer`, so the write need not repeat the answer's facts and
   * status (an API released before it reads them from the write and does not set this).
   */
  writeOnceInAnswer?: boolean;
}

/** Audit-trail events that change deadlines, not the lifecycle state. */
export type DeadlineEventAction = 'submit_report' | 'extend_deadline' | 'set_deadline_policy';
/** Audit-trail event of a change to the dossier of a draft (its facts), not to its state. */
export type DraftEventAction = 'edit_draft';

/** One recorded change, applied to the status and written to the audit trail. */
export interface LifecycleEvent {
  seq: number;
  action: ActionName | 'create' | DeadlineEventAction | DraftEventAction | AdjustmentEventAction;
  fromState: ProjectState | null;
  toState: ProjectState;
  actor: Actor;
  reason: string | null;
  /** Action-specific data (contract number, disbursement, ...). */
  details: Record<string, string | number>;
  /** UTC ISO timestamp. */
  occurredAt: string;
}

export type Decision = { ok: true; event: LifecycleEvent } | Refusal;

export type { ActingFacts, TransitionRule } from './transition-rule';

const P = PARTIES;
const who = partyRule;

/** Where a project stops on the way: a request to stop it or to carry it over can be made from these. */
const RUNNING: ProjectState[] = [
  'APPROVED',
  'IMPL_PLAN_PENDING',
  'CONTRACTED',
  'IN_PROGRESS',
  'SUSPENDED',
  'CARRIED_OVER',
  'COMPLETED_WORK',
  'ACCEPTED',
];

/** A stop leads to the refund of any unused advance first, else straight to TERMINATED. */
const stopOutcome = (status: LifecycleStatus): ProjectState =>
  unusedAdvanceVnd(status) > 0 ? 'REFUND_PENDING' : 'TERMINATED';

/**
 * A project accepted by the work done after force majeure is settled by that work (TT 36 Art. 18.4); so is a group
 * project one of whose establishments was.
 */
const settleOutcome = (status: LifecycleStatus): ProjectState =>
  status.forceMajeure || groupHasWorkDone(status.groupPlan) ? 'PARTIAL_SETTLED' : 'SETTLED';

/**
 * accept_work_done: a project of one beneficiary is accepted as a whole; a group project accepts one establishment by
 * its work done and runs on for the others (its plan exists from the contract on: only a group project has one).
 */
const workDoneOutcome = (status: LifecycleStatus): ProjectState => (status.groupPlan ? status.state : 'ACCEPTED');

/** A refused request returns the project to where it stood. */
const resumeOutcome = (status: LifecycleStatus): ProjectState => status.resumeState ?? 'IN_PROGRESS';

const nationalOnly =
  (...states: ProjectState[]) =>
  (f: ActingFacts): readonly ProjectState[] =>
    f.scope === 'NATIONAL' ? states : [];
const localOnly =
  (...states: ProjectState[]) =>
  (f: ActingFacts): readonly ProjectState[] =>
    f.scope === 'LOCAL' ? states : [];
/** States common to both kinds of project, plus those only national projects pass through (never a local one). */
const plusNational =
  (common: ProjectState[], national: ProjectState[]) =>
  (f: ActingFacts): readonly ProjectState[] =>
    f.scope === 'NATIONAL' ? [...common, ...national] : common;

/** Actions of group projects only (đề án nhóm): none in any state of another project. */
const pilotOnly =
  (states: (f: ActingFacts) => readonly ProjectState[]) =>
  (f: ActingFacts): readonly ProjectState[] =>
    f.pilot ? states(f) : [];

const groupOnly =
  (states: (f: ActingFacts) => readonly ProjectState[]) =>
  (f: ActingFacts): readonly ProjectState[] =>
    f.group ? states(f) : [];

/** A group project is contracted only on an implementation plan the Department approved (TT 36 Art. 23.3). */
function implPlanNotApproved({ group, implPlanApproved }: Standing): string | null {
  if (!group || implPlanApproved) return null;
  return (
    'Đề án nhóm chỉ ký hợp đồng sau khi Sở Công Thương phê duyệt kế hoạch triển khai (Mẫu 11) nêu rõ các cơ sở thụ hưởng / ' +
    'a group project is contracted only after the Department approves its implementation plan (form 11) naming the beneficiaries'
  );
}

/** The Cục: its officers prepare and sign, its leaders decide; a leader may always do what an officer may. */
const CUC = anyOf(P.cucOfficer, P.cucLeader);
/** Anyone who may ask for a national project to stop or carry over (TT 36 Art. 11.2a, 11.3). */
const REQUESTERS = anyOf(P.unit, P.deptOfficer, P.deptLeader, P.cucOfficer, P.cucLeader);

/**
 * The transition table (DOMAIN.md §6, TT 36/2013): the states each action leaves, where it leads, and who may
 * take it, named as parties of the capability table. National projects are appraised, contracted and settled by
 * the Cục, stopped and carried over by the Minister; local projects stay in the province.
 */
export const TRANSITIONS: Record<ActionName, TransitionRule> = {
  submit: {
    from: fixed('DRAFT', 'RETURNED'),
    to: 'SUBMITTED',
    who: who(anyOf(P.unit, P.deptOfficer)),
    needs: [],
    awaited: true,
  },
  return: { from: fixed('SUBMITTED', 'BASE_APPRAISAL'), to: 'RETURNED', who: who(P.deptOfficer), needs: ['reason'] },
  open_appraisal: { from: fixed('SUBMITTED'), to: 'BASE_APPRAISAL', who: who(P.deptOfficer), needs: [], awaited: true },
  /** The Department sends its list with the appraisal sheets to the Cục (before 20/6). */
  register: {
    from: nationalOnly('BASE_APPRAISAL'),
    to: 'REGISTERED',
    who: who(P.deptLeader),
    needs: [],
    awaited: true,
  },
  open_ministry_appraisal: {
    from: nationalOnly('REGISTERED'),
    to: 'MINISTRY_APPRAISAL',
    who: who(CUC),
    needs: [],
    awaited: true,
  },
  /** National: the Minister's plan decision, entered by the Cục leader for it; local: as the province rules. */
  approve: {
    from: (f) => (f.scope === 'LOCAL' ? ['BASE_APPRAISAL'] : ['MINISTRY_APPRAISAL']),
    to: 'APPROVED',
    who: who(byScope({ NATIONAL: anyOf(P.cucLeader, P.minister), LOCAL: localApprover })),
    needs: ['decision'],
    awaited: true,
  },
  reject: {
    from: plusNational(['BASE_APPRAISAL'], ['MINISTRY_APPRAISAL']),
    to: 'REJECTED',
    who: byState({ BASE_APPRAISAL: P.deptLeader, MINISTRY_APPRAISAL: P.cucLeader }),
    needs: ['reason'],
  },
  not_select: {
    from: nationalOnly('REGISTERED', 'MINISTRY_APPRAISAL'),
    to: 'NOT_SELECTED',
    who: who(anyOf(P.cucLeader, P.minister)),
    needs: ['reason'],
  },
  /** The Cục signs national contracts as bên A; the Department (or its centre) local ones. */
  sign_contract: {
    from: fixed('APPROVED'),
    to: 'CONTRACTED',
    who: who(byScope({ NATIONAL: CUC, LOCAL: P.deptOfficer })),
    needs: ['contract'],
    awaited: true,
    blockedBy: implPlanNotApproved,
  },
  /** After the plan is assigned, the unit names the group's establishments in Mẫu 11 (TT 36 Art. 21.2a). */
  submit_impl_plan: {
    from: groupOnly(fixed('APPROVED')),
    to: 'IMPL_PLAN_PENDING',
    who: who(anyOf(P.unit, P.deptOfficer)),
    needs: ['implPlan'],
    awaited: true,
    blockedBy: ({ implPlanApproved }) =>
      implPlanApproved
        ? 'Kế hoạch triển khai đã được phê duyệt; thay đổi cơ sở thụ hưởng theo thủ tục điều chỉnh / the implementation plan is approved; change a beneficiary by an adjustment request'
        : null,
  },
  /** The provincial Department appraises and approves the implementation plan of a group project (TT 36 Art. 23.3). */
  approve_impl_plan: {
    from: groupOnly(fixed('IMPL_PLAN_PENDING')),
    to: 'APPROVED',
    who: who(P.deptLeader),
    needs: ['decision'],
    awaited: true,
  },
  return_impl_plan: {
    from: groupOnly(fixed('IMPL_PLAN_PENDING')),
    to: 'APPROVED',
    who: who(anyOf(P.deptOfficer, P.deptLeader)),
    needs: ['reason'],
  },
  /** Each establishment of a group project is accepted on its own minutes as its work is done. */
  accept_beneficiary: {
    from: groupOnly(plusNational(['IN_PROGRESS', 'COMPLETED_WORK'], ['CARRIED_OVER'])),
    to: 'same',
    who: who(byScope({ NATIONAL: anyOf(P.deptLeader, P.cucLeader), LOCAL: P.deptLeader })),
    needs: ['beneficiary', 'minutes'],
  },
  start: {
    from: fixed('CONTRACTED'),
    to: 'IN_PROGRESS',
    who: who(byScope({ NATIONAL: anyOf(P.unit, P.deptOfficer, P.cucOfficer), LOCAL: anyOf(P.unit, P.deptOfficer) })),
    needs: [],
    awaited: true,
  },
  suspend: {
    from: plusNational(['IN_PROGRESS'], ['CARRIED_OVER']),
    to: 'SUSPENDED',
    who: who(byScope({ NATIONAL: P.cucLeader, LOCAL: P.deptLeader })),
    needs: ['reason'],
  },
  resume: {
    from: fixed('SUSPENDED'),
    to: 'IN_PROGRESS',
    who: who(byScope({ NATIONAL: P.cucLeader, LOCAL: P.deptLeader })),
    needs: [],
    awaited: true,
  },
  complete_work: {
    from: plusNational(['IN_PROGRESS'], ['CARRIED_OVER']),
    to: 'COMPLETED_WORK',
    who: who(anyOf(P.unit, P.deptOfficer)),
    needs: [],
  },
  request_rework: {
    from: fixed('COMPLETED_WORK'),
    to: 'IN_PROGRESS',
    who: who(byScope({ NATIONAL: anyOf(P.deptLeader, P.cucLeader), LOCAL: P.deptLeader })),
    needs: ['reason'],
  },
  /** Base acceptance is organised by the Department; the Cục accepts where it manages directly (Mẫu 5c). */
  accept: {
    from: fixed('COMPLETED_WORK'),
    to: 'ACCEPTED',
    who: who(byScope({ NATIONAL: anyOf(P.deptLeader, P.cucLeader), LOCAL: P.deptLeader })),
    needs: ['minutes'],
    awaited: true,
  },
  settle: {
    from: fixed('ACCEPTED'),
    to: settleOutcome,
    who: who(byScope({ NATIONAL: CUC, LOCAL: P.deptOfficer })),
    needs: [],
    awaited: true,
  },
  /** After 22/01 of the next year the Cục settles alone on the acceptance minutes (TT 36 Art. 18). */
  settle_on_minutes: { from: nationalOnly('ACCEPTED'), to: settleOutcome, who: who(CUC), needs: ['reason'] },
  /**
   * Force majeure (TT 36 Art. 18.4): the work done is accepted on the unit's explanation, certified by the Department
   * or the district or commune People's Committee; the project is then settled by that work (PARTIAL_SETTLED). A group
   * project accepts so one establishment (beneficiaryId), whose row of the plan records it.
   */
  accept_work_done: {
    from: plusNational(['IN_PROGRESS', 'SUSPENDED', 'COMPLETED_WORK'], ['CARRIED_OVER']),
    to: workDoneOutcome,
    who: who(byScope({ NATIONAL: CUC, LOCAL: P.deptLeader })),
    needs: ['reason', 'minutes', 'workDone'],
  },
  /**
   * An advance the accepted work does not cover is refunded before the settlement (TT 36 Art. 12.6); in a group
   * project, by the establishment accepted by its work done (beneficiaryId).
   */
  refund_advance: {
    from: fixed('ACCEPTED'),
    to: 'same',
    who: who(byScope({ NATIONAL: CUC, LOCAL: P.deptOfficer })),
    needs: ['refund'],
    blockedBy: ({ unusedAdvanceVnd }) =>
      unusedAdvanceVnd > 0
        ? null
        : 'Không còn khoản tạm ứng chưa sử dụng nào để hoàn trả / no unused advance is left: nothing may be refunded',
  },
  /** Local projects are stopped by their approver; national ones go through request_stop to the Minister. */
  terminate: { from: localOnly(...RUNNING), to: stopOutcome, who: who(localApprover), needs: ['reason', 'decision'] },
  request_stop: { from: nationalOnly(...RUNNING), to: 'SUSPENSION_REQUESTED', who: who(REQUESTERS), needs: ['reason'] },
  decide_stop: {
    from: nationalOnly('SUSPENSION_REQUESTED'),
    to: stopOutcome,
    who: who(P.minister),
    needs: ['decision'],
    awaited: true,
  },
  refuse_stop: {
    from: nationalOnly('SUSPENSION_REQUESTED'),
    to: resumeOutcome,
    who: who(P.minister),
    needs: ['reason'],
  },
  request_carry_over: {
    from: nationalOnly('CONTRACTED', 'IN_PROGRESS', 'SUSPENDED'),
    to: 'CARRY_OVER_REQUESTED',
    who: who(REQUESTERS),
    needs: ['reason'],
  },
  approve_carry_over: {
    from: nationalOnly('CARRY_OVER_REQUESTED'),
    to: 'CARRIED_OVER',
    who: who(P.minister),
    needs: ['decision'],
    awaited: true,
  },
  refuse_carry_over: {
    from: nationalOnly('CARRY_OVER_REQUESTED'),
    to: resumeOutcome,
    who: who(P.minister),
    needs: ['reason'],
  },
  record_refund: {
    from: fixed('REFUND_PENDING'),
    to: 'TERMINATED',
    who: who(byScope({ NATIONAL: CUC, LOCAL: P.deptOfficer })),
    needs: ['refund'],
    awaited: true,
  },
  withdraw: {
    from: fixed('DRAFT', 'SUBMITTED', 'RETURNED', 'BASE_APPRAISAL'),
    to: 'WITHDRAWN',
    who: who(anyOf(P.unit, P.deptOfficer)),
    needs: [],
  },
  /** The Cục pays national advances and settles; the Department local ones. */
  record_disbursement: {
    from: plusNational(['CONTRACTED', 'IN_PROGRESS', 'ACCEPTED'], ['CARRIED_OVER']),
    to: 'same',
    who: who(byScope({ NATIONAL: CUC, LOCAL: P.deptOfficer })),
    needs: ['disbursement'],
  },
  /**
   * The Department certifies a progress report: for machinery, demonstration models and cluster infrastructure it
   * is what allows the first advance (TT 36 Art. 12).
   */
  certify_progress: {
    from: plusNational(['CONTRACTED', 'IN_PROGRESS'], ['CARRIED_OVER']),
    to: 'same',
    who: who(anyOf(P.deptOfficer, P.deptLeader)),
    needs: ['progress'],
  },
  /**
   * A pilot project's year ends (DOMAIN.md §6, multi-year projects): the Department certifies the year's progress and
   * what the year left unused carries into the next, whose advances may then be paid.
   */
  close_pilot_year: {
    from: pilotOnly(fixed('CONTRACTED', 'IN_PROGRESS', 'CARRIED_OVER')),
    to: 'same',
    who: who(anyOf(P.deptOfficer, P.deptLeader)),
    needs: ['progress'],
  },
};

/** Whether the action names the decision the law requires for it (number and day of a quyết định). */
export function needsDecisionPaper(action: string): boolean {
  return Object.hasOwn(TRANSITIONS, action) && TRANSITIONS[action as ActionName].needs.includes('decision');
}

/** States in which the dossier (the project's facts) may still be edited. */
export const DRAFT_EDIT_STATES: readonly ProjectState[] = ['DRAFT', 'RETURNED'];

/** Who may edit a draft's dossier: the capability table's 'project.edit_draft' (its unit, the province officer). */
export function mayEditDraft(actor: Actor, facts: ProjectFacts): boolean {
  return CAPABILITIES['project.edit_draft'].who.allows(actor, contextOf(facts));
}

/** Whether the actor may create projects at all (the project being created is checked against the body too). */
export function mayCreateProjects(actor: Pick<Actor, 'role' | 'provinceCode'>): boolean {
  return CAPABILITIES['projects.create_any'].who.allows({ userId: '', email: '', ...actor });
}

/**
 * Rules that changed after projects were already running: the workflow replays an old history with the rules of
 * its time (see `patched('decision-paper')` in the workflow), a new action always gets today's.
 */
export interface DecisionRules {
  /** approve and terminate name their decision (number, day) and approve its amount. */
  decisionPaperRequired: boolean;
  /** 'v1': the frozen table of the first releases; 'v2' (absent means v2): today's, from the capability table. */
  table?: 'v1' | 'v2';
}

export const CURRENT_DECISION_RULES: DecisionRules = { decisionPaperRequired: true, table: 'v2' };

type TransitionTable = Partial<Record<ActionName, TransitionRule>>;

function tableOf(rules: DecisionRules): TransitionTable {
  return rules.table === 'v1' ? TRANSITIONS_V1 : TRANSITIONS;
}

/** Actions that exist in the project's current state, whoever asks. */
export function actionsInState(snapshot: ProjectSnapshot, rules: DecisionRules = CURRENT_DECISION_RULES): ActionName[] {
  const { facts, status } = snapshot;
  if (isTerminal(status.state)) return [];
  const table = tableOf(rules);
  return (Object.keys(table) as ActionName[]).filter(
    (action) => table[action]!.from(facts).includes(status.state) && !table[action]!.blockedBy?.(standingOf(snapshot)),
  );
}

/** Actions this actor may take now (the buttons a page would show). */
export function allowedActionsFor(
  snapshot: ProjectSnapshot,
  actor: Actor,
  rules: DecisionRules = CURRENT_DECISION_RULES,
): ActionName[] {
  const table = tableOf(rules);
  return actionsInState(snapshot, rules).filter((action) =>
    table[action]!.who.allows(actor, snapshot.facts, snapshot.status.state),
  );
}

function refuse(
  code: Refusal['code'],
  message: string,
  allowedActions: string[],
  fields?: Record<string, string>,
): Refusal {
  return fields ? { ok: false, code, message, allowedActions, fields } : { ok: false, code, message, allowedActions };
}

/**
 * A group project accepts by the work done and refunds an unused advance per establishment: the command names one
 * of the plan's (beneficiaryId), else a bilingual problem listing them. Null for other actions and other projects.
 */
function groupEstablishmentProblem({ facts, status }: ProjectSnapshot, command: ActionCommand): string | null {
  if (!facts.group || (command.action !== 'accept_work_done' && command.action !== 'refund_advance')) return null;
  return beneficiaryIdProblem(status.groupPlan, command.beneficiaryId);
}

const MAX_TEXT = 2000;

/** The local day (Asia/Ho_Chi_Minh, UTC+7 all year) of an instant. */
function vietnamDayOf(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);
}

function checkDecisionPaper(command: ActionCommand, occurredAt: string): string | null {
  const blank = (v: string | undefined) => v === undefined || v.trim().length === 0;
  if (blank(command.decisionNo) || !isIsoDate(command.decisionDate)) {
    return `"${ACTION_LABELS[command.action].vi}" cần số quyết định (decisionNo) và ngày quyết định (decisionDate, YYYY-MM-DD) / ${command.action} needs decisionNo and decisionDate (YYYY-MM-DD)`;
  }
  if (command.decisionDate > vietnamDayOf(occurredAt)) {
    return `Ngày quyết định ${command.decisionDate} ở sau hôm nay / decisionDate ${command.decisionDate} is in the future`;
  }
  if (command.action === 'approve' && !isPositiveVnd(command.approvedSupportVnd)) {
    return 'Phê duyệt cần kinh phí hỗ trợ được duyệt (approvedSupportVnd, số nguyên VND dương) / approve needs approvedSupportVnd, a positive whole number of VND';
  }
  return null;
}

function checkFields(
  command: ActionCommand,
  needs: readonly FieldName[],
  occurredAt: string,
  rules: DecisionRules,
): string | null {
  const blank = (v: string | undefined) => v === undefined || v.trim().length === 0;
  const tooLong = (v: string | undefined) => v !== undefined && v.length > MAX_TEXT;
  if (
    tooLong(command.reason) ||
    tooLong(command.contractNo) ||
    tooLong(command.minutesNo) ||
    tooLong(command.decisionNo)
  ) {
    return `Văn bản dài quá ${MAX_TEXT} ký tự / text longer than ${MAX_TEXT} characters`;
  }
  for (const need of needs) {
    if (need === 'decision' && rules.decisionPaperRequired) {
      const problem = checkDecisionPaper(command, occurredAt);
      if (problem) return problem;
    }
    if (need === 'reason' && blank(command.reason)) {
      return `Thao tác "${command.action}" cần lý do (reason) / action "${command.action}" needs a reason`;
    }
    if (need === 'contract' && (blank(command.contractNo) || !isIsoDate(command.contractDate))) {
      return 'Ký hợp đồng cần số hợp đồng (contractNo) và ngày ký (contractDate, YYYY-MM-DD) / sign_contract needs contractNo and contractDate (YYYY-MM-DD)';
    }
    if (need === 'minutes' && (blank(command.minutesNo) || !isIsoDate(command.minutesDate))) {
      return 'Nghiệm thu cần số biên bản (minutesNo) và ngày (minutesDate, YYYY-MM-DD) / accept needs minutesNo and minutesDate (YYYY-MM-DD)';
    }
    if (need === 'workDone') {
      if (!(CERTIFYING_BODIES as readonly unknown[]).includes(command.certifyingBody)) {
        return `Cần cơ quan xác nhận khối lượng (certifyingBody: ${CERTIFYING_BODIES.join(', ')}) / certifyingBody must be one of ${CERTIFYING_BODIES.join(', ')}`;
      }
      if (blank(command.certifierName) || command.certifierName!.length > 300) {
        return 'Cần tên cơ quan xác nhận (certifierName, ví dụ "UBND xã Tân Cương") / certifierName is required';
      }
      if (!isPositiveVnd(command.acceptedAmountVnd)) {
        return 'Cần giá trị khối lượng được nghiệm thu (acceptedAmountVnd, số nguyên VND dương) / acceptedAmountVnd is required';
      }
    }
    if (need === 'implPlan') {
      // The list's shape here (400); whether the shares fit the approved support is a money rule (409).
      const problem = implPlanProblem(command.beneficiaries, Number.MAX_SAFE_INTEGER);
      if (problem) return problem;
    }
    if (need === 'beneficiary' && (typeof command.beneficiaryId !== 'string' || blank(command.beneficiaryId))) {
      return 'Cần chọn cơ sở thụ hưởng (beneficiaryId, ví dụ NT1) / choose the beneficiary (beneficiaryId, e.g. NT1)';
    }
    if (need === 'refund' && !isPositiveVnd(command.amountVnd)) {
      return 'Số tiền hoàn trả (amountVnd) phải là số nguyên VND dương / amountVnd must be a positive whole number of VND';
    }
    if (need === 'progress') {
      const percent = command.progressPercent;
      if (typeof percent !== 'number' || !Number.isInteger(percent) || percent < 0 || percent > 100) {
        return 'Tỷ lệ khối lượng đã thực hiện (progressPercent) phải là số nguyên từ 0 đến 100 / progressPercent must be a whole number from 0 to 100';
      }
      if (!isIsoDate(command.reportDate)) {
        return 'Xác nhận tiến độ cần ngày của báo cáo tiến độ (reportDate, YYYY-MM-DD) / certify_progress needs reportDate (YYYY-MM-DD)';
      }
      if (command.reportDate > vietnamDayOf(occurredAt)) {
        return `Ngày báo cáo ${command.reportDate} ở sau hôm nay / reportDate ${command.reportDate} is in the future`;
      }
    }
    if (need === 'disbursement') {
      if (!isPositiveVnd(command.amountVnd)) {
        return 'Số tiền giải ngân (amountVnd) phải là số nguyên VND dương / amountVnd must be a positive whole number of VND';
      }
      if (command.kind !== 'ADVANCE' && command.kind !== 'FINAL') {
        return 'Loại giải ngân (kind) phải là ADVANCE (tạm ứng) hoặc FINAL (thanh toán cuối) / kind must be ADVANCE or FINAL';
      }
    }
  }
  return null;
}

export function isPositiveVnd(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function amountRuleViolation(
  snapshot: ProjectSnapshot,
  command: ActionCommand,
  policy: DisbursementPolicy,
  occurredAt: string,
) {
  const { facts, status } = snapshot;
  switch (command.action) {
    case 'approve': {
      const approved = command.approvedSupportVnd;
      if (approved !== undefined && (!isPositiveVnd(approved) || approved > facts.requestedSupportVnd)) {
        return `Kinh phí hỗ trợ được duyệt phải là số nguyên dương không vượt kinh phí đề nghị ${vndVi(facts.requestedSupportVnd)} / approvedSupportVnd must be a positive integer not above the requested ${vndEn(facts.requestedSupportVnd)}`;
      }
      return supportCapViolation(
        facts.moneyRules?.supportCap,
        facts.totalCostVnd,
        approved ?? facts.requestedSupportVnd,
        {
          vi: 'Kinh phí hỗ trợ được duyệt',
          en: 'The approved support',
        },
      );
    }
    case 'submit_impl_plan':
      return implPlanProblem(command.beneficiaries, status.approvedSupportVnd ?? 0);
    case 'accept_work_done': {
      if (facts.group) {
        return workDoneAcceptanceProblem(status.groupPlan, command.beneficiaryId, command.acceptedAmountVnd!);
      }
      const approved = status.approvedSupportVnd ?? 0;
      return command.acceptedAmountVnd! > approved
        ? `Giá trị khối lượng nghiệm thu không vượt kinh phí được duyệt ${vndVi(approved)} / the accepted work may not exceed the approved ${vndEn(approved)}`
        : null;
    }
    case 'refund_advance': {
      if (facts.group) return groupRefundProblem(status.groupPlan, command.beneficiaryId, command.amountVnd!);
      const unused = unusedAdvanceVnd(status);
      return command.amountVnd !== unused
        ? `Số hoàn trả phải bằng số tạm ứng chưa sử dụng ${vndVi(unused)} / the refund must equal the unused advance of ${vndEn(unused)}`
        : null;
    }
    case 'accept_beneficiary':
      return beneficiaryAcceptanceProblem(status.groupPlan, command.beneficiaryId, command.acceptedAmountVnd);
    case 'accept': {
      if (facts.group) {
        const problem = groupAcceptanceProblem(status.groupPlan, command.acceptedAmountVnd);
        if (problem) return problem;
      }
      const accepted = command.acceptedAmountVnd ?? acceptedByDefault(snapshot);
      if (!isPositiveVnd(accepted) || accepted > (status.approvedSupportVnd ?? 0)) {
        return `Giá trị nghiệm thu phải là số nguyên dương không vượt kinh phí được duyệt ${vndVi(status.approvedSupportVnd ?? 0)} / acceptedAmountVnd must be a positive integer not above the approved ${vndEn(status.approvedSupportVnd ?? 0)}`;
      }
      // A group's establishment accepted by its work done may hold more advance than the work: it refunds that after.
      const covered = status.advancesVnd - (facts.group ? groupRefundDueVnd(status.groupPlan) : 0);
      if (accepted < covered) {
        return `Giá trị nghiệm thu ${vndVi(accepted)} thấp hơn số đã tạm ứng ${vndVi(covered)}; cần thu hồi tạm ứng trước / accepted amount is below the ${vndEn(covered)} already advanced; recover the advance first`;
      }
      return null;
    }
    case 'close_pilot_year':
      return status.pilotYears ? closePilotYearProblem(status.pilotYears, vietnamDayOf(occurredAt)) : null;
    case 'record_disbursement':
      if (status.pilotYears && command.kind === 'ADVANCE') {
        // A pilot project: the first year's advance meets its content area's condition; every year stays within its
        // own part, paid in its year, the next one only after the year before is closed.
        const firstYear = openPilotYear(status.pilotYears).year === status.pilotYears[0].year;
        return (
          (firstYear ? advanceConditionUnmet(facts, status) : null) ??
          pilotAdvanceProblem(
            status.pilotYears,
            command.amountVnd!,
            disbursementPolicyOf(facts, policy).advanceCapPercent,
            vietnamDayOf(occurredAt),
          ) ??
          checkDisbursement(status, { kind: 'ADVANCE', amountVnd: command.amountVnd! }, { advanceCapPercent: 100 })
        );
      }
      return (
        (command.kind === 'ADVANCE' ? advanceConditionUnmet(facts, status) : null) ??
        (facts.group
          ? groupDisbursementProblem(
              status.groupPlan,
              command.beneficiaryId,
              command.kind!,
              command.amountVnd!,
              disbursementPolicyOf(facts, policy).advanceCapPercent,
            )
          : null) ??
        checkDisbursement(
          status,
          { kind: command.kind!, amountVnd: command.amountVnd! },
          disbursementPolicyOf(facts, policy),
        )
      );
    case 'settle':
      return (facts.group ? groupSettlementProblem(status.groupPlan) : null) ?? checkSettlement(status);
    case 'record_refund': {
      const unused = unusedAdvanceVnd(status);
      if (command.amountVnd !== unused) {
        return `Số hoàn trả phải bằng số tạm ứng chưa sử dụng ${vndVi(unused)} / the refund must equal the unused advance of ${vndEn(unused)}`;
      }
      return null;
    }
    default:
      return null;
  }
}

/** What an acceptance accepts when it names no amount: the approved support, or a group's accepted establishments. */
function acceptedByDefault({ facts, status }: ProjectSnapshot): number {
  return facts.group ? groupAcceptedVnd(status.groupPlan) : (status.approvedSupportVnd ?? 0);
}

/** The settlement cut-off [F] (TT 36 Art. 18): 22 January of the year after the base acceptance. */
export const SETTLEMENT_CUTOFF = { month: 1, day: 22 } as const;

/** The Cục settles alone on the minutes only once the unit has missed the cut-off of the year after acceptance. */
function settlementCutoffNotPassed(status: LifecycleStatus, occurredAt: string): string | null {
  const acceptedYear = Number((status.acceptance?.minutesDate ?? vietnamDayOf(occurredAt)).slice(0, 4));
  const cutoff = `${acceptedYear + 1}-${String(SETTLEMENT_CUTOFF.month).padStart(2, '0')}-${String(SETTLEMENT_CUTOFF.day).padStart(2, '0')}`;
  if (vietnamDayOf(occurredAt) > cutoff) return null;
  return `Chỉ quyết toán theo biên bản nghiệm thu khi đơn vị quá hạn ${cutoff.split('-').reverse().join('/')} mà chưa nộp hồ sơ quyết toán / settling on the minutes alone is allowed only after the ${cutoff} cut-off`;
}

/**
 * Decides whether the actor may take the action now, and if so, the event that records it.
 * Pure and deterministic: the caller supplies the time, so the workflow can call it on replay.
 */
export function decideAction(
  snapshot: ProjectSnapshot,
  command: ActionCommand,
  occurredAt: string,
  policy: DisbursementPolicy = DEFAULT_DISBURSEMENT_POLICY,
  rules: DecisionRules = CURRENT_DECISION_RULES,
): Decision {
  const { facts, status } = snapshot;
  // Own keys only: an action such as "constructor" must be refused, not found on Object.prototype.
  const table = tableOf(rules);
  const rule = Object.hasOwn(table, command.action) ? table[command.action] : undefined;
  if (!rule) {
    return refuse(
      REFUSAL_CODES.INVALID_COMMAND,
      `Thao tác không tồn tại: "${String(command.action)}" / unknown action`,
      [],
    );
  }
  const inState = actionsInState(snapshot, rules);
  const mine = allowedActionsFor(snapshot, command.actor, rules);
  const stateLabel = `${STATE_LABELS[status.state].vi} (${status.state})`;
  if (!rule.from(facts).includes(status.state)) {
    const now = inState.length ? inState.join(', ') : 'không có / none';
    return refuse(
      REFUSAL_CODES.ILLEGAL_TRANSITION,
      `Không thể "${ACTION_LABELS[command.action].vi}" khi đề án ở trạng thái ${stateLabel}. Thao tác hợp lệ lúc này: ${now} / ` +
        `action "${command.action}" is not allowed in state ${status.state}${scopeHint(command.action, facts)}; allowed now: ${now}`,
      inState,
    );
  }
  const blocked = rule.blockedBy?.(standingOf(snapshot));
  if (blocked) {
    const now = inState.length ? inState.join(', ') : 'không có / none';
    return refuse(
      REFUSAL_CODES.ILLEGAL_TRANSITION,
      `${blocked}; thao tác hợp lệ lúc này / allowed now: ${now}`,
      inState,
    );
  }
  if (!rule.who.allows(command.actor, facts, status.state)) {
    const yours = mine.length ? mine.join(', ') : 'không có / none';
    const who = rule.who.describeFor?.(facts, status.state) ?? rule.who.describe;
    return refuse(
      REFUSAL_CODES.ROLE_FORBIDDEN,
      `${positionLabel(command.actor).vi} không được "${ACTION_LABELS[command.action].vi}" đề án này; người được phép: ${who.vi}. Bạn có thể: ${yours} / ` +
        `${positionLabel(command.actor).en} (role ${command.actor.role}) may not "${command.action}" this project; who may: ${who.en}; you may: ${yours}`,
      mine,
    );
  }
  const fieldProblem =
    checkFields(command, rule.needs, occurredAt, rules) ??
    (command.action === 'record_disbursement' ? registrationProblem(facts, command) : null);
  if (fieldProblem) return refuse(REFUSAL_CODES.INVALID_COMMAND, fieldProblem, mine);
  const establishment = groupEstablishmentProblem(snapshot, command);
  if (establishment) {
    return refuse(REFUSAL_CODES.INVALID_COMMAND, establishment, mine, { beneficiaryId: establishment });
  }
  if (command.action === 'record_disbursement') {
    const allowedStates: ProjectState[] =
      command.kind === 'FINAL' ? ['ACCEPTED'] : ['CONTRACTED', 'IN_PROGRESS', 'CARRIED_OVER'];
    if (!allowedStates.includes(status.state)) {
      return refuse(
        REFUSAL_CODES.ILLEGAL_TRANSITION,
        `Giải ngân ${command.kind === 'FINAL' ? 'thanh toán cuối (FINAL) chỉ được ghi khi đã nghiệm thu' : 'tạm ứng (ADVANCE) chỉ được ghi khi đã ký hợp đồng hoặc đang triển khai'}; trạng thái hiện tại: ${stateLabel} / ` +
          `${command.kind} disbursements are allowed only in ${allowedStates.join(' or ')}; the project is ${status.state}`,
        inState,
      );
    }
  }
  const violation =
    amountRuleViolation(snapshot, command, policy, occurredAt) ??
    (command.action === 'settle_on_minutes' ? settlementCutoffNotPassed(status, occurredAt) : null);
  if (violation) return refuse(REFUSAL_CODES.RULE_VIOLATION, violation, mine);

  return {
    ok: true,
    event: {
      seq: status.seq + 1,
      action: command.action,
      fromState: status.state,
      toState: rule.to === 'same' ? status.state : typeof rule.to === 'function' ? rule.to(status) : rule.to,
      actor: command.actor,
      reason: command.reason?.trim() || null,
      details: eventDetails(snapshot, command, rules),
      occurredAt,
    },
  };
}

function scopeHint(action: ActionName, facts: ProjectFacts): string {
  if (action === 'register' && facts.scope === 'LOCAL') return ' (only national projects are registered)';
  if (action === 'terminate' && facts.scope === 'NATIONAL')
    return ' (a national project stops through request_stop, decided by the Minister)';
  if (
    ['request_stop', 'request_carry_over', 'settle_on_minutes', 'not_select'].includes(action) &&
    facts.scope === 'LOCAL'
  )
    return ' (only for national projects)';
  if (action === 'approve' && facts.scope === 'NATIONAL')
    return ' (national projects are approved after ministry appraisal)';
  return '';
}

function eventDetails(
  snapshot: ProjectSnapshot,
  command: ActionCommand,
  rules: DecisionRules,
): Record<string, string | number> {
  const { facts, status } = snapshot;
  switch (command.action) {
    case 'approve':
      return {
        approvedSupportVnd: command.approvedSupportVnd ?? facts.requestedSupportVnd,
        ...decisionPaper(command),
        // The Minister's plan decision, entered in the system by a Cục leader (DOMAIN.md §6, PLAN_APPROVED); the
        // first releases' events did not say so, and a replay under their table records what they recorded.
        ...(rules.table !== 'v1' && facts.scope === 'NATIONAL' && PARTIES.cucLeader.allows(command.actor)
          ? { onBehalfOf: 'MINISTER' }
          : {}),
        ...(facts.pilot
          ? {
              pilotYears: JSON.stringify(
                pilotYearsOf(facts.pilot, command.approvedSupportVnd ?? facts.requestedSupportVnd),
              ),
            }
          : {}),
      };
    case 'terminate':
    case 'decide_stop':
    case 'approve_carry_over':
      return decisionPaper(command);
    case 'record_refund':
      return { amountVnd: command.amountVnd! };
    case 'refund_advance':
      return { amountVnd: command.amountVnd!, ...establishmentOf(snapshot, command) };
    case 'accept_work_done':
      return {
        ...establishmentOf(snapshot, command),
        minutesNo: command.minutesNo!.trim(),
        minutesDate: command.minutesDate!,
        acceptedAmountVnd: command.acceptedAmountVnd!,
        certifyingBody: command.certifyingBody!,
        certifierName: command.certifierName!.trim(),
      };
    case 'sign_contract':
      return { contractNo: command.contractNo!.trim(), contractDate: command.contractDate! };
    case 'accept':
      return {
        minutesNo: command.minutesNo!.trim(),
        minutesDate: command.minutesDate!,
        acceptedAmountVnd: command.acceptedAmountVnd ?? acceptedByDefault(snapshot),
      };
    case 'record_disbursement':
      return {
        kind: command.kind!,
        amountVnd: command.amountVnd!,
        ...(facts.group && command.beneficiaryId ? { beneficiaryId: command.beneficiaryId } : {}),
        ...(command.kind === 'FINAL' && paidOnRegistration(facts)
          ? { businessRegistrationNo: command.businessRegistrationNo!.trim() }
          : {}),
        ...(command.kind === 'ADVANCE' && status.pilotYears
          ? { pilotYear: openPilotYear(status.pilotYears).year }
          : {}),
      };
    case 'submit_impl_plan':
      return {
        beneficiaries: JSON.stringify(
          command.beneficiaries!.map((b) => ({ name: b.name.trim(), site: b.site.trim(), supportVnd: b.supportVnd })),
        ),
      };
    case 'approve_impl_plan':
      return decisionPaper(command);
    case 'accept_beneficiary': {
      const b = findBeneficiary(status.groupPlan, command.beneficiaryId)!;
      return {
        beneficiaryId: b.id,
        beneficiaryName: b.name,
        minutesNo: command.minutesNo!.trim(),
        minutesDate: command.minutesDate!,
        acceptedAmountVnd: command.acceptedAmountVnd ?? b.supportVnd,
      };
    }
    case 'certify_progress':
      return { percentDone: command.progressPercent!, reportDate: command.reportDate! };
    case 'close_pilot_year': {
      const open = openPilotYear(status.pilotYears!);
      return {
        pilotYear: open.year,
        progressPercent: command.progressPercent!,
        reportDate: command.reportDate!,
        carriedOverVnd: carriedOverVnd(open),
      };
    }
    default:
      return {};
  }
}

/** The establishment a group project's action names, by number and name; nothing for another project. */
function establishmentOf({ facts, status }: ProjectSnapshot, command: ActionCommand): Record<string, string> {
  const b = facts.group ? findBeneficiary(status.groupPlan, command.beneficiaryId) : undefined;
  return b ? { beneficiaryId: b.id, beneficiaryName: b.name } : {};
}

/** The decision's number and day, when given (histories from before the paper rule have none). */
function decisionPaper(command: ActionCommand): Record<string, string> {
  if (command.decisionNo === undefined || !isIsoDate(command.decisionDate)) return {};
  return { decisionNo: command.decisionNo.trim(), decisionDate: command.decisionDate };
}

/** Applies a decided event to the status. */
export function applyEvent(status: LifecycleStatus, event: LifecycleEvent): LifecycleStatus {
  const next: LifecycleStatus = { ...status, state: event.toState, seq: event.seq };
  const d = event.details;
  switch (event.action) {
    case 'approve':
      next.approvedSupportVnd = Number(d.approvedSupportVnd);
      if (typeof d.pilotYears === 'string') next.pilotYears = JSON.parse(d.pilotYears) as PilotYear[];
      break;
    case 'sign_contract':
      next.contract = { contractNo: String(d.contractNo), contractDate: String(d.contractDate) };
      break;
    case 'accept':
      next.acceptance = { minutesNo: String(d.minutesNo), minutesDate: String(d.minutesDate) };
      next.acceptedAmountVnd = Number(d.acceptedAmountVnd);
      break;
    case 'record_disbursement':
      if (d.kind === 'ADVANCE') next.advancesVnd = status.advancesVnd + Number(d.amountVnd);
      else next.finalPaymentsVnd = status.finalPaymentsVnd + Number(d.amountVnd);
      if (d.pilotYear !== undefined && status.pilotYears) {
        next.pilotYears = withPilotAdvance(status.pilotYears, Number(d.pilotYear), Number(d.amountVnd));
      }
      if (d.beneficiaryId !== undefined && status.groupPlan) {
        const field = d.kind === 'ADVANCE' ? 'advancesVnd' : 'finalPaymentsVnd';
        next.groupPlan = withBeneficiary(status.groupPlan, String(d.beneficiaryId), (b) => ({
          ...b,
          [field]: b[field] + Number(d.amountVnd),
        }));
      }
      break;
    case 'submit_impl_plan':
      next.groupPlan = { beneficiaries: beneficiariesOfDetails(d.beneficiaries), approval: null };
      break;
    case 'approve_impl_plan':
      next.groupPlan = {
        ...status.groupPlan!,
        approval: { decisionNo: String(d.decisionNo), decisionDate: String(d.decisionDate) },
      };
      break;
    case 'return_impl_plan':
      next.groupPlan = null;
      break;
    case 'accept_beneficiary':
      next.groupPlan = withBeneficiary(status.groupPlan!, String(d.beneficiaryId), (b) => ({
        ...b,
        acceptedVnd: Number(d.acceptedAmountVnd),
        minutesNo: String(d.minutesNo),
        minutesDate: String(d.minutesDate),
      }));
      break;
    case 'request_stop':
    case 'request_carry_over':
      next.resumeState = event.fromState;
      break;
    case 'refuse_stop':
    case 'refuse_carry_over':
    case 'decide_stop':
    case 'approve_carry_over':
      next.resumeState = null;
      break;
    case 'record_refund':
    case 'refund_advance':
      next.refundedVnd = (status.refundedVnd ?? 0) + Number(d.amountVnd);
      if (d.beneficiaryId !== undefined && status.groupPlan) {
        next.groupPlan = withBeneficiary(status.groupPlan, String(d.beneficiaryId), (b) => ({
          ...b,
          refundedVnd: (b.refundedVnd ?? 0) + Number(d.amountVnd),
        }));
      }
      break;
    case 'accept_work_done':
      if (d.beneficiaryId !== undefined && status.groupPlan) {
        // One establishment of a group: its row records the work accepted and who certified it.
        next.groupPlan = withBeneficiary(status.groupPlan, String(d.beneficiaryId), (b) => ({
          ...b,
          acceptedVnd: Number(d.acceptedAmountVnd),
          minutesNo: String(d.minutesNo),
          minutesDate: String(d.minutesDate),
          workDone: {
            certifyingBody: d.certifyingBody as NonNullable<LifecycleStatus['forceMajeure']>['certifyingBody'],
            certifierName: String(d.certifierName),
          },
        }));
        break;
      }
      next.acceptance = { minutesNo: String(d.minutesNo), minutesDate: String(d.minutesDate) };
      next.acceptedAmountVnd = Number(d.acceptedAmountVnd);
      next.forceMajeure = {
        certifyingBody: d.certifyingBody as NonNullable<LifecycleStatus['forceMajeure']>['certifyingBody'],
        certifierName: String(d.certifierName),
      };
      break;
    case 'certify_progress':
      next.certifiedProgress = { percentDone: Number(d.percentDone), reportDate: String(d.reportDate) };
      break;
    case 'close_pilot_year':
      if (status.pilotYears) {
        next.pilotYears = closedPilotYears(status.pilotYears, {
          year: Number(d.pilotYear),
          progressPercent: Number(d.progressPercent),
          reportDate: String(d.reportDate),
          carriedOverVnd: Number(d.carriedOverVnd),
        });
      }
      break;
    default:
      break;
  }
  return next;
}
