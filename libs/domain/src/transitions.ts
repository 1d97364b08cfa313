import { ACTION_LABELS, ActionName, DisbursementKind, ProjectState, STATE_LABELS, isTerminal } from './lifecycle';
import { Actor, ROLE_LABELS, sameEmail } from './roles';
import { LifecycleStatus, ProjectFacts, ProjectSnapshot } from './project';
import { REFUSAL_CODES, Refusal } from './errors';
import { DisbursementPolicy, DEFAULT_DISBURSEMENT_POLICY, checkDisbursement, checkSettlement } from './disbursements';
import { isIsoDate } from './dates';
import { vndEn, vndVi } from './money';

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
}

/** Audit-trail events that change deadlines, not the lifecycle state. */
export type DeadlineEventAction = 'submit_report' | 'extend_deadline' | 'set_deadline_policy';
/** Audit-trail event of a change to the dossier of a draft (its facts), not to its state. */
export type DraftEventAction = 'edit_draft';

/** One recorded change, applied to the status and written to the audit trail. */
export interface LifecycleEvent {
  seq: number;
  action: ActionName | 'create' | DeadlineEventAction | DraftEventAction;
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

/** The facts that decide who may act and which actions a state offers (scope, province, unit). */
export type ActingFacts = Pick<ProjectFacts, 'scope' | 'provinceCode'> & {
  implementingUnit: Pick<ProjectFacts['implementingUnit'], 'email'>;
};

type WhoRule = { describe: string; allows: (actor: Actor, facts: ActingFacts, from: ProjectState) => boolean };

const officer: WhoRule = {
  describe: 'cán bộ khuyến công của tỉnh / the province officer',
  allows: (a, f) => a.role === 'officer' && a.provinceCode === f.provinceCode,
};
const implementer: WhoRule = {
  describe: 'đơn vị thực hiện của đề án / the implementing unit',
  allows: (a, f) =>
    a.role === 'implementer' && a.provinceCode === f.provinceCode && sameEmail(a.email, f.implementingUnit.email),
};
const provincialApprover: WhoRule = {
  describe: 'lãnh đạo Sở Công Thương của tỉnh / the province approver',
  allows: (a, f) => a.role === 'approver' && a.provinceCode === f.provinceCode,
};
const nationalApprover: WhoRule = {
  describe: 'lãnh đạo cấp Bộ / a national approver',
  allows: (a) => a.role === 'approver' && a.provinceCode === null,
};

function anyOf(...rules: WhoRule[]): WhoRule {
  return {
    describe: rules.map((r) => r.describe).join('; '),
    allows: (a, f, s) => rules.some((r) => r.allows(a, f, s)),
  };
}

/** Local projects are decided in the province; national projects by the national approver. */
const deciderByScope: WhoRule = {
  describe:
    'lãnh đạo Sở Công Thương (đề án địa phương) hoặc lãnh đạo cấp Bộ (đề án quốc gia) / the province approver for local projects, a national approver for national projects',
  allows: (a, f, s) => (f.scope === 'LOCAL' ? provincialApprover : nationalApprover).allows(a, f, s),
};
/** Base appraisal is the Department's; ministry appraisal is the national level's. */
const appraisalDecider: WhoRule = {
  describe:
    'lãnh đạo Sở Công Thương ở thẩm định cơ sở, lãnh đạo cấp Bộ ở thẩm định cấp Bộ / the province approver at base appraisal, a national approver at ministry appraisal',
  allows: (a, f, s) => (s === 'BASE_APPRAISAL' ? provincialApprover : nationalApprover).allows(a, f, s),
};

type FieldName = 'reason' | 'contract' | 'minutes' | 'disbursement' | 'decision';

interface TransitionRule {
  from: (facts: ActingFacts) => readonly ProjectState[];
  to: ProjectState | 'same';
  who: WhoRule;
  needs: readonly FieldName[];
  /** The step its states wait for to move the project on (what a user's inbox lists), not a side action. */
  awaited?: true;
}

const fixed =
  (...states: ProjectState[]) =>
  (): readonly ProjectState[] =>
    states;

const TERMINABLE: ProjectState[] = ['APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED_WORK', 'ACCEPTED'];

/** The transition table of the lifecycle (issue #2, section 3). */
export const TRANSITIONS: Record<ActionName, TransitionRule> = {
  submit: {
    from: fixed('DRAFT', 'RETURNED'),
    to: 'SUBMITTED',
    who: anyOf(implementer, officer),
    needs: [],
    awaited: true,
  },
  return: { from: fixed('SUBMITTED', 'BASE_APPRAISAL'), to: 'RETURNED', who: officer, needs: ['reason'] },
  open_appraisal: { from: fixed('SUBMITTED'), to: 'BASE_APPRAISAL', who: officer, needs: [], awaited: true },
  register: {
    from: (f) => (f.scope === 'NATIONAL' ? ['BASE_APPRAISAL'] : []),
    to: 'MINISTRY_APPRAISAL',
    who: anyOf(provincialApprover, nationalApprover),
    needs: [],
    awaited: true,
  },
  approve: {
    from: (f) => (f.scope === 'LOCAL' ? ['BASE_APPRAISAL'] : ['MINISTRY_APPRAISAL']),
    to: 'APPROVED',
    who: deciderByScope,
    needs: ['decision'],
    awaited: true,
  },
  reject: {
    from: fixed('BASE_APPRAISAL', 'MINISTRY_APPRAISAL'),
    to: 'REJECTED',
    who: appraisalDecider,
    needs: ['reason'],
  },
  sign_contract: { from: fixed('APPROVED'), to: 'CONTRACTED', who: officer, needs: ['contract'], awaited: true },
  start: { from: fixed('CONTRACTED'), to: 'IN_PROGRESS', who: anyOf(officer, implementer), needs: [], awaited: true },
  suspend: {
    from: fixed('IN_PROGRESS'),
    to: 'SUSPENDED',
    who: anyOf(provincialApprover, nationalApprover),
    needs: ['reason'],
  },
  resume: {
    from: fixed('SUSPENDED'),
    to: 'IN_PROGRESS',
    who: anyOf(provincialApprover, nationalApprover),
    needs: [],
    awaited: true,
  },
  complete_work: { from: fixed('IN_PROGRESS'), to: 'COMPLETED_WORK', who: anyOf(implementer, officer), needs: [] },
  request_rework: {
    from: fixed('COMPLETED_WORK'),
    to: 'IN_PROGRESS',
    who: anyOf(provincialApprover, nationalApprover),
    needs: ['reason'],
  },
  accept: {
    from: fixed('COMPLETED_WORK'),
    to: 'ACCEPTED',
    who: anyOf(provincialApprover, nationalApprover),
    needs: ['minutes'],
    awaited: true,
  },
  settle: { from: fixed('ACCEPTED'), to: 'SETTLED', who: officer, needs: [], awaited: true },
  terminate: { from: fixed(...TERMINABLE), to: 'TERMINATED', who: deciderByScope, needs: ['reason', 'decision'] },
  withdraw: {
    from: fixed('DRAFT', 'SUBMITTED', 'RETURNED', 'BASE_APPRAISAL'),
    to: 'WITHDRAWN',
    who: anyOf(implementer, officer),
    needs: [],
  },
  record_disbursement: {
    from: fixed('CONTRACTED', 'IN_PROGRESS', 'ACCEPTED'),
    to: 'same',
    who: officer,
    needs: ['disbursement'],
  },
};

/** Whether the action names the decision the law requires for it (number and day of a quyết định). */
export function needsDecisionPaper(action: string): boolean {
  return Object.hasOwn(TRANSITIONS, action) && TRANSITIONS[action as ActionName].needs.includes('decision');
}

/** States in which the dossier (the project's facts) may still be edited. */
export const DRAFT_EDIT_STATES: readonly ProjectState[] = ['DRAFT', 'RETURNED'];

/** Who may edit a draft's dossier: whoever may submit it (the project's unit, the province officer). */
export function mayEditDraft(actor: Actor, facts: ProjectFacts): boolean {
  return anyOf(implementer, officer).allows(actor, facts, 'DRAFT');
}

/** Who may create a project: the implementing units and officers of a province (checked against the body too). */
export function mayCreateProjects(actor: Pick<Actor, 'role' | 'provinceCode'>): boolean {
  return (actor.role === 'implementer' || actor.role === 'officer') && actor.provinceCode !== null;
}

/**
 * Rules that changed after projects were already running: the workflow replays an old history with the rules of
 * its time (see `patched('decision-paper')` in the workflow), a new action always gets today's.
 */
export interface DecisionRules {
  /** approve and terminate name their decision (number, day) and approve its amount. */
  decisionPaperRequired: boolean;
}

export const CURRENT_DECISION_RULES: DecisionRules = { decisionPaperRequired: true };

/** Actions that exist in the project's current state, whoever asks. */
export function actionsInState(snapshot: ProjectSnapshot): ActionName[] {
  const { facts, status } = snapshot;
  if (isTerminal(status.state)) return [];
  return (Object.keys(TRANSITIONS) as ActionName[]).filter((action) =>
    TRANSITIONS[action].from(facts).includes(status.state),
  );
}

/** Actions this actor may take now (the buttons a page would show). */
export function allowedActionsFor(snapshot: ProjectSnapshot, actor: Actor): ActionName[] {
  return actionsInState(snapshot).filter((action) =>
    TRANSITIONS[action].who.allows(actor, snapshot.facts, snapshot.status.state),
  );
}

function refuse(code: Refusal['code'], message: string, allowedActions: string[]): Refusal {
  return { ok: false, code, message, allowedActions };
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

function amountRuleViolation(snapshot: ProjectSnapshot, command: ActionCommand, policy: DisbursementPolicy) {
  const { facts, status } = snapshot;
  switch (command.action) {
    case 'approve': {
      const approved = command.approvedSupportVnd;
      if (approved !== undefined && (!isPositiveVnd(approved) || approved > facts.requestedSupportVnd)) {
        return `Kinh phí hỗ trợ được duyệt phải là số nguyên dương không vượt kinh phí đề nghị ${vndVi(facts.requestedSupportVnd)} / approvedSupportVnd must be a positive integer not above the requested ${vndEn(facts.requestedSupportVnd)}`;
      }
      return null;
    }
    case 'accept': {
      const accepted = command.acceptedAmountVnd ?? status.approvedSupportVnd ?? 0;
      if (!isPositiveVnd(accepted) || accepted > (status.approvedSupportVnd ?? 0)) {
        return `Giá trị nghiệm thu phải là số nguyên dương không vượt kinh phí được duyệt ${vndVi(status.approvedSupportVnd ?? 0)} / acceptedAmountVnd must be a positive integer not above the approved ${vndEn(status.approvedSupportVnd ?? 0)}`;
      }
      if (accepted < status.advancesVnd) {
        return `Giá trị nghiệm thu ${vndVi(accepted)} thấp hơn số đã tạm ứng ${vndVi(status.advancesVnd)}; cần thu hồi tạm ứng trước / accepted amount is below the ${vndEn(status.advancesVnd)} already advanced; recover the advance first`;
      }
      return null;
    }
    case 'record_disbursement':
      return checkDisbursement(status, { kind: command.kind!, amountVnd: command.amountVnd! }, policy);
    case 'settle':
      return checkSettlement(status);
    default:
      return null;
  }
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
  const rule = Object.hasOwn(TRANSITIONS, command.action) ? TRANSITIONS[command.action] : undefined;
  if (!rule) {
    return refuse(
      REFUSAL_CODES.INVALID_COMMAND,
      `Thao tác không tồn tại: "${String(command.action)}" / unknown action`,
      [],
    );
  }
  const inState = actionsInState(snapshot);
  const mine = allowedActionsFor(snapshot, command.actor);
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
  if (!rule.who.allows(command.actor, facts, status.state)) {
    const yours = mine.length ? mine.join(', ') : 'không có / none';
    return refuse(
      REFUSAL_CODES.ROLE_FORBIDDEN,
      `Vai trò ${ROLE_LABELS[command.actor.role].vi} không được "${ACTION_LABELS[command.action].vi}" đề án này; người được phép: ${rule.who.describe}. Bạn có thể: ${yours} / ` +
        `role ${command.actor.role} may not "${command.action}" this project; you may: ${yours}`,
      mine,
    );
  }
  const fieldProblem = checkFields(command, rule.needs, occurredAt, rules);
  if (fieldProblem) return refuse(REFUSAL_CODES.INVALID_COMMAND, fieldProblem, mine);
  if (command.action === 'record_disbursement') {
    const allowedStates: ProjectState[] = command.kind === 'FINAL' ? ['ACCEPTED'] : ['CONTRACTED', 'IN_PROGRESS'];
    if (!allowedStates.includes(status.state)) {
      return refuse(
        REFUSAL_CODES.ILLEGAL_TRANSITION,
        `Giải ngân ${command.kind === 'FINAL' ? 'thanh toán cuối (FINAL) chỉ được ghi khi đã nghiệm thu' : 'tạm ứng (ADVANCE) chỉ được ghi khi đã ký hợp đồng hoặc đang triển khai'}; trạng thái hiện tại: ${stateLabel} / ` +
          `${command.kind} disbursements are allowed only in ${allowedStates.join(' or ')}; the project is ${status.state}`,
        inState,
      );
    }
  }
  const violation = amountRuleViolation(snapshot, command, policy);
  if (violation) return refuse(REFUSAL_CODES.RULE_VIOLATION, violation, mine);

  return {
    ok: true,
    event: {
      seq: status.seq + 1,
      action: command.action,
      fromState: status.state,
      toState: rule.to === 'same' ? status.state : rule.to,
      actor: command.actor,
      reason: command.reason?.trim() || null,
      details: eventDetails(snapshot, command),
      occurredAt,
    },
  };
}

function scopeHint(action: ActionName, facts: ProjectFacts): string {
  if (action === 'register' && facts.scope === 'LOCAL') return ' (only national projects are registered)';
  if (action === 'approve' && facts.scope === 'NATIONAL')
    return ' (national projects are approved after ministry appraisal)';
  return '';
}

function eventDetails(snapshot: ProjectSnapshot, command: ActionCommand): Record<string, string | number> {
  const { facts, status } = snapshot;
  switch (command.action) {
    case 'approve':
      return {
        approvedSupportVnd: command.approvedSupportVnd ?? facts.requestedSupportVnd,
        ...decisionPaper(command),
      };
    case 'terminate':
      return decisionPaper(command);
    case 'sign_contract':
      return { contractNo: command.contractNo!.trim(), contractDate: command.contractDate! };
    case 'accept':
      return {
        minutesNo: command.minutesNo!.trim(),
        minutesDate: command.minutesDate!,
        acceptedAmountVnd: command.acceptedAmountVnd ?? status.approvedSupportVnd ?? 0,
      };
    case 'record_disbursement':
      return { kind: command.kind!, amountVnd: command.amountVnd! };
    default:
      return {};
  }
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
      break;
    default:
      break;
  }
  return next;
}
