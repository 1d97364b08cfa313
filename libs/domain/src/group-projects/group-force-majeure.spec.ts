/**
 * Force majeure in a group project (đề án nhóm) through decideAction: one establishment is accepted by its work done
 * (TT 36 Art. 18.4), certified by a named body; the advance above that work is refunded by that establishment
 * (TT 36 Art. 12.6); the others are accepted and paid as usual, and the project settles by the work done.
 */
import { ActionCommand, actionsInState, applyEvent, decideAction } from '../transitions';
import type { Actor } from '../roles';
import type { ProjectFacts, ProjectSnapshot } from '../project';
import { Refusal } from '../errors';

const NOW = '2026-07-01T03:00:00.000Z';
const unit: Actor = { userId: 'u-u', email: 'unit.bg@demo.local', role: 'implementer', provinceCode: 'BN' };
const officer: Actor = { userId: 'u-o', email: 'officer.bn@demo.local', role: 'officer', provinceCode: 'BN' };
const leader: Actor = { userId: 'u-l', email: 'leader.bn@demo.local', role: 'approver', provinceCode: 'BN' };

const FACTS: ProjectFacts = {
  id: 'p-gfm',
  code: 'KCĐP-2026-BN-019',
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

function act(snapshot: ProjectSnapshot, command: ActionCommand): ProjectSnapshot {
  const decision = decideAction(snapshot, command, NOW);
  if (!decision.ok) throw new Error(`${command.action}: ${decision.message}`);
  return { facts: snapshot.facts, status: applyEvent(snapshot.status, decision.event) };
}

function refusal(snapshot: ProjectSnapshot, command: ActionCommand): Refusal {
  const decision = decideAction(snapshot, command, NOW);
  if (decision.ok) throw new Error(`${command.action} was allowed`);
  return decision;
}

const minutes = { minutesNo: '05/BB-NT', minutesDate: '2026-06-20' };
const advance = (beneficiaryId: string, amountVnd: number): ActionCommand => ({
  action: 'record_disbursement',
  actor: officer,
  kind: 'ADVANCE',
  amountVnd,
  beneficiaryId,
});
const pay = (beneficiaryId: string, amountVnd: number): ActionCommand => ({
  action: 'record_disbursement',
  actor: officer,
  kind: 'FINAL',
  amountVnd,
  beneficiaryId,
});
const refund = (amountVnd: number, beneficiaryId?: string): ActionCommand => ({
  action: 'refund_advance',
  actor: officer,
  amountVnd,
  ...(beneficiaryId ? { beneficiaryId } : {}),
});
const workDone = (beneficiaryId: string | undefined, acceptedAmountVnd: number): ActionCommand => ({
  action: 'accept_work_done',
  actor: leader,
  ...(beneficiaryId ? { beneficiaryId } : {}),
  reason: 'Lũ quét làm hỏng dây chuyền của cơ sở; chỉ lắp đặt xong máy rửa và máy sấy',
  ...minutes,
  acceptedAmountVnd,
  certifyingBody: 'COMMUNE_PC',
  certifierName: 'UBND phường Khắc Niệm',
});

/** Contracted, started, progress certified, and each establishment advanced 70% of its share (630,000,000 đ). */
function advancedGroup(): ProjectSnapshot {
  let s: ProjectSnapshot = {
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
  s = act(s, { action: 'submit_impl_plan', actor: unit, beneficiaries: PLAN });
  s = act(s, { action: 'approve_impl_plan', actor: leader, decisionNo: '88/QĐ-SCT', decisionDate: '2026-04-02' });
  s = act(s, { action: 'sign_contract', actor: officer, contractNo: '12/HĐ-KCĐP', contractDate: '2026-04-05' });
  s = act(s, { action: 'start', actor: unit });
  s = act(s, { action: 'certify_progress', actor: leader, progressPercent: 80, reportDate: '2026-06-01' });
  s = act(s, advance('NT1', 210_000_000));
  s = act(s, advance('NT2', 245_000_000));
  return act(s, advance('NT3', 175_000_000));
}

describe('a group establishment accepted by its work done after force majeure', () => {
  it('is offered on a group project and names the establishment, a 400 listing them when it does not', () => {
    const s = advancedGroup();
    expect(actionsInState(s)).toContain('accept_work_done');
    const unnamed = refusal(s, workDone(undefined, 100_000_000));
    expect(unnamed.code).toBe('INVALID_COMMAND');
    expect(unnamed.message).toContain('beneficiaryId');
    expect(unnamed.fields?.beneficiaryId).toContain(
      'NT1 HTX Chế biến nông sản Yên Phong, NT2 Cơ sở sản xuất bún Khắc Niệm, NT3 Công ty TNHH Thực phẩm Lạng Giang',
    );
    const unknown = refusal(s, workDone('NT9', 100_000_000));
    expect(unknown.code).toBe('INVALID_COMMAND');
    expect(unknown.message).toContain('NT1, NT2, NT3');
    expect(refusal(s, { ...workDone('NT2', 100_000_000), actor: officer }).code).toBe('ROLE_FORBIDDEN');
    expect(refusal(s, { ...workDone('NT2', 100_000_000), certifierName: ' ' }).code).toBe('INVALID_COMMAND');
  });

  it('accepts up to the establishment’s share to the đồng: its share passes, one đồng more is refused', () => {
    const s = advancedGroup();
    const over = refusal(s, workDone('NT2', 350_000_001));
    expect(over.code).toBe('RULE_VIOLATION');
    expect(over.message).toMatch(
      /^Giá trị khối lượng nghiệm thu của NT2 .*350\.000\.001.*350\.000\.000 đ \/ the accepted/,
    );
    const whole = act(s, workDone('NT2', 350_000_000));
    expect(whole.status.groupPlan?.beneficiaries[1]).toMatchObject({ acceptedVnd: 350_000_000 });
  });

  it('records the work and its certifier on the establishment’s row; the project runs on for the others', () => {
    const s = act(advancedGroup(), workDone('NT2', 100_000_000));
    expect(s.status).toMatchObject({ state: 'IN_PROGRESS', acceptance: null, acceptedAmountVnd: null });
    expect(s.status.forceMajeure).toBeUndefined();
    expect(s.status.groupPlan?.beneficiaries[1]).toMatchObject({
      id: 'NT2',
      acceptedVnd: 100_000_000,
      minutesNo: '05/BB-NT',
      workDone: { certifyingBody: 'COMMUNE_PC', certifierName: 'UBND phường Khắc Niệm' },
    });
    const again = refusal(s, workDone('NT2', 100_000_000));
    expect(again.code).toBe('RULE_VIOLATION');
    expect(again.message).toContain('đã được nghiệm thu');
    expect(refusal(s, { action: 'accept_beneficiary', actor: leader, beneficiaryId: 'NT2', ...minutes }).code).toBe(
      'RULE_VIOLATION',
    );
    expect(refusal(s, advance('NT2', 1)).message).toContain('no further advance');
  });

  it('keeps a suspended group project suspended while it accepts one establishment', () => {
    let s = act(advancedGroup(), { action: 'suspend', actor: leader, reason: 'Lũ quét tại phường Khắc Niệm' });
    s = act(s, workDone('NT2', 100_000_000));
    expect(s.status.state).toBe('SUSPENDED');
  });

  it('refunds the establishment’s unused advance, then settles by the work done (PARTIAL_SETTLED)', () => {
    let s = act(advancedGroup(), workDone('NT2', 100_000_000));
    s = act(s, { action: 'accept_beneficiary', actor: leader, beneficiaryId: 'NT1', ...minutes });
    s = act(s, { action: 'accept_beneficiary', actor: leader, beneficiaryId: 'NT3', ...minutes });
    expect(refusal(s, refund(145_000_000, 'NT2')).code).toBe('ILLEGAL_TRANSITION');
    s = act(s, { action: 'complete_work', actor: unit });
    s = act(s, { action: 'accept', actor: leader, minutesNo: '09/BB-NT', minutesDate: '2026-06-25' });
    expect(s.status).toMatchObject({ state: 'ACCEPTED', acceptedAmountVnd: 650_000_000, advancesVnd: 630_000_000 });

    // NT2 was advanced 245,000,000 đ for 100,000,000 đ of work: 145,000,000 đ is its refund due.
    expect(actionsInState(s)).toContain('refund_advance');
    const unnamed = refusal(s, refund(145_000_000));
    expect(unnamed.code).toBe('INVALID_COMMAND');
    expect(unnamed.fields?.beneficiaryId).toContain('NT2 Cơ sở sản xuất bún Khắc Niệm');
    expect(refusal(s, refund(1, 'NT1')).message).toContain('không có khoản tạm ứng chưa sử dụng');
    const short = refusal(s, refund(144_999_999, 'NT2'));
    expect(short.code).toBe('RULE_VIOLATION');
    expect(short.message).toContain('145.000.000');
    expect(refusal(s, refund(145_000_001, 'NT2')).message).toContain('145.000.000');
    expect(refusal(s, pay('NT2', 1)).message).toContain('145.000.000');
    expect(refusal(s, { action: 'settle', actor: officer }).code).toBe('RULE_VIOLATION');

    s = act(s, refund(145_000_000, 'NT2'));
    expect(s.status.refundedVnd).toBe(145_000_000);
    expect(s.status.groupPlan?.beneficiaries[1]).toMatchObject({ refundedVnd: 145_000_000 });
    expect(actionsInState(s)).not.toContain('refund_advance');
    expect(refusal(s, pay('NT2', 1)).message).toContain('100.000.000');

    s = act(s, pay('NT1', 90_000_000));
    expect(refusal(s, { action: 'settle', actor: officer }).message).toContain('Công ty TNHH Thực phẩm Lạng Giang');
    s = act(s, pay('NT3', 75_000_000));
    s = act(s, { action: 'settle', actor: officer });
    expect(s.status.state).toBe('PARTIAL_SETTLED');
    // 630,000,000 advanced + 165,000,000 paid − 145,000,000 refunded = 650,000,000 accepted.
    expect(s.status).toMatchObject({ finalPaymentsVnd: 165_000_000, refundedVnd: 145_000_000 });
  });

  it('accepts the group when the work done is below the advances the others’ acceptances do not cover', () => {
    // NT2's 10,000,000 đ of work leaves 235,000,000 đ to refund; the project's 395,000,000 đ accepted is exactly
    // its 630,000,000 đ advanced less that refund.
    let s = act(advancedGroup(), workDone('NT2', 10_000_000));
    s = act(s, {
      action: 'accept_beneficiary',
      actor: leader,
      beneficiaryId: 'NT1',
      ...minutes,
      acceptedAmountVnd: 210_000_000,
    });
    s = act(s, {
      action: 'accept_beneficiary',
      actor: leader,
      beneficiaryId: 'NT3',
      ...minutes,
      acceptedAmountVnd: 175_000_000,
    });
    s = act(s, { action: 'complete_work', actor: unit });
    s = act(s, { action: 'accept', actor: leader, minutesNo: '09/BB-NT', minutesDate: '2026-06-25' });
    expect(s.status.acceptedAmountVnd).toBe(395_000_000);
    s = act(s, refund(235_000_000, 'NT2'));
    expect(act(s, { action: 'settle', actor: officer }).status.state).toBe('PARTIAL_SETTLED');
  });
});
