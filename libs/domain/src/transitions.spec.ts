/**
 * The lifecycle transition table (issue #2 section 3, reshaped by issue #13 after TT 36/2013), checked cell by cell.
 *
 * The expected table below is written out by hand from the law (DOMAIN.md §3, §6) and issue #13; it never reads
 * TRANSITIONS, so a slip in transitions.ts shows up as a failing cell rather than being copied into the test.
 * National projects: the Department appraises and registers, the Cục appraises, signs, pays and settles, the
 * Minister approves (the Cục leader enters the decision for it) and decides stops and carry-overs. Local
 * projects stay in the province: approved and terminated by the Department leader, or by the UBND tỉnh where the
 * province's regulation says so.
 */
import { ACTIONS, ActionName, PROJECT_STATES, ProjectState, Scope, TERMINAL_STATES, isTerminal } from './lifecycle';
import { Actor } from './roles';
import { LifecycleStatus, ProjectFacts, ProjectSnapshot, initialStatus } from './project';
import { REFUSAL_CODES, Refusal } from './errors';
import {
  ActionCommand,
  Decision,
  LifecycleEvent,
  actionsInState,
  allowedActionsFor,
  applyEvent,
  decideAction,
} from './transitions';

// ---------------------------------------------------------------------------------------------
// Helpers: projects, statuses, actors, commands
// ---------------------------------------------------------------------------------------------

const NOW = '2026-05-04T03:00:00.000Z';
const PROVINCE = 'HN';
const OTHER_PROVINCE = 'BN';
const OWN_EMAIL = 'htx.maytre.phuvinh@example.vn';
const REQUESTED = 100_000_000;
/** The advance the fixture has paid in running states, none of it matched by accepted work yet. */
const ADVANCED = 30_000_000;

const STATES: readonly ProjectState[] = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'BASE_APPRAISAL',
  'REGISTERED',
  'MINISTRY_APPRAISAL',
  'APPROVED',
  'REJECTED',
  'NOT_SELECTED',
  'IMPL_PLAN_PENDING',
  'CONTRACTED',
  'IN_PROGRESS',
  'SUSPENDED',
  'SUSPENSION_REQUESTED',
  'CARRY_OVER_REQUESTED',
  'CARRIED_OVER',
  'REFUND_PENDING',
  'COMPLETED_WORK',
  'ACCEPTED',
  'SETTLED',
  'PARTIAL_SETTLED',
  'TERMINATED',
  'WITHDRAWN',
];
const TERMINAL: readonly ProjectState[] = [
  'REJECTED',
  'NOT_SELECTED',
  'SETTLED',
  'PARTIAL_SETTLED',
  'TERMINATED',
  'WITHDRAWN',
];

/** A national project; a local one approved by the Department (the default); a local one approved by the UBND. */
const VARIANTS = ['NATIONAL', 'LOCAL', 'LOCAL_UBND'] as const;
type Variant = (typeof VARIANTS)[number];
const scopeOf = (variant: Variant): Scope => (variant === 'NATIONAL' ? 'NATIONAL' : 'LOCAL');

function makeFacts(scope: Scope, overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    id: 'prj-1',
    code: scope === 'NATIONAL' ? 'KCQG-2026-HN-0001' : 'KCĐP-2026-HN-0001',
    scope,
    provinceCode: PROVINCE,
    category: 'TRAINING',
    title: 'Đào tạo nghề mây tre đan xuất khẩu',
    implementingUnit: { name: 'HTX Mây tre đan Phú Vinh', email: OWN_EMAIL },
    beneficiary: 'Lao động nông thôn xã Phú Nghĩa',
    totalCostVnd: 250_000_000,
    requestedSupportVnd: REQUESTED,
    plannedStart: '2026-03-01',
    plannedEnd: '2026-11-30',
    createdByUserId: 'u-implementer',
    ...overrides,
  };
}

function variantFacts(variant: Variant): ProjectFacts {
  return variant === 'LOCAL_UBND' ? makeFacts('LOCAL', { localApprover: 'UBND' }) : makeFacts(scopeOf(variant));
}

const FROM_APPROVED: readonly ProjectState[] = [
  'APPROVED',
  'CONTRACTED',
  'IN_PROGRESS',
  'SUSPENDED',
  'SUSPENSION_REQUESTED',
  'CARRY_OVER_REQUESTED',
  'CARRIED_OVER',
  'REFUND_PENDING',
  'COMPLETED_WORK',
  'ACCEPTED',
  'SETTLED',
  'TERMINATED',
];
/** States where the fixture holds an advance not yet matched by accepted work (a stop leads to REFUND_PENDING). */
const WITH_UNUSED_ADVANCE: readonly ProjectState[] = [
  'IN_PROGRESS',
  'SUSPENDED',
  'SUSPENSION_REQUESTED',
  'CARRY_OVER_REQUESTED',
  'CARRIED_OVER',
  'REFUND_PENDING',
  'COMPLETED_WORK',
];
/** Where the fixture's pending requests were made from (a refusal returns there). */
const RESUME_STATE: Partial<Record<ProjectState, ProjectState>> = {
  SUSPENSION_REQUESTED: 'IN_PROGRESS',
  CARRY_OVER_REQUESTED: 'SUSPENDED',
};

/** A status that is plausible for the state: money and documents as the lifecycle would have left them. */
function statusIn(state: ProjectState, overrides: Partial<LifecycleStatus> = {}): LifecycleStatus {
  const status: LifecycleStatus = { ...initialStatus(), state, seq: 7 };
  if (FROM_APPROVED.includes(state)) status.approvedSupportVnd = REQUESTED;
  if (FROM_APPROVED.includes(state) && state !== 'APPROVED') {
    status.contract = { contractNo: 'HĐ-01/2026/KC', contractDate: '2026-03-05' };
  }
  if (WITH_UNUSED_ADVANCE.includes(state)) status.advancesVnd = ADVANCED;
  if (RESUME_STATE[state]) status.resumeState = RESUME_STATE[state];
  if (state === 'ACCEPTED' || state === 'SETTLED') {
    status.acceptedAmountVnd = REQUESTED;
    status.acceptance = { minutesNo: 'BB-NT-01/2026', minutesDate: '2026-11-20' };
    status.advancesVnd = 70_000_000;
  }
  if (state === 'SETTLED') status.finalPaymentsVnd = 30_000_000;
  return { ...status, ...overrides };
}

function snap(scope: Scope | Variant, state: ProjectState, overrides: Partial<LifecycleStatus> = {}): ProjectSnapshot {
  return { facts: variantFacts(scope), status: statusIn(state, overrides) };
}

const ACTOR_KINDS = [
  'ownImplementer',
  'otherImplementer',
  'officer',
  'otherOfficer',
  'deptLeader',
  'otherDeptLeader',
  'ubndLeader',
  'otherUbndLeader',
  'collaborator',
  'provinceSupervisor',
  'cucOfficer',
  'cucLeader',
  'minister',
  'nationalSupervisor',
  'admin',
] as const;
type ActorKind = (typeof ACTOR_KINDS)[number];

const ACTORS: Record<ActorKind, Actor> = {
  ownImplementer: { userId: 'u-impl', email: OWN_EMAIL, role: 'implementer', provinceCode: PROVINCE },
  otherImplementer: { userId: 'u-impl2', email: 'cs.gomsu@example.vn', role: 'implementer', provinceCode: PROVINCE },
  officer: { userId: 'u-off', email: 'canbo.kc@hanoi.gov.vn', role: 'officer', provinceCode: PROVINCE },
  otherOfficer: { userId: 'u-off2', email: 'canbo.kc@bacninh.gov.vn', role: 'officer', provinceCode: OTHER_PROVINCE },
  deptLeader: { userId: 'u-app', email: 'giamdoc@hanoi.gov.vn', role: 'approver', provinceCode: PROVINCE },
  otherDeptLeader: {
    userId: 'u-app2',
    email: 'giamdoc@bacninh.gov.vn',
    role: 'approver',
    provinceCode: OTHER_PROVINCE,
  },
  ubndLeader: { userId: 'u-ubnd', email: 'pct@hanoi.gov.vn', role: 'ubnd_leader', provinceCode: PROVINCE },
  otherUbndLeader: {
    userId: 'u-ubnd2',
    email: 'pct@bacninh.gov.vn',
    role: 'ubnd_leader',
    provinceCode: OTHER_PROVINCE,
  },
  collaborator: { userId: 'u-ctv', email: 'ctv.phunghia@hanoi.gov.vn', role: 'collaborator', provinceCode: PROVINCE },
  provinceSupervisor: { userId: 'u-sup', email: 'thanhtra@hanoi.gov.vn', role: 'supervisor', provinceCode: PROVINCE },
  cucOfficer: { userId: 'u-cuc', email: 'chuyenvien@moit.gov.vn', role: 'cuc_officer', provinceCode: null },
  cucLeader: { userId: 'u-nat', email: 'cuc.ctdp@moit.gov.vn', role: 'approver', provinceCode: null },
  minister: { userId: 'u-bt', email: 'botruong@moit.gov.vn', role: 'minister', provinceCode: null },
  nationalSupervisor: { userId: 'u-sup2', email: 'thanhtra@moit.gov.vn', role: 'supervisor', provinceCode: null },
  admin: { userId: 'u-admin', email: 'admin@khuyencong.vn', role: 'admin', provinceCode: null },
};

const DECISION = { decisionNo: '125/QĐ-SCT', decisionDate: '2026-05-01' };
const REASON = 'Hồ sơ thiếu dự toán chi tiết';

/** A command carrying every field the action needs, with values that pass the money rules of `snap`. */
function fullCommand(action: ActionName, actor: Actor, state: ProjectState): ActionCommand {
  switch (action) {
    case 'return':
    case 'reject':
    case 'not_select':
    case 'suspend':
    case 'request_rework':
    case 'settle_on_minutes':
    case 'request_stop':
    case 'refuse_stop':
    case 'request_carry_over':
    case 'refuse_carry_over':
      return { action, actor, reason: REASON };
    case 'terminate':
      return { action, actor, reason: REASON, ...DECISION };
    case 'decide_stop':
    case 'approve_carry_over':
      return { action, actor, ...DECISION };
    case 'approve':
      return { action, actor, ...DECISION, approvedSupportVnd: REQUESTED };
    case 'sign_contract':
      return { action, actor, contractNo: 'HĐ-01/2026/KC', contractDate: '2026-03-05' };
    case 'accept':
      return { action, actor, minutesNo: 'BB-NT-01/2026', minutesDate: '2026-11-20' };
    case 'record_disbursement':
      return { action, actor, kind: state === 'ACCEPTED' ? 'FINAL' : 'ADVANCE', amountVnd: 10_000_000 };
    case 'record_refund':
      return { action, actor, amountVnd: ADVANCED };
    case 'certify_progress':
    case 'close_pilot_year':
      return { action, actor, progressPercent: 75, reportDate: '2026-05-01' };
    case 'accept_work_done':
      return {
        action,
        actor,
        reason: REASON,
        minutesNo: 'BB-NT-01/2026',
        minutesDate: '2026-11-20',
        acceptedAmountVnd: ADVANCED,
        certifyingBody: 'COMMUNE_PC',
        certifierName: 'UBND xã Phú Nghĩa',
      };
    default:
      return { action, actor };
  }
}

function expectRefusal(decision: Decision, code: Refusal['code']): Refusal {
  if (decision.ok) throw new Error(`expected ${code}, got ok → ${decision.event.toState}`);
  expect(decision.code).toBe(code);
  return decision;
}

function expectOk(decision: Decision): LifecycleEvent {
  if (!decision.ok) throw new Error(`expected ok, got ${decision.code}: ${decision.message}`);
  return decision.event;
}

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const ENGLISH = /\b(action|role|may|not|allowed|needs|must|above|below|cannot|only|unknown)\b/;

function expectBilingual(message: string): void {
  expect(message.trim().length).toBeGreaterThan(0);
  expect(message).toMatch(VIETNAMESE);
  expect(message).toMatch(ENGLISH);
  expect(message).toContain(' / ');
}

const sorted = (xs: readonly string[]) => [...xs].sort();

// ---------------------------------------------------------------------------------------------
// The expected table, by hand from TT 36/2013 (DOMAIN.md §6) and issue #13
// ---------------------------------------------------------------------------------------------

type Need =
  | 'reason'
  | 'contract'
  | 'minutes'
  | 'disbursement'
  | 'decision'
  | 'refund'
  | 'progress'
  | 'implPlan'
  | 'beneficiary'
  | 'workDone';
interface ExpectedRule {
  from: (scope: Scope) => readonly ProjectState[];
  /** Where it leads from a fixture state of `statusIn` ('same' for side actions). */
  to: ProjectState | 'same' | ((state: ProjectState) => ProjectState);
  who: (variant: Variant, state: ProjectState) => readonly ActorKind[];
  needs: readonly Need[];
}

const always =
  (...states: ProjectState[]) =>
  (): readonly ProjectState[] =>
    states;
const nationalOnly =
  (...states: ProjectState[]) =>
  (scope: Scope): readonly ProjectState[] =>
    scope === 'NATIONAL' ? states : [];
const localOnly =
  (...states: ProjectState[]) =>
  (scope: Scope): readonly ProjectState[] =>
    scope === 'LOCAL' ? states : [];
const plusNational =
  (common: ProjectState[], national: ProjectState[]) =>
  (scope: Scope): readonly ProjectState[] =>
    scope === 'NATIONAL' ? [...common, ...national] : common;
const byVariant =
  (national: readonly ActorKind[], local: readonly ActorKind[], localUbnd: readonly ActorKind[] = local) =>
  (variant: Variant): readonly ActorKind[] =>
    variant === 'NATIONAL' ? national : variant === 'LOCAL' ? local : localUbnd;

const UNIT_OR_OFFICER: readonly ActorKind[] = ['ownImplementer', 'officer'];
const OFFICER: readonly ActorKind[] = ['officer'];
const DEPT_LEADER: readonly ActorKind[] = ['deptLeader'];
/** The Cục: its officers prepare and sign, its leaders decide and may do what an officer may. */
const CUC: readonly ActorKind[] = ['cucOfficer', 'cucLeader'];
const MINISTER: readonly ActorKind[] = ['minister'];
/** TT 36 Art. 11.2a, 11.3: the unit, the Department or the Cục asks; the Minister decides. */
const REQUESTERS: readonly ActorKind[] = ['ownImplementer', 'officer', 'deptLeader', 'cucOfficer', 'cucLeader'];
/** Where a project may be stopped (locally terminated, nationally asked to stop): from approval to acceptance. */
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
/** A stop refunds the unused advance first. */
const STOP = (state: ProjectState): ProjectState =>
  WITH_UNUSED_ADVANCE.includes(state) ? 'REFUND_PENDING' : 'TERMINATED';
/** A refused request returns where it was made from. */
const BACK = (state: ProjectState): ProjectState => RESUME_STATE[state] ?? 'IN_PROGRESS';

const EXPECTED: Record<ActionName, ExpectedRule> = {
  submit: { from: always('DRAFT', 'RETURNED'), to: 'SUBMITTED', who: () => UNIT_OR_OFFICER, needs: [] },
  return: { from: always('SUBMITTED', 'BASE_APPRAISAL'), to: 'RETURNED', who: () => OFFICER, needs: ['reason'] },
  open_appraisal: { from: always('SUBMITTED'), to: 'BASE_APPRAISAL', who: () => OFFICER, needs: [] },
  // TT 36 Art. 10.2: the Department sends its list to the Cục.
  register: { from: nationalOnly('BASE_APPRAISAL'), to: 'REGISTERED', who: () => DEPT_LEADER, needs: [] },
  // TT 36 Art. 8.2: ministry appraisal by the Cục.
  open_ministry_appraisal: { from: nationalOnly('REGISTERED'), to: 'MINISTRY_APPRAISAL', who: () => CUC, needs: [] },
  // The Minister's plan decision (the Cục leader enters it); local: Department leader or UBND as the province rules.
  approve: {
    from: (scope) => (scope === 'LOCAL' ? ['BASE_APPRAISAL'] : ['MINISTRY_APPRAISAL']),
    to: 'APPROVED',
    who: byVariant(['cucLeader', 'minister'], ['deptLeader'], ['ubndLeader']),
    needs: ['decision'],
  },
  // Local projects never reach ministry appraisal or a carry-over: nothing is offered there.
  reject: {
    from: plusNational(['BASE_APPRAISAL'], ['MINISTRY_APPRAISAL']),
    to: 'REJECTED',
    who: (_variant, state) => (state === 'BASE_APPRAISAL' ? ['deptLeader'] : ['cucLeader']),
    needs: ['reason'],
  },
  // TT 36 Art. 7: left out of the plan by the Cục or the Minister.
  not_select: {
    from: nationalOnly('REGISTERED', 'MINISTRY_APPRAISAL'),
    to: 'NOT_SELECTED',
    who: () => ['cucLeader', 'minister'],
    needs: ['reason'],
  },
  // The Cục signs as bên A; the Department no longer signs national contracts.
  sign_contract: { from: always('APPROVED'), to: 'CONTRACTED', who: byVariant(CUC, OFFICER), needs: ['contract'] },
  start: {
    from: always('CONTRACTED'),
    to: 'IN_PROGRESS',
    who: byVariant(['ownImplementer', 'officer', 'cucOfficer'], UNIT_OR_OFFICER),
    needs: [],
  },
  suspend: {
    from: plusNational(['IN_PROGRESS'], ['CARRIED_OVER']),
    to: 'SUSPENDED',
    who: byVariant(['cucLeader'], DEPT_LEADER),
    needs: ['reason'],
  },
  resume: { from: always('SUSPENDED'), to: 'IN_PROGRESS', who: byVariant(['cucLeader'], DEPT_LEADER), needs: [] },
  complete_work: {
    from: plusNational(['IN_PROGRESS'], ['CARRIED_OVER']),
    to: 'COMPLETED_WORK',
    who: () => UNIT_OR_OFFICER,
    needs: [],
  },
  request_rework: {
    from: always('COMPLETED_WORK'),
    to: 'IN_PROGRESS',
    who: byVariant(['deptLeader', 'cucLeader'], DEPT_LEADER),
    needs: ['reason'],
  },
  // Base acceptance organised by the Department; the Cục accepts where it manages directly (Mẫu 5c).
  accept: {
    from: always('COMPLETED_WORK'),
    to: 'ACCEPTED',
    who: byVariant(['deptLeader', 'cucLeader'], DEPT_LEADER),
    needs: ['minutes'],
  },
  settle: { from: always('ACCEPTED'), to: 'SETTLED', who: byVariant(CUC, OFFICER), needs: [] },
  // TT 36 Art. 18: after 22/01 the Cục settles alone on the acceptance minutes.
  settle_on_minutes: { from: nationalOnly('ACCEPTED'), to: 'SETTLED', who: () => CUC, needs: ['reason'] },
  terminate: {
    from: localOnly(...RUNNING),
    to: STOP,
    who: byVariant([], DEPT_LEADER, ['ubndLeader']),
    needs: ['reason', 'decision'],
  },
  request_stop: {
    from: nationalOnly(...RUNNING),
    to: 'SUSPENSION_REQUESTED',
    who: () => REQUESTERS,
    needs: ['reason'],
  },
  decide_stop: { from: nationalOnly('SUSPENSION_REQUESTED'), to: STOP, who: () => MINISTER, needs: ['decision'] },
  refuse_stop: { from: nationalOnly('SUSPENSION_REQUESTED'), to: BACK, who: () => MINISTER, needs: ['reason'] },
  request_carry_over: {
    from: nationalOnly('CONTRACTED', 'IN_PROGRESS', 'SUSPENDED'),
    to: 'CARRY_OVER_REQUESTED',
    who: () => REQUESTERS,
    needs: ['reason'],
  },
  approve_carry_over: {
    from: nationalOnly('CARRY_OVER_REQUESTED'),
    to: 'CARRIED_OVER',
    who: () => MINISTER,
    needs: ['decision'],
  },
  refuse_carry_over: { from: nationalOnly('CARRY_OVER_REQUESTED'), to: BACK, who: () => MINISTER, needs: ['reason'] },
  // TT 36 Art. 12.6: the unused advance is refunded to whoever paid it before the project closes.
  record_refund: { from: always('REFUND_PENDING'), to: 'TERMINATED', who: byVariant(CUC, OFFICER), needs: ['refund'] },
  withdraw: {
    from: always('DRAFT', 'SUBMITTED', 'RETURNED', 'BASE_APPRAISAL'),
    to: 'WITHDRAWN',
    who: () => UNIT_OR_OFFICER,
    needs: [],
  },
  // The Cục pays national advances; the Department local ones.
  record_disbursement: {
    from: plusNational(['CONTRACTED', 'IN_PROGRESS', 'ACCEPTED'], ['CARRIED_OVER']),
    to: 'same',
    who: byVariant(CUC, OFFICER),
    needs: ['disbursement'],
  },
  // TT 36 Art. 12: the Department certifies the progress report that backs an advance.
  certify_progress: {
    from: plusNational(['CONTRACTED', 'IN_PROGRESS'], ['CARRIED_OVER']),
    to: 'same',
    who: () => ['officer', 'deptLeader'],
    needs: ['progress'],
  },
  // Group projects only (group-plan.spec.ts): nothing is offered on a project of one beneficiary.
  submit_impl_plan: { from: () => [], to: 'IMPL_PLAN_PENDING', who: () => UNIT_OR_OFFICER, needs: ['implPlan'] },
  approve_impl_plan: { from: () => [], to: 'APPROVED', who: () => DEPT_LEADER, needs: ['decision'] },
  return_impl_plan: { from: () => [], to: 'APPROVED', who: () => ['officer', 'deptLeader'], needs: ['reason'] },
  accept_beneficiary: { from: () => [], to: 'same', who: () => DEPT_LEADER, needs: ['beneficiary', 'minutes'] },
  // Force majeure (TT 36 Art. 18.4): the work done is accepted, certified by a named body (force-majeure.spec.ts).
  accept_work_done: {
    from: plusNational(['IN_PROGRESS', 'SUSPENDED', 'COMPLETED_WORK'], ['CARRIED_OVER']),
    to: 'ACCEPTED',
    who: byVariant(CUC, DEPT_LEADER),
    needs: ['reason', 'minutes', 'workDone'],
  },
  // Offered only while an accepted project holds an unused advance, which the fixture's never does.
  refund_advance: { from: () => [], to: 'same', who: byVariant(CUC, OFFICER), needs: ['refund'] },
  // Pilot projects only (pilot-plan.spec.ts): nothing is offered on a project of one year.
  close_pilot_year: { from: () => [], to: 'same', who: () => ['officer', 'deptLeader'], needs: ['progress'] },
};
const ALL_ACTIONS = Object.keys(EXPECTED) as ActionName[];

function expectedInState(scope: Scope, state: ProjectState): ActionName[] {
  return ALL_ACTIONS.filter((a) => EXPECTED[a].from(scope).includes(state));
}
function expectedAllowed(variant: Variant, state: ProjectState, kind: ActorKind): ActionName[] {
  return expectedInState(scopeOf(variant), state).filter((a) => EXPECTED[a].who(variant, state).includes(kind));
}
function expectedTo(rule: ExpectedRule, state: ProjectState): ProjectState {
  return rule.to === 'same' ? state : typeof rule.to === 'function' ? rule.to(state) : rule.to;
}

/** The state the `snap` fixture needs for a legal cell (settle needs the money to add up, and so on). */
function cellSnapshot(variant: Variant, state: ProjectState, action: ActionName): ProjectSnapshot {
  if (action === 'settle' && state === 'ACCEPTED') return snap(variant, state, { finalPaymentsVnd: 30_000_000 });
  // Settling on the minutes alone needs the 22/01 cut-off of the year after acceptance to have passed.
  if (action === 'settle_on_minutes' && state === 'ACCEPTED') {
    return snap(variant, state, { acceptance: { minutesNo: 'BB-NT-09/2025', minutesDate: '2025-11-20' } });
  }
  return snap(variant, state);
}

// ---------------------------------------------------------------------------------------------

describe('vocabulary', () => {
  test('the 23 states, in order, six of them terminal', () => {
    expect([...PROJECT_STATES]).toEqual(STATES);
    expect(sorted(TERMINAL_STATES)).toEqual(sorted(TERMINAL));
    for (const s of STATES) expect(isTerminal(s)).toBe(TERMINAL.includes(s));
  });

  test('the actions are those of the table', () => {
    expect(sorted(ACTIONS)).toEqual(sorted(ALL_ACTIONS));
    expect(ALL_ACTIONS).toHaveLength(35);
  });

  test.each(TERMINAL.flatMap((state) => VARIANTS.map((variant) => ({ variant, state }))))(
    'terminal $state ($variant) allows nothing at all',
    ({ variant, state }) => {
      expect(actionsInState(snap(variant, state))).toEqual([]);
      for (const kind of ACTOR_KINDS) expect(allowedActionsFor(snap(variant, state), ACTORS[kind])).toEqual([]);
    },
  );
});

describe('actionsInState / allowedActionsFor match the table', () => {
  const cases = VARIANTS.flatMap((variant) => STATES.map((state) => ({ variant, state })));
  test.each(cases)('$variant $state', ({ variant, state }) => {
    const s = snap(variant, state);
    expect(sorted(actionsInState(s))).toEqual(sorted(expectedInState(scopeOf(variant), state)));
    const actual = ACTOR_KINDS.map((kind) => ({ kind, allowed: sorted(allowedActionsFor(s, ACTORS[kind])) }));
    const expected = ACTOR_KINDS.map((kind) => ({ kind, allowed: sorted(expectedAllowed(variant, state, kind)) }));
    expect(actual).toEqual(expected);
  });
});

describe('decideAction: every cell of the table (action × state × actor × scope and local approver)', () => {
  interface Cell {
    variant: Variant;
    state: ProjectState;
    action: ActionName;
  }
  const cells: Cell[] = VARIANTS.flatMap((variant) =>
    STATES.flatMap((state) => ALL_ACTIONS.map((action) => ({ variant, state, action }))),
  );
  const outcomeOf = (decision: Decision) => (decision.ok ? `ok → ${decision.event.toState}` : decision.code);
  const expectedOutcome = (variant: Variant, state: ProjectState, action: ActionName, actor: ActorKind) => {
    const rule = EXPECTED[action];
    if (!rule.from(scopeOf(variant)).includes(state)) return REFUSAL_CODES.ILLEGAL_TRANSITION;
    if (!rule.who(variant, state).includes(actor)) return REFUSAL_CODES.ROLE_FORBIDDEN;
    return `ok → ${expectedTo(rule, state)}`;
  };

  test('the grid is complete: 35 actions × 23 states × 3 kinds of project, each for 15 actors', () => {
    expect(cells).toHaveLength(35 * 23 * 3);
    expect(ACTOR_KINDS).toHaveLength(15);
  });

  test.each(cells)('$variant $state: $action', ({ variant, state, action }) => {
    const snapshot = cellSnapshot(variant, state, action);
    const scope = scopeOf(variant);
    const rule = EXPECTED[action];
    // First the whole row at a glance: one outcome per actor.
    const decisions = ACTOR_KINDS.map((kind) => decideAction(snapshot, fullCommand(action, ACTORS[kind], state), NOW));
    expect(ACTOR_KINDS.map((kind, i) => `${kind}: ${outcomeOf(decisions[i])}`)).toEqual(
      ACTOR_KINDS.map((kind) => `${kind}: ${expectedOutcome(variant, state, action, kind)}`),
    );

    ACTOR_KINDS.forEach((kind, i) => {
      const who = ACTORS[kind];
      const decision = decisions[i];
      const bare = decideAction(snapshot, { action, actor: who }, NOW);
      const expected = expectedOutcome(variant, state, action, kind);

      if (expected === REFUSAL_CODES.ILLEGAL_TRANSITION) {
        const refusal = expectRefusal(decision, 'ILLEGAL_TRANSITION');
        const legal = expectedInState(scope, state);
        expect(sorted(refusal.allowedActions)).toEqual(sorted(legal));
        expectBilingual(refusal.message);
        for (const a of legal) expect(refusal.message).toContain(a);
        if (legal.length === 0) expect(refusal.message).toContain('none');
        // the state is checked first: missing fields do not change the answer
        expect(expectRefusal(bare, 'ILLEGAL_TRANSITION').allowedActions).toEqual(refusal.allowedActions);
        return;
      }

      const mine = expectedAllowed(variant, state, kind);
      if (expected === REFUSAL_CODES.ROLE_FORBIDDEN) {
        const refusal = expectRefusal(decision, 'ROLE_FORBIDDEN');
        expect(sorted(refusal.allowedActions)).toEqual(sorted(mine));
        expectBilingual(refusal.message);
        for (const a of mine) expect(refusal.message).toContain(a);
        // the role is checked before the fields
        expectRefusal(bare, 'ROLE_FORBIDDEN');
        return;
      }

      const event = expectOk(decision);
      expect(event).toMatchObject({
        seq: snapshot.status.seq + 1,
        action,
        fromState: state,
        toState: expectedTo(rule, state),
        actor: who,
        occurredAt: NOW,
      });
      if (rule.needs.length === 0) {
        expect(expectOk(bare).toState).toBe(event.toState);
      } else {
        const refusal = expectRefusal(bare, 'INVALID_COMMAND');
        expect(sorted(refusal.allowedActions)).toEqual(sorted(mine));
        expectBilingual(refusal.message);
      }
    });
  });
});

describe('required fields', () => {
  const REASON_ACTIONS: Array<{ action: ActionName; state: ProjectState; scope: Scope; actor: ActorKind }> = [
    { action: 'return', state: 'SUBMITTED', scope: 'LOCAL', actor: 'officer' },
    { action: 'reject', state: 'BASE_APPRAISAL', scope: 'LOCAL', actor: 'deptLeader' },
    { action: 'reject', state: 'MINISTRY_APPRAISAL', scope: 'NATIONAL', actor: 'cucLeader' },
    { action: 'suspend', state: 'IN_PROGRESS', scope: 'LOCAL', actor: 'deptLeader' },
    { action: 'request_rework', state: 'COMPLETED_WORK', scope: 'NATIONAL', actor: 'cucLeader' },
    { action: 'terminate', state: 'CONTRACTED', scope: 'LOCAL', actor: 'deptLeader' },
    { action: 'not_select', state: 'REGISTERED', scope: 'NATIONAL', actor: 'minister' },
    { action: 'request_stop', state: 'IN_PROGRESS', scope: 'NATIONAL', actor: 'ownImplementer' },
    { action: 'refuse_stop', state: 'SUSPENSION_REQUESTED', scope: 'NATIONAL', actor: 'minister' },
    { action: 'request_carry_over', state: 'SUSPENDED', scope: 'NATIONAL', actor: 'cucOfficer' },
    { action: 'refuse_carry_over', state: 'CARRY_OVER_REQUESTED', scope: 'NATIONAL', actor: 'minister' },
  ];
  const BLANK_REASONS: Array<string | undefined> = [undefined, '', ' ', '   ', '\t\n '];

  describe('reason', () => {
    test.each(REASON_ACTIONS.flatMap((c) => BLANK_REASONS.map((reason) => ({ ...c, reason }))))(
      '$action in $state refuses reason=$reason',
      ({ action, state, scope, actor, reason }) => {
        const refusal = expectRefusal(
          decideAction(snap(scope, state), { action, actor: ACTORS[actor], reason }, NOW),
          'INVALID_COMMAND',
        );
        expect(refusal.message).toContain('reason');
        expectBilingual(refusal.message);
      },
    );

    test.each(REASON_ACTIONS)('$action in $state accepts a reason and records it trimmed', (c) => {
      const event = expectOk(
        decideAction(
          snap(c.scope, c.state),
          { action: c.action, actor: ACTORS[c.actor], reason: '  Vi phạm tiến độ  ', ...DECISION },
          NOW,
        ),
      );
      expect(event.reason).toBe('Vi phạm tiến độ');
    });

    test('actions that need no reason record null without one', () => {
      const event = expectOk(decideAction(snap('LOCAL', 'DRAFT'), { action: 'submit', actor: ACTORS.officer }, NOW));
      expect(event.reason).toBeNull();
    });

    test('a reason longer than 2000 characters is refused; 2000 is accepted', () => {
      const s = snap('LOCAL', 'SUBMITTED');
      const long = 'x'.repeat(2001);
      expectRefusal(decideAction(s, { action: 'return', actor: ACTORS.officer, reason: long }, NOW), 'INVALID_COMMAND');
      expectOk(decideAction(s, { action: 'return', actor: ACTORS.officer, reason: 'x'.repeat(2000) }, NOW));
    });
  });

  describe('sign_contract needs contractNo and a real contractDate', () => {
    const s = snap('LOCAL', 'APPROVED');
    const sign = (fields: Partial<ActionCommand>) =>
      decideAction(s, { action: 'sign_contract', actor: ACTORS.officer, ...fields }, NOW);

    test.each<Partial<ActionCommand>>([
      {},
      { contractDate: '2026-03-05' },
      { contractNo: '', contractDate: '2026-03-05' },
      { contractNo: '   ', contractDate: '2026-03-05' },
      { contractNo: 'HĐ-01' },
      { contractNo: 'HĐ-01', contractDate: '' },
      { contractNo: 'HĐ-01', contractDate: '2026-02-30' },
      { contractNo: 'HĐ-01', contractDate: '2026-02-29' },
      { contractNo: 'HĐ-01', contractDate: '2026-13-01' },
      { contractNo: 'HĐ-01', contractDate: '2026-04-31' },
      { contractNo: 'HĐ-01', contractDate: '2026-3-5' },
      { contractNo: 'HĐ-01', contractDate: '05/03/2026' },
      { contractNo: 'HĐ-01', contractDate: '2026-03-05T00:00:00Z' },
    ])('refused: %j', (fields) => {
      const refusal = expectRefusal(sign(fields), 'INVALID_COMMAND');
      expect(refusal.message).toMatch(/contractNo|contractDate/);
      expectBilingual(refusal.message);
    });

    test('accepted with both, including a leap day; contract number trimmed in the event', () => {
      const event = expectOk(sign({ contractNo: '  HĐ-07/2028  ', contractDate: '2028-02-29' }));
      expect(event.toState).toBe('CONTRACTED');
      expect(event.details).toEqual({ contractNo: 'HĐ-07/2028', contractDate: '2028-02-29' });
    });
  });

  describe('accept needs minutesNo and a real minutesDate', () => {
    const s = snap('LOCAL', 'COMPLETED_WORK');
    const accept = (fields: Partial<ActionCommand>) =>
      decideAction(s, { action: 'accept', actor: ACTORS.deptLeader, ...fields }, NOW);

    test.each<Partial<ActionCommand>>([
      {},
      { minutesDate: '2026-11-20' },
      { minutesNo: ' ', minutesDate: '2026-11-20' },
      { minutesNo: 'BB-01' },
      { minutesNo: 'BB-01', minutesDate: '2026-02-30' },
      { minutesNo: 'BB-01', minutesDate: '2026-00-10' },
      { minutesNo: 'BB-01', minutesDate: '20261120' },
    ])('refused: %j', (fields) => {
      const refusal = expectRefusal(accept(fields), 'INVALID_COMMAND');
      expect(refusal.message).toMatch(/minutesNo|minutesDate/);
      expectBilingual(refusal.message);
    });

    test('accepted with both', () => {
      const event = expectOk(accept({ minutesNo: ' BB-NT-01 ', minutesDate: '2026-11-20' }));
      expect(event.details).toEqual({ minutesNo: 'BB-NT-01', minutesDate: '2026-11-20', acceptedAmountVnd: REQUESTED });
    });
  });

  describe('record_disbursement needs a positive safe-integer amountVnd and kind ADVANCE|FINAL', () => {
    const s = snap('LOCAL', 'CONTRACTED');
    const record = (fields: Partial<ActionCommand>) =>
      decideAction(s, { action: 'record_disbursement', actor: ACTORS.officer, ...fields }, NOW);

    test.each<[string, unknown]>([
      ['missing', undefined],
      ['zero', 0],
      ['negative', -1],
      ['negative large', -10_000_000],
      ['fraction', 1.5],
      ['2^53', 2 ** 53],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['a string', '1000000'],
    ])('amountVnd %s refused', (_label, amountVnd) => {
      const refusal = expectRefusal(record({ kind: 'ADVANCE', amountVnd: amountVnd as number }), 'INVALID_COMMAND');
      expect(refusal.message).toContain('amountVnd');
      expectBilingual(refusal.message);
    });

    test.each<[string, unknown]>([
      ['missing', undefined],
      ['lower case', 'advance'],
      ['unknown', 'REFUND'],
    ])('kind %s refused', (_label, kind) => {
      const refusal = expectRefusal(record({ amountVnd: 1_000_000, kind: kind as 'ADVANCE' }), 'INVALID_COMMAND');
      expect(refusal.message).toContain('kind');
    });

    test('2^53 - 1 is a valid amount (then refused by the money rules, not by the field check)', () => {
      expectRefusal(record({ kind: 'ADVANCE', amountVnd: Number.MAX_SAFE_INTEGER }), 'RULE_VIOLATION');
    });

    test('1 VND ADVANCE is accepted', () => {
      expect(expectOk(record({ kind: 'ADVANCE', amountVnd: 1 })).details).toEqual({ kind: 'ADVANCE', amountVnd: 1 });
    });
  });

  test('an unknown action is an INVALID_COMMAND, not a crash', () => {
    for (const action of ['fly', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const decision = decideAction(
        snap('LOCAL', 'DRAFT'),
        { action: action as ActionName, actor: ACTORS.officer },
        NOW,
      );
      const refusal = expectRefusal(decision, 'INVALID_COMMAND');
      expect(refusal.allowedActions).toEqual([]);
      expectBilingual(refusal.message);
    }
  });
});

describe('refusal messages', () => {
  test('409: names the state and lists the actions legal in it', () => {
    const refusal = expectRefusal(
      decideAction(snap('LOCAL', 'SUBMITTED'), { action: 'settle', actor: ACTORS.officer }, NOW),
      'ILLEGAL_TRANSITION',
    );
    expect(sorted(refusal.allowedActions)).toEqual(['open_appraisal', 'return', 'withdraw']);
    expect(refusal.message).toContain('SUBMITTED');
    expect(refusal.message).toMatch(/ô/);
    expect(refusal.message).toContain('allowed now: return, open_appraisal, withdraw');
  });

  test('409 in a terminal state lists none', () => {
    const refusal = expectRefusal(
      decideAction(
        snap('NATIONAL', 'SETTLED'),
        { action: 'terminate', actor: ACTORS.cucLeader, reason: 'x', ...DECISION },
        NOW,
      ),
      'ILLEGAL_TRANSITION',
    );
    expect(refusal.allowedActions).toEqual([]);
    expect(refusal.message).toContain('không có / none');
  });

  test('409 hints why register / approve do not exist for the scope', () => {
    const register = expectRefusal(
      decideAction(snap('LOCAL', 'BASE_APPRAISAL'), { action: 'register', actor: ACTORS.deptLeader }, NOW),
      'ILLEGAL_TRANSITION',
    );
    expect(register.message).toContain('only national projects are registered');
    const approve = expectRefusal(
      decideAction(snap('NATIONAL', 'BASE_APPRAISAL'), { action: 'approve', actor: ACTORS.cucLeader }, NOW),
      'ILLEGAL_TRANSITION',
    );
    expect(approve.message).toContain('after ministry appraisal');
    expect(sorted(approve.allowedActions)).toEqual(['register', 'reject', 'return', 'withdraw']);
  });

  test('403: says who may act and lists what this actor may do', () => {
    const refusal = expectRefusal(
      decideAction(snap('LOCAL', 'SUBMITTED'), { action: 'open_appraisal', actor: ACTORS.ownImplementer }, NOW),
      'ROLE_FORBIDDEN',
    );
    expect(refusal.allowedActions).toEqual(['withdraw']);
    expect(refusal.message).toMatch(/ạ|ô|ư/);
    expect(refusal.message).toContain('Đơn vị thực hiện');
    expect(refusal.message).toContain('you may: withdraw');
  });

  test('403 for someone who may do nothing says none', () => {
    const refusal = expectRefusal(
      decideAction(snap('LOCAL', 'IN_PROGRESS'), { action: 'suspend', actor: ACTORS.admin, reason: 'x' }, NOW),
      'ROLE_FORBIDDEN',
    );
    expect(refusal.allowedActions).toEqual([]);
    expect(refusal.message).toContain('none');
  });
});

describe('applyEvent', () => {
  const decideAndApply = (snapshot: ProjectSnapshot, command: ActionCommand): LifecycleStatus =>
    applyEvent(snapshot.status, expectOk(decideAction(snapshot, command, NOW)));

  test('moves the state and takes the event seq; leaves the input untouched', () => {
    const s = snap('LOCAL', 'DRAFT');
    const before = JSON.parse(JSON.stringify(s.status));
    const next = decideAndApply(s, { action: 'submit', actor: ACTORS.ownImplementer });
    expect(next).toEqual({ ...before, state: 'SUBMITTED', seq: before.seq + 1 });
    expect(s.status).toEqual(before);
  });

  test('approve sets approvedSupportVnd (default: the requested support)', () => {
    expect(
      decideAndApply(snap('LOCAL', 'BASE_APPRAISAL'), {
        action: 'approve',
        actor: ACTORS.deptLeader,
        ...DECISION,
        approvedSupportVnd: REQUESTED,
      }),
    ).toMatchObject({ state: 'APPROVED', approvedSupportVnd: REQUESTED });
    expect(
      decideAndApply(snap('NATIONAL', 'MINISTRY_APPRAISAL'), {
        action: 'approve',
        actor: ACTORS.cucLeader,
        ...DECISION,
        approvedSupportVnd: 85_000_000,
      }),
    ).toMatchObject({ state: 'APPROVED', approvedSupportVnd: 85_000_000 });
  });

  test('sign_contract sets the contract', () => {
    const next = decideAndApply(snap('LOCAL', 'APPROVED'), {
      action: 'sign_contract',
      actor: ACTORS.officer,
      contractNo: 'HĐ-09',
      contractDate: '2026-04-01',
    });
    expect(next).toMatchObject({ state: 'CONTRACTED', contract: { contractNo: 'HĐ-09', contractDate: '2026-04-01' } });
  });

  test('accept sets the acceptance and the accepted amount', () => {
    const next = decideAndApply(snap('LOCAL', 'COMPLETED_WORK'), {
      action: 'accept',
      actor: ACTORS.deptLeader,
      minutesNo: 'BB-3',
      minutesDate: '2026-12-01',
      acceptedAmountVnd: 95_000_000,
    });
    expect(next).toMatchObject({
      state: 'ACCEPTED',
      acceptance: { minutesNo: 'BB-3', minutesDate: '2026-12-01' },
      acceptedAmountVnd: 95_000_000,
    });
  });

  test('disbursements add up into advancesVnd and finalPaymentsVnd and keep the state', () => {
    let s = snap('LOCAL', 'CONTRACTED');
    for (const amountVnd of [10_000_000, 15_000_000, 1]) {
      s = {
        ...s,
        status: decideAndApply(s, { action: 'record_disbursement', actor: ACTORS.officer, kind: 'ADVANCE', amountVnd }),
      };
    }
    expect(s.status).toMatchObject({ state: 'CONTRACTED', seq: 10, advancesVnd: 25_000_001, finalPaymentsVnd: 0 });

    let a = snap('LOCAL', 'ACCEPTED');
    for (const amountVnd of [20_000_000, 10_000_000]) {
      a = {
        ...a,
        status: decideAndApply(a, { action: 'record_disbursement', actor: ACTORS.officer, kind: 'FINAL', amountVnd }),
      };
    }
    expect(a.status).toMatchObject({
      state: 'ACCEPTED',
      seq: 9,
      advancesVnd: 70_000_000,
      finalPaymentsVnd: 30_000_000,
    });
  });

  test('works on a hand-written event too (as replayed from the audit trail)', () => {
    const event: LifecycleEvent = {
      seq: 12,
      action: 'record_disbursement',
      fromState: 'IN_PROGRESS',
      toState: 'IN_PROGRESS',
      actor: ACTORS.officer,
      reason: null,
      details: { kind: 'FINAL', amountVnd: 5 },
      occurredAt: NOW,
    };
    expect(applyEvent(statusIn('IN_PROGRESS'), event)).toMatchObject({
      seq: 12,
      finalPaymentsVnd: 5,
      advancesVnd: 30_000_000,
    });
  });
});

describe('full walks with decideAction + applyEvent', () => {
  /** What the province's Department officer may do in each state, by hand from the law, per scope. */
  const OFFICER_MAY: Record<Scope, Partial<Record<ProjectState, ActionName[]>>> = {
    LOCAL: {
      DRAFT: ['submit', 'withdraw'],
      SUBMITTED: ['return', 'open_appraisal', 'withdraw'],
      RETURNED: ['submit', 'withdraw'],
      BASE_APPRAISAL: ['return', 'withdraw'],
      APPROVED: ['sign_contract'],
      CONTRACTED: ['start', 'record_disbursement', 'certify_progress'],
      IN_PROGRESS: ['complete_work', 'record_disbursement', 'certify_progress'],
      ACCEPTED: ['settle', 'record_disbursement'],
      REFUND_PENDING: ['record_refund'],
    },
    NATIONAL: {
      DRAFT: ['submit', 'withdraw'],
      SUBMITTED: ['return', 'open_appraisal', 'withdraw'],
      RETURNED: ['submit', 'withdraw'],
      BASE_APPRAISAL: ['return', 'withdraw'],
      // The officer no longer signs, pays or settles national projects; it may ask for a stop or a carry-over.
      APPROVED: ['request_stop'],
      CONTRACTED: ['start', 'request_stop', 'request_carry_over', 'certify_progress'],
      IN_PROGRESS: ['complete_work', 'request_stop', 'request_carry_over', 'certify_progress'],
      SUSPENDED: ['request_stop', 'request_carry_over'],
      CARRIED_OVER: ['complete_work', 'request_stop', 'certify_progress'],
      COMPLETED_WORK: ['request_stop'],
      ACCEPTED: ['request_stop'],
    },
  };

  type Step = [ActorKind, Omit<ActionCommand, 'actor'>, ProjectState];

  function walk(variant: Variant, steps: Step[], at: string = NOW): ProjectSnapshot {
    const scope = scopeOf(variant);
    const officerMay = (state: ProjectState) => sorted(OFFICER_MAY[scope][state] ?? []);
    let s: ProjectSnapshot = { facts: variantFacts(variant), status: initialStatus() };
    for (const [kind, command, toState] of steps) {
      expect({ state: s.status.state, officerMay: sorted(allowedActionsFor(s, ACTORS.officer)) }).toEqual({
        state: s.status.state,
        officerMay: officerMay(s.status.state),
      });
      expect({ step: command.action, by: kind, may: allowedActionsFor(s, ACTORS[kind]) }).toEqual({
        step: command.action,
        by: kind,
        may: expect.arrayContaining([command.action]),
      });
      const seq = s.status.seq;
      const event = expectOk(decideAction(s, { ...command, actor: ACTORS[kind] } as ActionCommand, at));
      expect(event.toState).toBe(toState);
      s = { ...s, status: applyEvent(s.status, event) };
      expect(s.status.seq).toBe(seq + 1);
    }
    expect(sorted(allowedActionsFor(s, ACTORS.officer))).toEqual(officerMay(s.status.state));
    return s;
  }

  const reason = 'Bổ sung hồ sơ';
  const appraisal: Step[] = [
    ['ownImplementer', { action: 'submit' }, 'SUBMITTED'],
    ['officer', { action: 'return', reason }, 'RETURNED'],
    ['ownImplementer', { action: 'submit' }, 'SUBMITTED'],
    ['officer', { action: 'open_appraisal' }, 'BASE_APPRAISAL'],
  ];
  const nationalApproval: Step[] = [
    ...appraisal,
    ['deptLeader', { action: 'register' }, 'REGISTERED'],
    ['cucOfficer', { action: 'open_ministry_appraisal' }, 'MINISTRY_APPRAISAL'],
    ['cucLeader', { action: 'approve', ...DECISION, approvedSupportVnd: 90_000_000 }, 'APPROVED'],
  ];
  const localApproval = (approver: ActorKind): Step[] => [
    ...appraisal,
    [approver, { action: 'approve', ...DECISION, approvedSupportVnd: 90_000_000 }, 'APPROVED'],
  ];
  /** Who signs, pays and settles (the Cục for national projects), who suspends and accepts. */
  const execution = (payer: ActorKind, leader: ActorKind, acceptor: ActorKind): Step[] => [
    [payer, { action: 'sign_contract', contractNo: 'HĐ-15/2026', contractDate: '2026-04-02' }, 'CONTRACTED'],
    [payer, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 40_000_000 }, 'CONTRACTED'],
    ['ownImplementer', { action: 'start' }, 'IN_PROGRESS'],
    [payer, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 23_000_000 }, 'IN_PROGRESS'],
    [leader, { action: 'suspend', reason: 'Chậm tiến độ' }, 'SUSPENDED'],
    [leader, { action: 'resume' }, 'IN_PROGRESS'],
    ['ownImplementer', { action: 'complete_work' }, 'COMPLETED_WORK'],
    ['deptLeader', { action: 'request_rework', reason: 'Thiếu 5 học viên' }, 'IN_PROGRESS'],
    ['officer', { action: 'complete_work' }, 'COMPLETED_WORK'],
    [
      acceptor,
      { action: 'accept', minutesNo: 'BB-NT-15', minutesDate: '2026-11-25', acceptedAmountVnd: 88_000_000 },
      'ACCEPTED',
    ],
    [payer, { action: 'record_disbursement', kind: 'FINAL', amountVnd: 25_000_000 }, 'ACCEPTED'],
    [payer, { action: 'settle' }, 'SETTLED'],
  ];
  const settledStatus = (steps: number): LifecycleStatus => ({
    state: 'SETTLED',
    seq: 1 + steps,
    approvedSupportVnd: 90_000_000,
    acceptedAmountVnd: 88_000_000,
    advancesVnd: 63_000_000,
    finalPaymentsVnd: 25_000_000,
    contract: { contractNo: 'HĐ-15/2026', contractDate: '2026-04-02' },
    acceptance: { minutesNo: 'BB-NT-15', minutesDate: '2026-11-25' },
  });

  test('NATIONAL: DRAFT → registered by the Department → appraised and contracted by the Cục → SETTLED', () => {
    const steps = [...nationalApproval, ...execution('cucOfficer', 'cucLeader', 'deptLeader')];
    expect(walk('NATIONAL', steps).status).toEqual(settledStatus(steps.length));
  });

  test('LOCAL: DRAFT → approved by the Department leader → SETTLED in the province', () => {
    const steps = [...localApproval('deptLeader'), ...execution('officer', 'deptLeader', 'deptLeader')];
    expect(walk('LOCAL', steps).status).toEqual(settledStatus(steps.length));
  });

  test('LOCAL where the regulation names the UBND: approved by the UBND leader, the rest in the Department', () => {
    const steps = [...localApproval('ubndLeader'), ...execution('officer', 'deptLeader', 'deptLeader')];
    expect(walk('LOCAL_UBND', steps).status).toEqual(settledStatus(steps.length));
  });

  test('LOCAL: terminated after approval by its approver, straight to TERMINATED without advances', () => {
    expect(
      walk('LOCAL', [
        ...localApproval('deptLeader'),
        ['deptLeader', { action: 'terminate', reason: 'Không đủ vốn đối ứng', ...DECISION }, 'TERMINATED'],
      ]).status.state,
    ).toBe('TERMINATED');
    expect(
      walk('LOCAL_UBND', [
        ...localApproval('ubndLeader'),
        ['ubndLeader', { action: 'terminate', reason: 'Không đủ vốn đối ứng', ...DECISION }, 'TERMINATED'],
      ]).status.state,
    ).toBe('TERMINATED');
  });

  test('LOCAL: terminated with an unused advance → REFUND_PENDING → the officer records the refund', () => {
    const end = walk('LOCAL', [
      ...localApproval('deptLeader'),
      ['officer', { action: 'sign_contract', contractNo: 'HĐ-2', contractDate: '2026-04-02' }, 'CONTRACTED'],
      ['officer', { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 20_000_000 }, 'CONTRACTED'],
      ['deptLeader', { action: 'terminate', reason: 'Đơn vị giải thể', ...DECISION }, 'REFUND_PENDING'],
      ['officer', { action: 'record_refund', amountVnd: 20_000_000 }, 'TERMINATED'],
    ]);
    expect(end.status).toMatchObject({ state: 'TERMINATED', advancesVnd: 20_000_000, refundedVnd: 20_000_000 });
  });

  test('NATIONAL: stop asked by the unit, decided by the Minister, advance refunded to the Cục', () => {
    const end = walk('NATIONAL', [
      ...nationalApproval,
      ['cucOfficer', { action: 'sign_contract', contractNo: 'HĐ-3', contractDate: '2026-04-02' }, 'CONTRACTED'],
      ['cucOfficer', { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 50_000_000 }, 'CONTRACTED'],
      ['ownImplementer', { action: 'start' }, 'IN_PROGRESS'],
      ['ownImplementer', { action: 'request_stop', reason: 'Bên hưởng thụ rút lui' }, 'SUSPENSION_REQUESTED'],
      ['minister', { action: 'decide_stop', decisionNo: '88/QĐ-BCT', decisionDate: '2026-05-01' }, 'REFUND_PENDING'],
      ['cucLeader', { action: 'record_refund', amountVnd: 50_000_000 }, 'TERMINATED'],
    ]);
    expect(end.status).toMatchObject({ state: 'TERMINATED', resumeState: null, refundedVnd: 50_000_000 });
  });

  test('NATIONAL: left out of the plan, or rejected at ministry appraisal; withdrawn before registration', () => {
    walk('NATIONAL', [
      ...appraisal,
      ['deptLeader', { action: 'register' }, 'REGISTERED'],
      ['minister', { action: 'not_select', reason: 'Vượt dự toán' }, 'NOT_SELECTED'],
    ]);
    walk('NATIONAL', [
      ...appraisal,
      ['deptLeader', { action: 'register' }, 'REGISTERED'],
      ['cucOfficer', { action: 'open_ministry_appraisal' }, 'MINISTRY_APPRAISAL'],
      ['cucLeader', { action: 'reject', reason: 'Trùng nội dung' }, 'REJECTED'],
    ]);
    walk('NATIONAL', [...appraisal, ['ownImplementer', { action: 'withdraw' }, 'WITHDRAWN']]);
    walk('LOCAL', [...appraisal, ['deptLeader', { action: 'reject', reason: 'Không phù hợp' }, 'REJECTED']]);
  });

  test('NATIONAL: carried over into the next year by the Minister, then completed and accepted', () => {
    const end = walk('NATIONAL', [
      ...nationalApproval,
      ['cucOfficer', { action: 'sign_contract', contractNo: 'HĐ-4', contractDate: '2026-04-02' }, 'CONTRACTED'],
      ['ownImplementer', { action: 'start' }, 'IN_PROGRESS'],
      ['deptLeader', { action: 'request_carry_over', reason: 'Mưa lũ kéo dài' }, 'CARRY_OVER_REQUESTED'],
      ['minister', { action: 'approve_carry_over', ...DECISION }, 'CARRIED_OVER'],
      ['cucOfficer', { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 10_000_000 }, 'CARRIED_OVER'],
      ['ownImplementer', { action: 'complete_work' }, 'COMPLETED_WORK'],
      ['deptLeader', { action: 'accept', minutesNo: 'BB-9', minutesDate: '2026-05-02' }, 'ACCEPTED'],
    ]);
    expect(end.status).toMatchObject({ state: 'ACCEPTED', resumeState: null, acceptedAmountVnd: 90_000_000 });
  });
});

describe('the national path by TT 36: who may take each new step', () => {
  const forbidden = (decision: Decision, ...whoMay: string[]) => {
    const refusal = expectRefusal(decision, 'ROLE_FORBIDDEN');
    expectBilingual(refusal.message);
    for (const name of whoMay) expect(refusal.message).toContain(name);
    return refusal;
  };

  test('register: the Department leader sends the list (BASE_APPRAISAL → REGISTERED); not the Cục, not the officer', () => {
    const s = snap('NATIONAL', 'BASE_APPRAISAL');
    expect(expectOk(decideAction(s, { action: 'register', actor: ACTORS.deptLeader }, NOW)).toState).toBe('REGISTERED');
    forbidden(decideAction(s, { action: 'register', actor: ACTORS.cucLeader }, NOW), 'lãnh đạo Sở Công Thương');
    forbidden(decideAction(s, { action: 'register', actor: ACTORS.officer }, NOW));
    forbidden(decideAction(s, { action: 'register', actor: ACTORS.otherDeptLeader }, NOW));
  });

  test('open_ministry_appraisal: the Cục (officer or leader); the Department cannot', () => {
    const s = snap('NATIONAL', 'REGISTERED');
    for (const kind of ['cucOfficer', 'cucLeader'] as const) {
      expect(expectOk(decideAction(s, { action: 'open_ministry_appraisal', actor: ACTORS[kind] }, NOW)).toState).toBe(
        'MINISTRY_APPRAISAL',
      );
    }
    forbidden(decideAction(s, { action: 'open_ministry_appraisal', actor: ACTORS.deptLeader }, NOW), 'chuyên viên Cục');
  });

  test('approve national: the Cục leader enters the Minister’s decision, recorded on behalf of the Minister', () => {
    const s = snap('NATIONAL', 'MINISTRY_APPRAISAL');
    const command = { action: 'approve' as const, ...DECISION, approvedSupportVnd: 95_000_000 };
    const byCuc = expectOk(decideAction(s, { ...command, actor: ACTORS.cucLeader }, NOW));
    expect(byCuc.details).toEqual({ approvedSupportVnd: 95_000_000, ...DECISION, onBehalfOf: 'MINISTER' });
    const byMinister = expectOk(decideAction(s, { ...command, actor: ACTORS.minister }, NOW));
    expect(byMinister.details).toEqual({ approvedSupportVnd: 95_000_000, ...DECISION });
    forbidden(decideAction(s, { ...command, actor: ACTORS.cucOfficer }, NOW), 'lãnh đạo Cục', 'Bộ trưởng');
    forbidden(decideAction(s, { ...command, actor: ACTORS.deptLeader }, NOW));
  });

  test('approve local: never recorded on behalf of the Minister', () => {
    const event = expectOk(
      decideAction(
        snap('LOCAL', 'BASE_APPRAISAL'),
        { action: 'approve', actor: ACTORS.deptLeader, ...DECISION, approvedSupportVnd: REQUESTED },
        NOW,
      ),
    );
    expect(event.details).not.toHaveProperty('onBehalfOf');
  });

  test('sign_contract national: the Cục only; the province officer is refused, told the Cục officer or leader may', () => {
    const s = snap('NATIONAL', 'APPROVED');
    const contract = { action: 'sign_contract' as const, contractNo: 'HĐ-1', contractDate: '2026-04-01' };
    const refusal = forbidden(
      decideAction(s, { ...contract, actor: ACTORS.officer }, NOW),
      'chuyên viên Cục',
      'lãnh đạo Cục',
      'a Cục officer',
    );
    expect(refusal.message).toContain('Chuyên viên Sở Công Thương');
    expect(refusal.allowedActions).toEqual(['request_stop']);
    expect(expectOk(decideAction(s, { ...contract, actor: ACTORS.cucOfficer }, NOW)).toState).toBe('CONTRACTED');
    expect(expectOk(decideAction(s, { ...contract, actor: ACTORS.cucLeader }, NOW)).toState).toBe('CONTRACTED');
    // and locally it is still the province officer's
    expect(expectOk(decideAction(snap('LOCAL', 'APPROVED'), { ...contract, actor: ACTORS.officer }, NOW)).toState).toBe(
      'CONTRACTED',
    );
    forbidden(decideAction(snap('LOCAL', 'APPROVED'), { ...contract, actor: ACTORS.cucOfficer }, NOW));
  });

  test('a national project cannot be terminated: it stops through request_stop, decided by the Minister', () => {
    const refusal = expectRefusal(
      decideAction(
        snap('NATIONAL', 'IN_PROGRESS'),
        { action: 'terminate', actor: ACTORS.minister, reason: 'x', ...DECISION },
        NOW,
      ),
      'ILLEGAL_TRANSITION',
    );
    expect(refusal.message).toContain('request_stop');
    expect(refusal.allowedActions).toContain('request_stop');
  });

  describe('request_stop → decide_stop / refuse_stop, with the state to return to', () => {
    const decideAndApply = (s: ProjectSnapshot, command: ActionCommand): ProjectSnapshot => ({
      ...s,
      status: applyEvent(s.status, expectOk(decideAction(s, command, NOW))),
    });

    test.each<[ProjectState, ActorKind]>([
      ['IN_PROGRESS', 'ownImplementer'],
      ['SUSPENDED', 'officer'],
      ['CONTRACTED', 'deptLeader'],
      ['COMPLETED_WORK', 'cucOfficer'],
      ['CARRIED_OVER', 'cucLeader'],
    ])('from %s asked by %s, refused by the Minister: back where it was', (from, requester) => {
      const start = snap('NATIONAL', from, { resumeState: null });
      const requested = decideAndApply(start, { action: 'request_stop', actor: ACTORS[requester], reason: 'Vi phạm' });
      expect(requested.status).toMatchObject({ state: 'SUSPENSION_REQUESTED', resumeState: from });
      expect(allowedActionsFor(requested, ACTORS.minister).sort()).toEqual(['decide_stop', 'refuse_stop']);
      expect(allowedActionsFor(requested, ACTORS.cucLeader)).toEqual([]);
      forbidden(
        decideAction(requested, { action: 'decide_stop', actor: ACTORS.cucLeader, ...DECISION }, NOW),
        'Bộ trưởng',
      );
      const refused = decideAndApply(requested, { action: 'refuse_stop', actor: ACTORS.minister, reason: 'Tiếp tục' });
      expect(refused.status).toMatchObject({ state: from, resumeState: null });
    });

    test('supervisors, collaborators, the UBND and another province may not ask', () => {
      const s = snap('NATIONAL', 'IN_PROGRESS');
      for (const kind of ['provinceSupervisor', 'collaborator', 'ubndLeader', 'otherOfficer', 'minister'] as const) {
        forbidden(decideAction(s, { action: 'request_stop', actor: ACTORS[kind], reason: 'x' }, NOW));
      }
    });

    test('decided without unused advances: TERMINATED at once', () => {
      const s = snap('NATIONAL', 'SUSPENSION_REQUESTED', { advancesVnd: 0, resumeState: 'APPROVED' });
      const next = decideAndApply(s, { action: 'decide_stop', actor: ACTORS.minister, ...DECISION });
      expect(next.status).toMatchObject({ state: 'TERMINATED', resumeState: null });
    });

    test('decided with an unused advance: REFUND_PENDING, and the refund must equal it', () => {
      const s = snap('NATIONAL', 'SUSPENSION_REQUESTED');
      const pending = decideAndApply(s, { action: 'decide_stop', actor: ACTORS.minister, ...DECISION });
      expect(pending.status).toMatchObject({ state: 'REFUND_PENDING', resumeState: null, advancesVnd: ADVANCED });
      expect(actionsInState(pending)).toEqual(['record_refund']);
      for (const amountVnd of [ADVANCED - 1, ADVANCED + 1, 1]) {
        const refusal = expectRefusal(
          decideAction(pending, { action: 'record_refund', actor: ACTORS.cucOfficer, amountVnd }, NOW),
          'RULE_VIOLATION',
        );
        expect(refusal.message).toContain('30.000.000');
        expectBilingual(refusal.message);
      }
      expectRefusal(
        decideAction(pending, { action: 'record_refund', actor: ACTORS.cucOfficer, amountVnd: 0 }, NOW),
        'INVALID_COMMAND',
      );
      forbidden(decideAction(pending, { action: 'record_refund', actor: ACTORS.officer, amountVnd: ADVANCED }, NOW));
      const closed = decideAndApply(pending, {
        action: 'record_refund',
        actor: ACTORS.cucOfficer,
        amountVnd: ADVANCED,
      });
      expect(closed.status).toMatchObject({ state: 'TERMINATED', refundedVnd: ADVANCED });
    });

    test('the unused advance is what accepted work does not cover', () => {
      // accepted 20 of an advance of 30: 10 to refund
      const s = snap('NATIONAL', 'REFUND_PENDING', { acceptedAmountVnd: 20_000_000 });
      expectRefusal(
        decideAction(s, { action: 'record_refund', actor: ACTORS.cucOfficer, amountVnd: ADVANCED }, NOW),
        'RULE_VIOLATION',
      );
      expectOk(decideAction(s, { action: 'record_refund', actor: ACTORS.cucOfficer, amountVnd: 10_000_000 }, NOW));
    });
  });

  test('carry-over refused by the Minister returns to where it was asked from', () => {
    const s = snap('NATIONAL', 'CARRY_OVER_REQUESTED', { resumeState: 'CONTRACTED' });
    const event = expectOk(
      decideAction(s, { action: 'refuse_carry_over', actor: ACTORS.minister, reason: 'Không' }, NOW),
    );
    expect(event.toState).toBe('CONTRACTED');
    expect(applyEvent(s.status, event).resumeState).toBeNull();
    // A status recorded before requests carried resumeState goes back to IN_PROGRESS.
    const old = snap('NATIONAL', 'CARRY_OVER_REQUESTED', { resumeState: undefined });
    expect(
      expectOk(decideAction(old, { action: 'refuse_carry_over', actor: ACTORS.minister, reason: 'Không' }, NOW))
        .toState,
    ).toBe('IN_PROGRESS');
  });

  describe('settle_on_minutes: only after 22/01 of the year after acceptance (Vietnam time)', () => {
    const accepted = snap('NATIONAL', 'ACCEPTED', { acceptance: { minutesNo: 'BB-1', minutesDate: '2026-11-20' } });
    const settle = (at: string, kind: ActorKind = 'cucOfficer') =>
      decideAction(accepted, { action: 'settle_on_minutes', actor: ACTORS[kind], reason: 'Đơn vị quá hạn' }, at);

    test.each([
      ['during the year of acceptance', '2026-12-31T16:59:59.000Z'],
      ['on 22/01 morning', '2027-01-22T01:00:00.000Z'],
      ['on 22/01 at 23:59 in Hà Nội', '2027-01-22T16:59:00.000Z'],
    ])('refused %s', (_label, at) => {
      const refusal = expectRefusal(settle(at), 'RULE_VIOLATION');
      expect(refusal.message).toContain('22/01/2027');
      expectBilingual(refusal.message);
    });

    test.each([
      ['from 00:00 on 23/01 in Hà Nội', '2027-01-22T17:00:00.000Z'],
      ['months later', '2027-06-01T03:00:00.000Z'],
    ])('allowed %s', (_label, at) => {
      const event = expectOk(settle(at));
      expect(event.toState).toBe('SETTLED');
      expect(event.reason).toBe('Đơn vị quá hạn');
    });

    test('the Cục alone: the Department officer and leader are refused; local projects have no such step', () => {
      forbidden(settle('2027-02-01T03:00:00.000Z', 'officer'), 'chuyên viên Cục');
      forbidden(settle('2027-02-01T03:00:00.000Z', 'deptLeader'));
      const local = snap('LOCAL', 'ACCEPTED', { acceptance: { minutesNo: 'BB-1', minutesDate: '2026-11-20' } });
      const refusal = expectRefusal(
        decideAction(
          local,
          { action: 'settle_on_minutes', actor: ACTORS.officer, reason: 'x' },
          '2027-02-01T03:00:00Z',
        ),
        'ILLEGAL_TRANSITION',
      );
      expect(refusal.message).toContain('only for national projects');
    });
  });

  describe('local approval follows the province regulation (facts.localApprover)', () => {
    const approve = (variant: Variant, kind: ActorKind) =>
      decideAction(
        snap(variant, 'BASE_APPRAISAL'),
        { action: 'approve', actor: ACTORS[kind], ...DECISION, approvedSupportVnd: REQUESTED },
        NOW,
      );

    test('UBND: the UBND leader of the province approves; the Department leader is refused, told who may', () => {
      expect(expectOk(approve('LOCAL_UBND', 'ubndLeader')).toState).toBe('APPROVED');
      // Named for this project: its province's People's Committee, not "the Department or the UBND".
      const refusal = forbidden(
        approve('LOCAL_UBND', 'deptLeader'),
        'người được phép: lãnh đạo UBND thành phố Hà Nội.',
      );
      expect(refusal.message).not.toContain('theo quy chế của tỉnh');
      forbidden(approve('LOCAL_UBND', 'otherUbndLeader'));
    });

    test('DEPARTMENT (the default, also when absent): the Department leader; the UBND leader is refused', () => {
      expect(expectOk(approve('LOCAL', 'deptLeader')).toState).toBe('APPROVED');
      forbidden(approve('LOCAL', 'ubndLeader'), 'lãnh đạo Sở Công Thương');
      const explicit: ProjectSnapshot = {
        facts: makeFacts('LOCAL', { localApprover: 'DEPARTMENT' }),
        status: statusIn('BASE_APPRAISAL'),
      };
      expectOk(
        decideAction(
          explicit,
          { action: 'approve', actor: ACTORS.deptLeader, ...DECISION, approvedSupportVnd: 1 },
          NOW,
        ),
      );
    });

    test('the UBND approves and terminates, the Department still appraises, rejects, signs and accepts', () => {
      expect(allowedActionsFor(snap('LOCAL_UBND', 'BASE_APPRAISAL'), ACTORS.deptLeader)).toEqual(['reject']);
      expect(allowedActionsFor(snap('LOCAL_UBND', 'CONTRACTED'), ACTORS.ubndLeader)).toEqual(['terminate']);
      expect(sorted(allowedActionsFor(snap('LOCAL_UBND', 'COMPLETED_WORK'), ACTORS.deptLeader))).toEqual([
        'accept',
        'accept_work_done',
        'request_rework',
      ]);
    });
  });
});
