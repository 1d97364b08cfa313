/** A group project (đề án nhóm) through decideAction: Mẫu 11, the contract, acceptance and payment per establishment. */
import { ActionCommand, actionsInState, applyEvent, decideAction } from '../transitions';
import type { Actor } from '../roles';
import type { ProjectFacts, ProjectSnapshot } from '../project';
import { implPlanProblem } from './group-plan';

const NOW = '2026-07-01T03:00:00.000Z';
const unit: Actor = { userId: 'u-u', email: 'unit.bg@demo.local', role: 'implementer', provinceCode: 'BN' };
const officer: Actor = { userId: 'u-o', email: 'officer.bn@demo.local', role: 'officer', provinceCode: 'BN' };
const leader: Actor = { userId: 'u-l', email: 'leader.bn@demo.local', role: 'approver', provinceCode: 'BN' };

const FACTS: ProjectFacts = {
  id: 'p-g',
  code: 'KCĐP-2026-BN-009',
  scope: 'LOCAL',
  provinceCode: 'BN',
  category: 'MACHINERY',
  title: 'Đề án nhóm: hỗ trợ 3 cơ sở chế biến nông sản ứng dụng máy móc tiên tiến',
  implementingUnit: { name: 'Trung tâm Khuyến công Bắc Ninh', email: 'unit.bg@demo.local' },
  beneficiary: '3 cơ sở CNNT, nêu trong kế hoạch triển khai (Mẫu 11)',
  totalCostVnd: 3_000_000_000,
  requestedSupportVnd: 900_000_000,
  plannedStart: '2026-03-01',
  plannedEnd: '2026-11-30',
  createdByUserId: 'u-o',
  group: true,
};

const PLAN = [
  { name: 'HTX Chế biến nông sản Yên Phong', site: 'xã Yên Phong, Bắc Ninh', supportVnd: 300_000_000 },
  { name: 'Cơ sở sản xuất bún Khắc Niệm', site: 'phường Khắc Niệm, Bắc Ninh', supportVnd: 350_000_000 },
  { name: 'Công ty TNHH Thực phẩm Lạng Giang', site: 'xã Lạng Giang, Bắc Ninh', supportVnd: 250_000_000 },
];

function approved(): ProjectSnapshot {
  return {
    facts: FACTS,
    status: {
      state: 'APPROVED',
      seq: 6,
      approvedSupportVnd: 900_000_000,
      acceptedAmountVnd: null,
      advancesVnd: 0,
      finalPaymentsVnd: 0,
      contract: null,
      acceptance: null,
    },
  };
}

function act(snapshot: ProjectSnapshot, command: ActionCommand): ProjectSnapshot {
  const decision = decideAction(snapshot, command, NOW);
  if (!decision.ok) throw new Error(`${command.action}: ${decision.message}`);
  return { facts: snapshot.facts, status: applyEvent(snapshot.status, decision.event) };
}

function refusal(snapshot: ProjectSnapshot, command: ActionCommand) {
  const decision = decideAction(snapshot, command, NOW);
  if (decision.ok) throw new Error(`${command.action} was allowed`);
  return decision;
}

const minutes = { minutesNo: '05/BB-NT', minutesDate: '2026-06-20' };
const decision = { decisionNo: '88/QĐ-SCT', decisionDate: '2026-04-02' };

function withApprovedPlan(): ProjectSnapshot {
  let s = act(approved(), { action: 'submit_impl_plan', actor: unit, beneficiaries: PLAN });
  s = act(s, { action: 'approve_impl_plan', actor: leader, ...decision });
  return s;
}

describe('the implementation plan (Mẫu 11)', () => {
  it('is asked for after approval instead of the contract, and only of a group project', () => {
    expect(actionsInState(approved())).toContain('submit_impl_plan');
    expect(actionsInState(approved())).not.toContain('sign_contract');
    const single = { ...approved(), facts: { ...FACTS, group: undefined } };
    expect(actionsInState(single)).toContain('sign_contract');
    expect(actionsInState(single)).not.toContain('submit_impl_plan');
  });

  it('refuses the contract before the Department approves the plan, saying why', () => {
    const r = refusal(approved(), {
      action: 'sign_contract',
      actor: officer,
      contractNo: '1/HĐ',
      contractDate: '2026-04-01',
    });
    expect(r.code).toBe('ILLEGAL_TRANSITION');
    expect(r.message).toContain('kế hoạch triển khai (Mẫu 11)');
  });

  it('numbers the establishments NT1… and waits in IMPL_PLAN_PENDING for the Department leader', () => {
    const s = act(approved(), { action: 'submit_impl_plan', actor: unit, beneficiaries: PLAN });
    expect(s.status.state).toBe('IMPL_PLAN_PENDING');
    expect(s.status.groupPlan?.beneficiaries.map((b) => [b.id, b.supportVnd])).toEqual([
      ['NT1', 300_000_000],
      ['NT2', 350_000_000],
      ['NT3', 250_000_000],
    ]);
    expect(refusal(s, { action: 'approve_impl_plan', actor: officer, ...decision }).code).toBe('ROLE_FORBIDDEN');
    const approvedPlan = act(s, { action: 'approve_impl_plan', actor: leader, ...decision });
    expect(approvedPlan.status.state).toBe('APPROVED');
    expect(approvedPlan.status.groupPlan?.approval).toEqual(decision);
    expect(actionsInState(approvedPlan)).toContain('sign_contract');
    expect(actionsInState(approvedPlan)).not.toContain('submit_impl_plan');
  });

  it('a returned plan is cleared and may be submitted again', () => {
    let s = act(approved(), { action: 'submit_impl_plan', actor: unit, beneficiaries: PLAN });
    s = act(s, { action: 'return_impl_plan', actor: officer, reason: 'Thiếu xác nhận địa điểm của NT2' });
    expect(s.status.state).toBe('APPROVED');
    expect(s.status.groupPlan).toBeNull();
    expect(actionsInState(s)).toContain('submit_impl_plan');
  });

  it('holds the shares to the approved support, to the đồng', () => {
    const exact = [...PLAN.slice(0, 2), { ...PLAN[2]!, supportVnd: 250_000_000 }];
    expect(implPlanProblem(exact, 900_000_000)).toBeNull();
    const over = [...PLAN.slice(0, 2), { ...PLAN[2]!, supportVnd: 250_000_001 }];
    const r = refusal(approved(), { action: 'submit_impl_plan', actor: unit, beneficiaries: over });
    expect(r.code).toBe('RULE_VIOLATION');
    expect(r.message).toContain('900.000.001');
  });

  it('refuses a malformed list as a bad command', () => {
    for (const beneficiaries of [
      undefined,
      [PLAN[0]!],
      [PLAN[0]!, PLAN[0]!],
      [{ ...PLAN[0]!, supportVnd: 1.5 }, PLAN[1]!],
    ]) {
      const r = refusal(approved(), { action: 'submit_impl_plan', actor: unit, beneficiaries } as ActionCommand);
      expect(r.code).toBe('INVALID_COMMAND');
    }
  });
});

describe('acceptance and payment per establishment', () => {
  function inProgress(): ProjectSnapshot {
    let s = withApprovedPlan();
    s = act(s, { action: 'sign_contract', actor: officer, contractNo: '12/HĐ-KCĐP', contractDate: '2026-04-05' });
    s = act(s, { action: 'start', actor: unit });
    return act(s, { action: 'certify_progress', actor: leader, progressPercent: 80, reportDate: '2026-06-01' });
  }

  it('pays an advance to a named establishment within its share', () => {
    const s = inProgress();
    const noName = refusal(s, { action: 'record_disbursement', actor: officer, kind: 'ADVANCE', amountVnd: 1 });
    expect(noName.message).toContain('beneficiaryId');
    const after = act(s, {
      action: 'record_disbursement',
      actor: officer,
      kind: 'ADVANCE',
      amountVnd: 210_000_000,
      beneficiaryId: 'NT1',
    });
    expect(after.status.advancesVnd).toBe(210_000_000);
    expect(after.status.groupPlan?.beneficiaries[0]?.advancesVnd).toBe(210_000_000);
    // 70% of NT1's 300,000,000 is reached: one đồng more is refused, naming the establishment.
    const over = refusal(after, {
      action: 'record_disbursement',
      actor: officer,
      kind: 'ADVANCE',
      amountVnd: 1,
      beneficiaryId: 'NT1',
    });
    expect(over.message).toContain('HTX Chế biến nông sản Yên Phong');
  });

  it('accepts each establishment once, then the project at their sum, and settles when each is paid', () => {
    let s = inProgress();
    s = act(s, { action: 'complete_work', actor: unit });
    const early = refusal(s, { action: 'accept', actor: leader, ...minutes });
    expect(early.message).toContain('3 cơ sở chưa nghiệm thu');
    s = act(s, { action: 'accept_beneficiary', actor: leader, beneficiaryId: 'NT1', ...minutes });
    s = act(s, {
      action: 'accept_beneficiary',
      actor: leader,
      beneficiaryId: 'NT2',
      ...minutes,
      acceptedAmountVnd: 340_000_000,
    });
    expect(
      refusal(s, { action: 'accept_beneficiary', actor: leader, beneficiaryId: 'NT1', ...minutes }).message,
    ).toContain('đã được nghiệm thu');
    expect(
      refusal(s, { action: 'accept_beneficiary', actor: leader, beneficiaryId: 'NT9', ...minutes }).message,
    ).toContain('NT1, NT2, NT3');
    s = act(s, { action: 'accept_beneficiary', actor: leader, beneficiaryId: 'NT3', ...minutes });
    s = act(s, { action: 'accept', actor: leader, minutesNo: '09/BB-NT', minutesDate: '2026-06-25' });
    expect(s.status.state).toBe('ACCEPTED');
    expect(s.status.acceptedAmountVnd).toBe(890_000_000);

    const pay = (beneficiaryId: string, amountVnd: number): ActionCommand => ({
      action: 'record_disbursement',
      actor: officer,
      kind: 'FINAL',
      amountVnd,
      beneficiaryId,
    });
    s = act(s, pay('NT1', 300_000_000));
    expect(refusal(s, pay('NT2', 340_000_001)).message).toContain('Cơ sở sản xuất bún Khắc Niệm');
    s = act(s, pay('NT2', 340_000_000));
    const unpaid = refusal(s, { action: 'settle', actor: officer });
    expect(unpaid.message).toContain('Công ty TNHH Thực phẩm Lạng Giang');
    s = act(s, pay('NT3', 250_000_000));
    s = act(s, { action: 'settle', actor: officer });
    expect(s.status.state).toBe('SETTLED');
  });
});
