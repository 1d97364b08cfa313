/**
 * The lifecycle transition table (issue #2, section 3), checked cell by cell.
 *
 * The expected table below is written out by hand from the issue; it never reads TRANSITIONS,
 * so a slip in transitions.ts shows up as a failing cell rather than being copied into the test.
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

const STATES: readonly ProjectState[] = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'BASE_APPRAISAL',
  'MINISTRY_APPRAISAL',
  'APPROVED',
  'REJECTED',
  'CONTRACTED',
  'IN_PROGRESS',
  'SUSPENDED',
  'COMPLETED_WORK',
  'ACCEPTED',
  'SETTLED',
  'TERMINATED',
  'WITHDRAWN',
];
const TERMINAL: readonly ProjectState[] = ['REJECTED', 'SETTLED', 'TERMINATED', 'WITHDRAWN'];
const SCOPE_LIST: readonly Scope[] = ['NATIONAL', 'LOCAL'];

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

const FROM_APPROVED: readonly ProjectState[] = [
  'APPROVED',
  'CONTRACTED',
  'IN_PROGRESS',
  'SUSPENDED',
  'COMPLETED_WORK',
  'ACCEPTED',
  'SETTLED',
  'TERMINATED',
];

/** A status that is plausible for the state: money and documents as the lifecycle would have left them. */
function statusIn(state: ProjectState, overrides: Partial<LifecycleStatus> = {}): LifecycleStatus {
  const status: LifecycleStatus = { ...initialStatus(), state, seq: 7 };
  if (FROM_APPROVED.includes(state)) status.approvedSupportVnd = REQUESTED;
  if (FROM_APPROVED.includes(state) && state !== 'APPROVED') {
    status.contract = { contractNo: 'HĐ-01/2026/KC', contractDate: '2026-03-05' };
  }
  if (['IN_PROGRESS', 'SUSPENDED', 'COMPLETED_WORK'].includes(state)) status.advancesVnd = 30_000_000;
  if (state === 'ACCEPTED' || state === 'SETTLED') {
    status.acceptedAmountVnd = REQUESTED;
    status.acceptance = { minutesNo: 'BB-NT-01/2026', minutesDate: '2026-11-20' };
    status.advancesVnd = 70_000_000;
  }
  if (state === 'SETTLED') status.finalPaymentsVnd = 30_000_000;
  return { ...status, ...overrides };
}

function snap(scope: Scope, state: ProjectState, overrides: Partial<LifecycleStatus> = {}): ProjectSnapshot {
  return { facts: makeFacts(scope), status: statusIn(state, overrides) };
}

const ACTOR_KINDS = [
  'ownImplementer',
  'otherImplementer',
  'officer',
  'otherOfficer',
  'provinceApprover',
  'otherApprover',
  'nationalApprover',
  'provinceSupervisor',
  'nationalSupervisor',
  'admin',
] as const;
type ActorKind = (typeof ACTOR_KINDS)[number];

const ACTORS: Record<ActorKind, Actor> = {
  ownImplementer: { userId: 'u-impl', email: OWN_EMAIL, role: 'implementer', provinceCode: PROVINCE },
  otherImplementer: { userId: 'u-impl2', email: 'cs.gomsu@example.vn', role: 'implementer', provinceCode: PROVINCE },
  officer: { userId: 'u-off', email: 'canbo.kc@hanoi.gov.vn', role: 'officer', provinceCode: PROVINCE },
  otherOfficer: { userId: 'u-off2', email: 'canbo.kc@bacninh.gov.vn', role: 'officer', provinceCode: OTHER_PROVINCE },
  provinceApprover: { userId: 'u-app', email: 'giamdoc@hanoi.gov.vn', role: 'approver', provinceCode: PROVINCE },
  otherApprover: { userId: 'u-app2', email: 'giamdoc@bacninh.gov.vn', role: 'approver', provinceCode: OTHER_PROVINCE },
  nationalApprover: { userId: 'u-nat', email: 'cuc.ctdp@moit.gov.vn', role: 'approver', provinceCode: null },
  provinceSupervisor: { userId: 'u-sup', email: 'thanhtra@hanoi.gov.vn', role: 'supervisor', provinceCode: PROVINCE },
  nationalSupervisor: { userId: 'u-sup2', email: 'thanhtra@moit.gov.vn', role: 'supervisor', provinceCode: null },
  admin: { userId: 'u-admin', email: 'admin@khuyencong.vn', role: 'admin', provinceCode: null },
};

const DECISION = { decisionNo: '125/QĐ-SCT', decisionDate: '2026-05-01' };

/** A command carrying every field the action needs, with values that pass the money rules of `snap`. */
function fullCommand(action: ActionName, actor: Actor, state: ProjectState): ActionCommand {
  switch (action) {
    case 'return':
    case 'reject':
    case 'suspend':
    case 'request_rework':
      return { action, actor, reason: 'Hồ sơ thiếu dự toán chi tiết' };
    case 'terminate':
      return { action, actor, reason: 'Hồ sơ thiếu dự toán chi tiết', ...DECISION };
    case 'approve':
      return { action, actor, ...DECISION, approvedSupportVnd: REQUESTED };
    case 'sign_contract':
      return { action, actor, contractNo: 'HĐ-01/2026/KC', contractDate: '2026-03-05' };
    case 'accept':
      return { action, actor, minutesNo: 'BB-NT-01/2026', minutesDate: '2026-11-20' };
    case 'record_disbursement':
      return { action, actor, kind: state === 'ACCEPTED' ? 'FINAL' : 'ADVANCE', amountVnd: 10_000_000 };
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
// The expected table, from the issue (with the interpretation agreed in the brief)
// ---------------------------------------------------------------------------------------------

type Need = 'reason' | 'contract' | 'minutes' | 'disbursement' | 'decision';
interface ExpectedRule {
  from: (scope: Scope) => readonly ProjectState[];
  to: ProjectState | 'same';
  who: (scope: Scope, state: ProjectState) => readonly ActorKind[];
  needs: readonly Need[];
}

const IMPLEMENTER_OR_OFFICER: readonly ActorKind[] = ['ownImplementer', 'officer'];
const OFFICER_ONLY: readonly ActorKind[] = ['officer'];
/** Plain "approver": the approver of the project's province, or a national approver. */
const ANY_APPROVER: readonly ActorKind[] = ['provinceApprover', 'nationalApprover'];
/** approve / terminate: the province approver for local projects, a national approver for national ones. */
const DECIDER = (scope: Scope): readonly ActorKind[] =>
  scope === 'LOCAL' ? ['provinceApprover'] : ['nationalApprover'];
const always =
  (...states: ProjectState[]) =>
  (): readonly ProjectState[] =>
    states;

const EXPECTED: Record<ActionName, ExpectedRule> = {
  submit: { from: always('DRAFT', 'RETURNED'), to: 'SUBMITTED', who: () => IMPLEMENTER_OR_OFFICER, needs: [] },
  return: { from: always('SUBMITTED', 'BASE_APPRAISAL'), to: 'RETURNED', who: () => OFFICER_ONLY, needs: ['reason'] },
  open_appraisal: { from: always('SUBMITTED'), to: 'BASE_APPRAISAL', who: () => OFFICER_ONLY, needs: [] },
  register: {
    from: (scope) => (scope === 'NATIONAL' ? ['BASE_APPRAISAL'] : []),
    to: 'MINISTRY_APPRAISAL',
    who: () => ANY_APPROVER,
    needs: [],
  },
  approve: {
    from: (scope) => (scope === 'LOCAL' ? ['BASE_APPRAISAL'] : ['MINISTRY_APPRAISAL']),
    to: 'APPROVED',
    who: (scope) => DECIDER(scope),
    needs: ['decision'],
  },
  reject: {
    from: always('BASE_APPRAISAL', 'MINISTRY_APPRAISAL'),
    to: 'REJECTED',
    who: (_scope, state) => (state === 'BASE_APPRAISAL' ? ['provinceApprover'] : ['nationalApprover']),
    needs: ['reason'],
  },
  sign_contract: { from: always('APPROVED'), to: 'CONTRACTED', who: () => OFFICER_ONLY, needs: ['contract'] },
  start: { from: always('CONTRACTED'), to: 'IN_PROGRESS', who: () => IMPLEMENTER_OR_OFFICER, needs: [] },
  suspend: { from: always('IN_PROGRESS'), to: 'SUSPENDED', who: () => ANY_APPROVER, needs: ['reason'] },
  resume: { from: always('SUSPENDED'), to: 'IN_PROGRESS', who: () => ANY_APPROVER, needs: [] },
  complete_work: {
    from: always('IN_PROGRESS'),
    to: 'COMPLETED_WORK',
    who: () => IMPLEMENTER_OR_OFFICER,
    needs: [],
  },
  request_rework: { from: always('COMPLETED_WORK'), to: 'IN_PROGRESS', who: () => ANY_APPROVER, needs: ['reason'] },
  accept: { from: always('COMPLETED_WORK'), to: 'ACCEPTED', who: () => ANY_APPROVER, needs: ['minutes'] },
  settle: { from: always('ACCEPTED'), to: 'SETTLED', who: () => OFFICER_ONLY, needs: [] },
  terminate: {
    // "any non-terminal state from APPROVED on"
    from: always('APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED_WORK', 'ACCEPTED'),
    to: 'TERMINATED',
    who: (scope) => DECIDER(scope),
    needs: ['reason', 'decision'],
  },
  withdraw: {
    from: always('DRAFT', 'SUBMITTED', 'RETURNED', 'BASE_APPRAISAL'),
    to: 'WITHDRAWN',
    who: () => IMPLEMENTER_OR_OFFICER,
    needs: [],
  },
  record_disbursement: {
    from: always('CONTRACTED', 'IN_PROGRESS', 'ACCEPTED'),
    to: 'same',
    who: () => OFFICER_ONLY,
    needs: ['disbursement'],
  },
};
const ALL_ACTIONS = Object.keys(EXPECTED) as ActionName[];

function expectedInState(scope: Scope, state: ProjectState): ActionName[] {
  return ALL_ACTIONS.filter((a) => EXPECTED[a].from(scope).includes(state));
}
function expectedAllowed(scope: Scope, state: ProjectState, kind: ActorKind): ActionName[] {
  return expectedInState(scope, state).filter((a) => EXPECTED[a].who(scope, state).includes(kind));
}

/** The state the `snap` fixture needs for a legal cell (settle needs the money to add up). */
function cellSnapshot(scope: Scope, state: ProjectState, action: ActionName): ProjectSnapshot {
  if (action === 'settle' && state === 'ACCEPTED') return snap(scope, state, { finalPaymentsVnd: 30_000_000 });
  return snap(scope, state);
}

// ---------------------------------------------------------------------------------------------

describe('vocabulary', () => {
  test('the states are the 15 of the issue, in order, four of them terminal', () => {
    expect([...PROJECT_STATES]).toEqual(STATES);
    expect(sorted(TERMINAL_STATES)).toEqual(sorted(TERMINAL));
    for (const s of STATES) expect(isTerminal(s)).toBe(TERMINAL.includes(s));
  });

  test('the actions are those of the table', () => {
    expect(sorted(ACTIONS)).toEqual(sorted(ALL_ACTIONS));
  });

  test.each(TERMINAL.flatMap((state) => SCOPE_LIST.map((scope) => ({ scope, state }))))(
    'terminal $state ($scope) allows nothing at all',
    ({ scope, state }) => {
      expect(actionsInState(snap(scope, state))).toEqual([]);
      for (const kind of ACTOR_KINDS) expect(allowedActionsFor(snap(scope, state), ACTORS[kind])).toEqual([]);
    },
  );
});

describe('actionsInState / allowedActionsFor match the table', () => {
  const cases = SCOPE_LIST.flatMap((scope) => STATES.map((state) => ({ scope, state })));
  test.each(cases)('$scope $state', ({ scope, state }) => {
    const s = snap(scope, state);
    expect(sorted(actionsInState(s))).toEqual(sorted(expectedInState(scope, state)));
    for (const kind of ACTOR_KINDS) {
      expect({ kind, allowed: sorted(allowedActionsFor(s, ACTORS[kind])) }).toEqual({
        kind,
        allowed: sorted(expectedAllowed(scope, state, kind)),
      });
    }
  });
});

describe('decideAction: every cell of the table (action × state × actor × scope)', () => {
  interface Cell {
    scope: Scope;
    state: ProjectState;
    action: ActionName;
    actor: ActorKind;
    expected: string;
  }
  const cells: Cell[] = [];
  for (const scope of SCOPE_LIST) {
    for (const state of STATES) {
      for (const action of ALL_ACTIONS) {
        for (const actor of ACTOR_KINDS) {
          const rule = EXPECTED[action];
          let expected: string;
          if (!rule.from(scope).includes(state)) expected = REFUSAL_CODES.ILLEGAL_TRANSITION;
          else if (!rule.who(scope, state).includes(actor)) expected = REFUSAL_CODES.ROLE_FORBIDDEN;
          else expected = `ok → ${rule.to === 'same' ? state : rule.to}`;
          cells.push({ scope, state, action, actor, expected });
        }
      }
    }
  }

  test('the grid is complete: 17 actions × 15 states × 10 actors × 2 scopes', () => {
    expect(cells).toHaveLength(17 * 15 * 10 * 2);
  });

  test.each(cells)('$scope $state: $action by $actor → $expected', ({ scope, state, action, actor, expected }) => {
    const snapshot = cellSnapshot(scope, state, action);
    const who = ACTORS[actor];
    const rule = EXPECTED[action];
    const decision = decideAction(snapshot, fullCommand(action, who, state), NOW);
    const bare = decideAction(snapshot, { action, actor: who }, NOW);

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

    const mine = expectedAllowed(scope, state, actor);
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
      toState: rule.to === 'same' ? state : rule.to,
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

describe('required fields', () => {
  const REASON_ACTIONS: Array<{ action: ActionName; state: ProjectState; scope: Scope; actor: ActorKind }> = [
    { action: 'return', state: 'SUBMITTED', scope: 'LOCAL', actor: 'officer' },
    { action: 'reject', state: 'BASE_APPRAISAL', scope: 'LOCAL', actor: 'provinceApprover' },
    { action: 'reject', state: 'MINISTRY_APPRAISAL', scope: 'NATIONAL', actor: 'nationalApprover' },
    { action: 'suspend', state: 'IN_PROGRESS', scope: 'LOCAL', actor: 'provinceApprover' },
    { action: 'request_rework', state: 'COMPLETED_WORK', scope: 'NATIONAL', actor: 'nationalApprover' },
    { action: 'terminate', state: 'CONTRACTED', scope: 'LOCAL', actor: 'provinceApprover' },
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
      decideAction(s, { action: 'accept', actor: ACTORS.provinceApprover, ...fields }, NOW);

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
        { action: 'terminate', actor: ACTORS.nationalApprover, reason: 'x', ...DECISION },
        NOW,
      ),
      'ILLEGAL_TRANSITION',
    );
    expect(refusal.allowedActions).toEqual([]);
    expect(refusal.message).toContain('không có / none');
  });

  test('409 hints why register / approve do not exist for the scope', () => {
    const register = expectRefusal(
      decideAction(snap('LOCAL', 'BASE_APPRAISAL'), { action: 'register', actor: ACTORS.provinceApprover }, NOW),
      'ILLEGAL_TRANSITION',
    );
    expect(register.message).toContain('only national projects are registered');
    const approve = expectRefusal(
      decideAction(snap('NATIONAL', 'BASE_APPRAISAL'), { action: 'approve', actor: ACTORS.nationalApprover }, NOW),
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
        actor: ACTORS.provinceApprover,
        ...DECISION,
        approvedSupportVnd: REQUESTED,
      }),
    ).toMatchObject({ state: 'APPROVED', approvedSupportVnd: REQUESTED });
    expect(
      decideAndApply(snap('NATIONAL', 'MINISTRY_APPRAISAL'), {
        action: 'approve',
        actor: ACTORS.nationalApprover,
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
      actor: ACTORS.nationalApprover,
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
  /** What the province officer may do in each state (from the table, identical for both scopes). */
  const OFFICER_MAY: Record<ProjectState, ActionName[]> = {
    DRAFT: ['submit', 'withdraw'],
    SUBMITTED: ['return', 'open_appraisal', 'withdraw'],
    RETURNED: ['submit', 'withdraw'],
    BASE_APPRAISAL: ['return', 'withdraw'],
    MINISTRY_APPRAISAL: [],
    APPROVED: ['sign_contract'],
    REJECTED: [],
    CONTRACTED: ['start', 'record_disbursement'],
    IN_PROGRESS: ['complete_work', 'record_disbursement'],
    SUSPENDED: [],
    COMPLETED_WORK: [],
    ACCEPTED: ['settle', 'record_disbursement'],
    SETTLED: [],
    TERMINATED: [],
    WITHDRAWN: [],
  };

  type Step = [ActorKind, Omit<ActionCommand, 'actor'>, ProjectState];

  function walk(scope: Scope, steps: Step[]): ProjectSnapshot {
    let s: ProjectSnapshot = { facts: makeFacts(scope), status: initialStatus() };
    for (const [kind, command, toState] of steps) {
      expect({ state: s.status.state, officerMay: sorted(allowedActionsFor(s, ACTORS.officer)) }).toEqual({
        state: s.status.state,
        officerMay: sorted(OFFICER_MAY[s.status.state]),
      });
      expect(allowedActionsFor(s, ACTORS[kind])).toContain(command.action);
      const seq = s.status.seq;
      const event = expectOk(decideAction(s, { ...command, actor: ACTORS[kind] } as ActionCommand, NOW));
      expect(event.toState).toBe(toState);
      s = { ...s, status: applyEvent(s.status, event) };
      expect(s.status.seq).toBe(seq + 1);
    }
    expect(allowedActionsFor(s, ACTORS.officer)).toEqual(OFFICER_MAY[s.status.state]);
    return s;
  }

  const reason = 'Bổ sung hồ sơ';
  const preApproval = (scope: Scope): Step[] => [
    ['ownImplementer', { action: 'submit' }, 'SUBMITTED'],
    ['officer', { action: 'return', reason }, 'RETURNED'],
    ['ownImplementer', { action: 'submit' }, 'SUBMITTED'],
    ['officer', { action: 'open_appraisal' }, 'BASE_APPRAISAL'],
    ...(scope === 'NATIONAL'
      ? ([
          ['provinceApprover', { action: 'register' }, 'MINISTRY_APPRAISAL'],
          ['nationalApprover', { action: 'approve', ...DECISION, approvedSupportVnd: 90_000_000 }, 'APPROVED'],
        ] as Step[])
      : ([
          ['provinceApprover', { action: 'approve', ...DECISION, approvedSupportVnd: 90_000_000 }, 'APPROVED'],
        ] as Step[])),
  ];
  const postApproval: Step[] = [
    ['officer', { action: 'sign_contract', contractNo: 'HĐ-15/2026', contractDate: '2026-04-02' }, 'CONTRACTED'],
    ['officer', { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 40_000_000 }, 'CONTRACTED'],
    ['ownImplementer', { action: 'start' }, 'IN_PROGRESS'],
    ['officer', { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 23_000_000 }, 'IN_PROGRESS'],
    ['provinceApprover', { action: 'suspend', reason: 'Chậm tiến độ' }, 'SUSPENDED'],
    ['nationalApprover', { action: 'resume' }, 'IN_PROGRESS'],
    ['ownImplementer', { action: 'complete_work' }, 'COMPLETED_WORK'],
    ['provinceApprover', { action: 'request_rework', reason: 'Thiếu 5 học viên' }, 'IN_PROGRESS'],
    ['officer', { action: 'complete_work' }, 'COMPLETED_WORK'],
    [
      'provinceApprover',
      { action: 'accept', minutesNo: 'BB-NT-15', minutesDate: '2026-11-25', acceptedAmountVnd: 88_000_000 },
      'ACCEPTED',
    ],
    ['officer', { action: 'record_disbursement', kind: 'FINAL', amountVnd: 25_000_000 }, 'ACCEPTED'],
    ['officer', { action: 'settle' }, 'SETTLED'],
  ];

  test.each(SCOPE_LIST)('%s: DRAFT → … → SETTLED', (scope) => {
    const end = walk(scope, [...preApproval(scope), ...postApproval]);
    expect(end.status).toEqual({
      state: 'SETTLED',
      seq: 1 + preApproval(scope).length + postApproval.length,
      approvedSupportVnd: 90_000_000,
      acceptedAmountVnd: 88_000_000,
      advancesVnd: 63_000_000,
      finalPaymentsVnd: 25_000_000,
      contract: { contractNo: 'HĐ-15/2026', contractDate: '2026-04-02' },
      acceptance: { minutesNo: 'BB-NT-15', minutesDate: '2026-11-25' },
    });
  });

  test.each(SCOPE_LIST)('%s: terminated after approval', (scope) => {
    const decider: ActorKind = scope === 'LOCAL' ? 'provinceApprover' : 'nationalApprover';
    const end = walk(scope, [
      ...preApproval(scope),
      [decider, { action: 'terminate', reason: 'Không đủ vốn đối ứng', ...DECISION }, 'TERMINATED'],
    ]);
    expect(end.status.state).toBe('TERMINATED');
  });

  test('withdrawn from base appraisal; rejected at base and at ministry appraisal', () => {
    walk('LOCAL', [
      ['ownImplementer', { action: 'submit' }, 'SUBMITTED'],
      ['officer', { action: 'open_appraisal' }, 'BASE_APPRAISAL'],
      ['ownImplementer', { action: 'withdraw' }, 'WITHDRAWN'],
    ]);
    walk('NATIONAL', [
      ['officer', { action: 'submit' }, 'SUBMITTED'],
      ['officer', { action: 'open_appraisal' }, 'BASE_APPRAISAL'],
      ['provinceApprover', { action: 'reject', reason: 'Không phù hợp' }, 'REJECTED'],
    ]);
    walk('NATIONAL', [
      ['officer', { action: 'submit' }, 'SUBMITTED'],
      ['officer', { action: 'open_appraisal' }, 'BASE_APPRAISAL'],
      ['nationalApprover', { action: 'register' }, 'MINISTRY_APPRAISAL'],
      ['nationalApprover', { action: 'reject', reason: 'Trùng nội dung' }, 'REJECTED'],
    ]);
  });
});
