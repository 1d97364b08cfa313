/**
 * Settlement by the work done after force majeure (TT 36 Art. 18.4) and the refund of the advance it does not cover
 * (TT 36 Art. 12.6), through decideAction.
 */
import { ActionCommand, actionsInState, applyEvent, decideAction } from '../transitions';
import type { Actor } from '../roles';
import type { ProjectFacts, ProjectSnapshot } from '../project';

const NOW = '2026-10-01T03:00:00.000Z';
const officer: Actor = { userId: 'u-o', email: 'officer.hn@demo.local', role: 'officer', provinceCode: 'HN' };
const leader: Actor = { userId: 'u-l', email: 'leader.hn@demo.local', role: 'approver', provinceCode: 'HN' };

const FACTS: ProjectFacts = {
  id: 'p-fm',
  code: 'KCĐP-2026-HN-077',
  scope: 'LOCAL',
  provinceCode: 'HN',
  category: 'TRAINING',
  title: 'Đào tạo nghề mây tre đan',
  implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
  beneficiary: 'Lao động nông thôn xã Phú Nghĩa',
  totalCostVnd: 300_000_000,
  requestedSupportVnd: 135_000_000,
  plannedStart: '2026-03-01',
  plannedEnd: '2026-11-30',
  createdByUserId: 'u-o',
};

function inProgress(advancesVnd: number): ProjectSnapshot {
  return {
    facts: FACTS,
    status: {
      state: 'IN_PROGRESS',
      seq: 8,
      approvedSupportVnd: 135_000_000,
      acceptedAmountVnd: null,
      advancesVnd,
      finalPaymentsVnd: 0,
      contract: { contractNo: 'HĐ-7', contractDate: '2026-04-01' },
      acceptance: null,
    },
  };
}

const workDone = (acceptedAmountVnd: number, extra: Partial<ActionCommand> = {}): ActionCommand => ({
  action: 'accept_work_done',
  actor: leader,
  reason: 'Bão số 3 làm sập nhà xưởng, lớp học dừng ở tuần thứ 6',
  minutesNo: '15/BB-NT',
  minutesDate: '2026-09-30',
  acceptedAmountVnd,
  certifyingBody: 'COMMUNE_PC',
  certifierName: 'UBND xã Phú Nghĩa',
  ...extra,
});

function act(s: ProjectSnapshot, c: ActionCommand): ProjectSnapshot {
  const d = decideAction(s, c, NOW);
  if (!d.ok) throw new Error(`${c.action}: ${d.message}`);
  return { facts: s.facts, status: applyEvent(s.status, d.event) };
}

function refused(s: ProjectSnapshot, c: ActionCommand) {
  const d = decideAction(s, c, NOW);
  if (d.ok) throw new Error(`${c.action} was allowed`);
  return d;
}

describe('acceptance by the work done after force majeure', () => {
  it('needs the explanation, the minutes, the amount and the certifying body by kind and name', () => {
    const s = inProgress(94_500_000);
    expect(refused(s, workDone(60_000_000, { certifierName: ' ' })).code).toBe('INVALID_COMMAND');
    expect(refused(s, workDone(60_000_000, { certifyingBody: 'MINISTRY' })).code).toBe('INVALID_COMMAND');
    expect(refused(s, workDone(60_000_000, { reason: '' })).code).toBe('INVALID_COMMAND');
    expect(refused(s, workDone(135_000_001)).message).toContain('135.000.000');
    expect(refused(s, workDone(60_000_000, { actor: officer })).code).toBe('ROLE_FORBIDDEN');
  });

  it('asks for the refund of the advance it does not cover, then settles as PARTIAL_SETTLED', () => {
    let s = act(inProgress(94_500_000), workDone(60_000_000));
    expect(s.status).toMatchObject({
      state: 'ACCEPTED',
      acceptedAmountVnd: 60_000_000,
      forceMajeure: { certifyingBody: 'COMMUNE_PC', certifierName: 'UBND xã Phú Nghĩa' },
    });
    expect(actionsInState(s)).toContain('refund_advance');
    expect(refused(s, { action: 'settle', actor: officer }).message).toContain('94.500.000');
    expect(refused(s, { action: 'refund_advance', actor: officer, amountVnd: 34_499_999 }).message).toContain(
      '34.500.000',
    );
    s = act(s, { action: 'refund_advance', actor: officer, amountVnd: 34_500_000 });
    expect(s.status.refundedVnd).toBe(34_500_000);
    expect(actionsInState(s)).not.toContain('refund_advance');
    expect(refused(s, { action: 'refund_advance', actor: officer, amountVnd: 1 }).message).toContain(
      'no unused advance is left',
    );
    s = act(s, { action: 'settle', actor: officer });
    expect(s.status.state).toBe('PARTIAL_SETTLED');
  });

  it('pays the rest of the work done when the advance is below it', () => {
    let s = act(inProgress(40_000_000), workDone(60_000_000));
    expect(actionsInState(s)).not.toContain('refund_advance');
    const over = refused(s, { action: 'record_disbursement', actor: officer, kind: 'FINAL', amountVnd: 20_000_001 });
    expect(over.message).toContain('20.000.000');
    s = act(s, { action: 'record_disbursement', actor: officer, kind: 'FINAL', amountVnd: 20_000_000 });
    s = act(s, { action: 'settle', actor: officer });
    expect(s.status.state).toBe('PARTIAL_SETTLED');
  });

  it('leaves an ordinary acceptance settling as SETTLED', () => {
    const done = {
      ...inProgress(94_500_000),
      status: { ...inProgress(94_500_000).status, state: 'COMPLETED_WORK' as const },
    };
    let s = act(done, { action: 'accept', actor: leader, minutesNo: '16/BB', minutesDate: '2026-09-30' });
    s = act(s, { action: 'record_disbursement', actor: officer, kind: 'FINAL', amountVnd: 40_500_000 });
    expect(act(s, { action: 'settle', actor: officer }).status.state).toBe('SETTLED');
  });
});
