/**
 * Money rules of the lifecycle (integer VND): the 70% advance cap, the approved-support ceiling,
 * the accepted amount, settlement, and the amounts approve / accept may set.
 */
import { ProjectState } from './lifecycle';
import { Actor } from './roles';
import { LifecycleStatus, ProjectSnapshot, disbursedTotal, initialStatus } from './project';
import { Refusal } from './errors';
import { groupVnd } from './money';
import { ActionCommand, Decision, LifecycleEvent, applyEvent, decideAction } from './transitions';
import {
  DEFAULT_DISBURSEMENT_POLICY,
  DisbursementPolicy,
  advanceCapVnd,
  checkDisbursement,
  checkSettlement,
} from './disbursements';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const NOW = '2026-06-01T02:00:00.000Z';
const REQUESTED = 200_000_000;

const officer: Actor = { userId: 'u-off', email: 'canbo@hanoi.gov.vn', role: 'officer', provinceCode: 'HN' };
const approver: Actor = { userId: 'u-app', email: 'giamdoc@hanoi.gov.vn', role: 'approver', provinceCode: 'HN' };

function snapshot(state: ProjectState, status: Partial<LifecycleStatus> = {}): ProjectSnapshot {
  return {
    facts: {
      id: 'prj-9',
      code: 'KCĐP-2026-HN-0009',
      scope: 'LOCAL',
      provinceCode: 'HN',
      category: 'MACHINERY',
      title: 'Ứng dụng máy sấy nông sản',
      implementingUnit: { name: 'Công ty TNHH Nông sản Sóc Sơn', email: 'nongsan@example.vn' },
      beneficiary: 'Cơ sở công nghiệp nông thôn',
      totalCostVnd: 500_000_000,
      requestedSupportVnd: REQUESTED,
      plannedStart: '2026-03-01',
      plannedEnd: '2026-12-31',
      createdByUserId: 'u-impl',
    },
    status: { ...initialStatus(), state, seq: 5, ...status },
  };
}

/** A contracted project with the given approved support and advances so far. */
const contracted = (approvedSupportVnd: number, advancesVnd = 0, state: ProjectState = 'CONTRACTED') =>
  snapshot(state, { approvedSupportVnd, advancesVnd, contract: { contractNo: 'HĐ-1', contractDate: '2026-03-02' } });

/** An accepted project. */
const accepted = (approvedSupportVnd: number, acceptedAmountVnd: number, advancesVnd: number, finalPaymentsVnd = 0) =>
  snapshot('ACCEPTED', {
    approvedSupportVnd,
    acceptedAmountVnd,
    advancesVnd,
    finalPaymentsVnd,
    contract: { contractNo: 'HĐ-1', contractDate: '2026-03-02' },
    acceptance: { minutesNo: 'BB-1', minutesDate: '2026-12-01' },
  });

const advance = (s: ProjectSnapshot, amountVnd: number, policy?: DisbursementPolicy) =>
  decideAction(s, { action: 'record_disbursement', actor: officer, kind: 'ADVANCE', amountVnd }, NOW, policy);
const final = (s: ProjectSnapshot, amountVnd: number) =>
  decideAction(s, { action: 'record_disbursement', actor: officer, kind: 'FINAL', amountVnd }, NOW);
const acceptWith = (s: ProjectSnapshot, fields: Partial<ActionCommand> = {}) =>
  decideAction(s, { action: 'accept', actor: approver, minutesNo: 'BB-1', minutesDate: '2026-12-01', ...fields }, NOW);
const DECISION = { decisionNo: '125/QĐ-SCT', decisionDate: '2026-05-20' };
const approveWith = (fields: Partial<ActionCommand> = {}) =>
  decideAction(
    snapshot('BASE_APPRAISAL'),
    { action: 'approve', actor: approver, ...DECISION, approvedSupportVnd: REQUESTED, ...fields },
    NOW,
  );

function expectOk(decision: Decision): LifecycleEvent {
  if (!decision.ok) throw new Error(`expected ok, got ${decision.code}: ${decision.message}`);
  return decision.event;
}

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

function expectRefused(decision: Decision, code: Refusal['code'] = 'RULE_VIOLATION'): Refusal {
  if (decision.ok) throw new Error(`expected ${code}, got ok`);
  expect(decision.code).toBe(code);
  expect(decision.message).toMatch(VIETNAMESE);
  expect(decision.message).toContain(' / ');
  expect(Array.isArray(decision.allowedActions)).toBe(true);
  return decision;
}

// ---------------------------------------------------------------------------------------------

describe('which kind of disbursement in which state', () => {
  test.each<ProjectState>(['CONTRACTED', 'IN_PROGRESS'])('ADVANCE allowed in %s, FINAL refused (409)', (state) => {
    const s = contracted(REQUESTED, 0, state);
    expect(expectOk(advance(s, 1_000_000)).toState).toBe(state);
    const refusal = expectRefused(final(s, 1_000_000), 'ILLEGAL_TRANSITION');
    expect(refusal.message).toContain('FINAL');
    expect(refusal.message).toContain('ACCEPTED');
    expect(refusal.allowedActions).toContain('record_disbursement');
  });

  test('FINAL allowed in ACCEPTED, ADVANCE refused (409) with the legal actions', () => {
    const s = accepted(REQUESTED, REQUESTED, 50_000_000);
    expect(expectOk(final(s, 1_000_000)).toState).toBe('ACCEPTED');
    const refusal = expectRefused(advance(s, 1_000_000), 'ILLEGAL_TRANSITION');
    expect(refusal.message).toContain('ADVANCE');
    expect([...refusal.allowedActions].sort()).toEqual(['record_disbursement', 'settle', 'terminate']);
  });

  test.each<ProjectState>([
    'DRAFT',
    'SUBMITTED',
    'RETURNED',
    'BASE_APPRAISAL',
    'MINISTRY_APPRAISAL',
    'APPROVED',
    'REJECTED',
    'SUSPENDED',
    'COMPLETED_WORK',
    'SETTLED',
    'TERMINATED',
    'WITHDRAWN',
  ])('no disbursement of either kind in %s', (state) => {
    const s = snapshot(state, { approvedSupportVnd: REQUESTED });
    expectRefused(advance(s, 1_000_000), 'ILLEGAL_TRANSITION');
    expectRefused(final(s, 1_000_000), 'ILLEGAL_TRANSITION');
  });
});

describe('advance cap (70% of the approved support by default)', () => {
  test('exactly 70% is accepted, 1 VND more is refused', () => {
    expect(expectOk(advance(contracted(100_000_000), 70_000_000)).details).toEqual({
      kind: 'ADVANCE',
      amountVnd: 70_000_000,
    });
    const refusal = expectRefused(advance(contracted(100_000_000), 70_000_001));
    expect(refusal.message).toContain('70%');
    expect(refusal.message).toContain('70.000.000');
  });

  test('the cap counts earlier advances', () => {
    const s = contracted(100_000_000, 45_000_000, 'IN_PROGRESS');
    expectOk(advance(s, 25_000_000));
    const refusal = expectRefused(advance(s, 25_000_001));
    expect(refusal.message).toContain('25.000.000'); // what may still be advanced
  });

  test('several advances in a row: up to the cap and not a VND further', () => {
    let s = contracted(100_000_000);
    for (const amount of [30_000_000, 30_000_000, 10_000_000]) {
      s = { ...s, status: applyEvent(s.status, expectOk(advance(s, amount))) };
    }
    expect(s.status.advancesVnd).toBe(70_000_000);
    expectRefused(advance(s, 1));
  });

  test('the cap is the floor of integer math: approved 135000001 → cap 94500000', () => {
    expect(advanceCapVnd(135_000_001, DEFAULT_DISBURSEMENT_POLICY)).toBe(94_500_000);
    expectOk(advance(contracted(135_000_001), 94_500_000));
    expectRefused(advance(contracted(135_000_001), 94_500_001));
  });

  test.each<[number, number, number]>([
    [100, 70, 70],
    [1, 70, 0],
    [3, 70, 2],
    [999_999, 70, 699_999],
    [135_000_001, 70, 94_500_000],
    [100_000_000, 50, 50_000_000],
    [100_000_001, 33, 33_000_000],
    [100_000_000, 0, 0],
    [100_000_000, 100, 100_000_000],
    // exact beyond 2^53 / 100: floating point would give 6305039478318694
    [Number.MAX_SAFE_INTEGER, 70, 6_305_039_478_318_693],
  ])('advanceCapVnd(%d, %d%%) = %d', (approved, percent, cap) => {
    expect(advanceCapVnd(approved, { advanceCapPercent: percent })).toBe(cap);
  });

  test('another policy is honoured: 50%', () => {
    const policy = { advanceCapPercent: 50 };
    expectOk(advance(contracted(100_000_000), 50_000_000, policy));
    expectRefused(advance(contracted(100_000_000), 50_000_001, policy));
    // and the 70% default would have allowed it
    expectOk(advance(contracted(100_000_000), 50_000_001));
  });

  test('another policy is honoured: 0% forbids any advance, 100% allows the whole support', () => {
    expectRefused(advance(contracted(100_000_000), 1, { advanceCapPercent: 0 }));
    expectOk(advance(contracted(100_000_000), 100_000_000, { advanceCapPercent: 100 }));
    expectRefused(advance(contracted(100_000_000), 100_000_001, { advanceCapPercent: 100 }));
  });

  test('even a policy above 100% cannot push advances over the approved support', () => {
    const policy = { advanceCapPercent: 120 };
    expectOk(advance(contracted(100_000_000), 100_000_000, policy));
    const refusal = expectRefused(advance(contracted(100_000_000), 100_000_001, policy));
    expect(refusal.message).toContain('100.000.000');
  });
});

describe('final payment and the accepted amount', () => {
  test('FINAL up to the accepted amount, not 1 VND over it', () => {
    const s = accepted(100_000_000, 80_000_000, 50_000_000);
    expectOk(final(s, 30_000_000));
    const refusal = expectRefused(final(s, 30_000_001));
    expect(refusal.message).toContain('80.000.000');
  });

  test('FINAL counts earlier final payments', () => {
    const s = accepted(100_000_000, 80_000_000, 50_000_000, 10_000_000);
    expectOk(final(s, 20_000_000));
    expectRefused(final(s, 20_000_001));
  });

  test('nothing may push the total over the approved support', () => {
    // (a FINAL whose accepted amount were missing falls back to the approved support)
    const status: LifecycleStatus = {
      ...accepted(100_000_000, 100_000_000, 70_000_000).status,
      acceptedAmountVnd: null,
    };
    expect(checkDisbursement(status, { kind: 'FINAL', amountVnd: 30_000_000 }, DEFAULT_DISBURSEMENT_POLICY)).toBeNull();
    expect(checkDisbursement(status, { kind: 'FINAL', amountVnd: 30_000_001 }, DEFAULT_DISBURSEMENT_POLICY)).toMatch(
      VIETNAMESE,
    );
    expectRefused(final(accepted(100_000_000, 100_000_000, 70_000_000), 30_000_001));
  });

  test('disbursedTotal adds advances and final payments', () => {
    expect(disbursedTotal(accepted(100, 90, 60, 25).status)).toBe(85);
  });
});

describe('settle only when the disbursements equal the accepted amount', () => {
  test('equal → settled', () => {
    const event = expectOk(
      decideAction(
        accepted(100_000_000, 80_000_000, 50_000_000, 30_000_000),
        { action: 'settle', actor: officer },
        NOW,
      ),
    );
    expect(event.toState).toBe('SETTLED');
  });

  test.each<[number, number]>([
    [50_000_000, 29_999_999],
    [50_000_000, 0],
    [0, 0],
  ])('advances %d + final %d against 80000000 accepted → refused', (advances, finals) => {
    const refusal = expectRefused(
      decideAction(accepted(100_000_000, 80_000_000, advances, finals), { action: 'settle', actor: officer }, NOW),
    );
    expect(refusal.message).toContain(groupVnd(80_000_000 - advances - finals)); // the difference
  });

  test('checkSettlement directly', () => {
    expect(checkSettlement(accepted(100, 90, 60, 30).status)).toBeNull();
    expect(checkSettlement(accepted(100, 90, 60, 29).status)).toContain('1 đ');
  });
});

describe('accept: acceptedAmountVnd', () => {
  const completed = (approvedSupportVnd: number, advancesVnd: number) =>
    snapshot('COMPLETED_WORK', {
      approvedSupportVnd,
      advancesVnd,
      contract: { contractNo: 'HĐ', contractDate: '2026-03-02' },
    });

  test('defaults to the approved support', () => {
    expect(expectOk(acceptWith(completed(90_000_000, 60_000_000))).details.acceptedAmountVnd).toBe(90_000_000);
  });

  test('may be lower than approved, down to what was advanced', () => {
    expect(
      expectOk(acceptWith(completed(90_000_000, 60_000_000), { acceptedAmountVnd: 60_000_000 })).details,
    ).toMatchObject({
      acceptedAmountVnd: 60_000_000,
    });
    const refusal = expectRefused(acceptWith(completed(90_000_000, 60_000_000), { acceptedAmountVnd: 59_999_999 }));
    expect(refusal.message).toContain('60.000.000');
  });

  test('above the approved support is refused', () => {
    expectOk(acceptWith(completed(90_000_000, 0), { acceptedAmountVnd: 90_000_000 }));
    expectRefused(acceptWith(completed(90_000_000, 0), { acceptedAmountVnd: 90_000_001 }));
  });

  test.each([0, -5, 1.5, Number.NaN, 2 ** 53])('acceptedAmountVnd %d is refused', (amount) => {
    expectRefused(acceptWith(completed(90_000_000, 0), { acceptedAmountVnd: amount }));
  });
});

describe('approve: approvedSupportVnd', () => {
  test('is required with the decision; an approval recorded before that rule defaulted to the requested support', () => {
    expect(expectOk(approveWith()).details).toEqual({ approvedSupportVnd: REQUESTED, ...DECISION });
    expect(expectRefused(approveWith({ approvedSupportVnd: undefined }), 'INVALID_COMMAND').message).toContain(
      'approvedSupportVnd',
    );
    const legacy = decideAction(snapshot('BASE_APPRAISAL'), { action: 'approve', actor: approver }, NOW, undefined, {
      decisionPaperRequired: false,
    });
    expect(expectOk(legacy).details).toEqual({ approvedSupportVnd: REQUESTED });
  });

  test('needs the decision number and a decision day that is not in the future', () => {
    expect(expectRefused(approveWith({ decisionNo: ' ' }), 'INVALID_COMMAND').message).toContain('số quyết định');
    expect(expectRefused(approveWith({ decisionDate: '2026-02-30' }), 'INVALID_COMMAND').message).toContain(
      'decisionDate',
    );
    expect(expectRefused(approveWith({ decisionDate: '2026-06-02' }), 'INVALID_COMMAND').message).toContain(
      'sau hôm nay',
    );
  });

  test('equal to or below the requested support is accepted', () => {
    expect(expectOk(approveWith({ approvedSupportVnd: REQUESTED })).details.approvedSupportVnd).toBe(REQUESTED);
    expect(expectOk(approveWith({ approvedSupportVnd: 1 })).details.approvedSupportVnd).toBe(1);
  });

  test('above the requested support is refused', () => {
    const refusal = expectRefused(approveWith({ approvedSupportVnd: REQUESTED + 1 }));
    expect(refusal.message).toContain(groupVnd(REQUESTED));
  });

  test.each([0, -1, 1.5, Number.NaN, Infinity])('approvedSupportVnd %d is refused as malformed', (amount) => {
    expectRefused(approveWith({ approvedSupportVnd: amount }), 'INVALID_COMMAND');
  });
});
