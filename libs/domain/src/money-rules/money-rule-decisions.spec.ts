/** The money rules as decideAction applies them to a project created under the rule tables (issue 15). */
import { decideAction, applyEvent, ActionCommand } from '../transitions';
import type { Actor } from '../roles';
import type { LifecycleStatus, ProjectFacts, ProjectSnapshot } from '../project';
import { resolveMoneyRules } from './project-money-rules';
import { decideAdjustmentRequest } from '../adjustments/adjustment-decisions';

const NOW = '2026-07-01T03:00:00.000Z';
const officer: Actor = { userId: 'u-o', email: 'officer.hn@demo.local', role: 'officer', provinceCode: 'HN' };
const leader: Actor = { userId: 'u-l', email: 'leader.hn@demo.local', role: 'approver', provinceCode: 'HN' };

function facts(category: string, withRules = true): ProjectFacts {
  return {
    id: 'p-1',
    code: 'KCĐP-2026-HN-001',
    scope: 'LOCAL',
    provinceCode: 'HN',
    category,
    title: 'Hỗ trợ máy sấy nông sản',
    implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
    beneficiary: 'HTX Nông sản Sóc Sơn',
    totalCostVnd: 1_000_000_000,
    requestedSupportVnd: 300_000_000,
    plannedStart: '2026-03-01',
    plannedEnd: '2026-11-30',
    createdByUserId: 'u-o',
    ...(withRules
      ? {
          moneyRules: resolveMoneyRules({
            scope: 'LOCAL',
            provinceCode: 'HN',
            category,
            day: '2026-02-01',
            priority: false,
          }),
        }
      : {}),
  };
}

function contracted(f: ProjectFacts, extra: Partial<LifecycleStatus> = {}): ProjectSnapshot {
  return {
    facts: f,
    status: {
      state: 'CONTRACTED',
      seq: 5,
      approvedSupportVnd: 300_000_000,
      acceptedAmountVnd: null,
      advancesVnd: 0,
      finalPaymentsVnd: 0,
      contract: { contractNo: 'HĐ-1', contractDate: '2026-03-05' },
      acceptance: null,
      ...extra,
    },
  };
}

const advance = (amountVnd: number): ActionCommand => ({
  action: 'record_disbursement',
  actor: officer,
  kind: 'ADVANCE',
  amountVnd,
});
const certify = (progressPercent: number, reportDate = '2026-06-30'): ActionCommand => ({
  action: 'certify_progress',
  actor: leader,
  progressPercent,
  reportDate,
});

function decide(s: ProjectSnapshot, c: ActionCommand) {
  return decideAction(s, c, NOW);
}

describe('machinery: 70% after a progress report certified above 70%', () => {
  it('refuses an advance before any certification, naming the rule and its article', () => {
    const d = decide(contracted(facts('MACHINERY')), advance(10_000_000));
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.code).toBe('RULE_VIOLATION');
    expect(d.message).toContain(
      'Chưa được tạm ứng: chỉ tạm ứng 70% khi báo cáo tiến độ được Sở Công Thương xác nhận đã thực hiện trên 70%',
    );
    expect(d.message).toContain('Thông tư số 36/2013/TT-BCT, Điều 12');
    expect(d.message).toContain('no progress report has been certified');
  });

  it('refuses at exactly 70% certified and pays at 71%, up to 70% of the approved support', () => {
    let s = contracted(facts('MACHINERY'));
    const at70 = decide(s, certify(70));
    if (!at70.ok) throw new Error(at70.message);
    s = { ...s, status: applyEvent(s.status, at70.event) };
    expect(s.status.certifiedProgress).toEqual({ percentDone: 70, reportDate: '2026-06-30' });
    const refused = decide(s, advance(10_000_000));
    expect(!refused.ok && refused.message).toContain('báo cáo được xác nhận gần nhất ghi 70%');
    const at71 = decide(s, certify(71));
    if (!at71.ok) throw new Error(at71.message);
    s = { ...s, status: applyEvent(s.status, at71.event) };
    expect(decide(s, advance(210_000_000)).ok).toBe(true);
    const over = decide(s, advance(210_000_001));
    expect(!over.ok && over.message).toContain('vượt 70% kinh phí được duyệt (210.000.000 đ)');
  });
});

describe('cluster infrastructure: 30% after more than half the volume', () => {
  it('pays 30% of the approved support once 51% is certified, not a đồng more', () => {
    const s = contracted(facts('CLUSTERS_AND_ENVIRONMENT'), {
      certifiedProgress: { percentDone: 51, reportDate: '2026-06-30' },
    });
    expect(decide(s, advance(90_000_000)).ok).toBe(true);
    const over = decide(s, advance(90_000_001));
    expect(!over.ok && over.message).toContain('vượt 30% kinh phí được duyệt (90.000.000 đ)');
    const half = contracted(facts('CLUSTERS_AND_ENVIRONMENT'), {
      certifiedProgress: { percentDone: 50, reportDate: '2026-06-30' },
    });
    expect(decide(half, advance(1)).ok).toBe(false);
  });
});

describe('training: 70% on the contract', () => {
  it('needs no certification', () => {
    expect(decide(contracted(facts('TRAINING')), advance(210_000_000)).ok).toBe(true);
  });
});

describe('a project created before the rule tables', () => {
  it('keeps the single 70% cap with no condition, as its history recorded', () => {
    expect(decide(contracted(facts('MACHINERY', false)), advance(210_000_000)).ok).toBe(true);
  });
});

describe('certify_progress', () => {
  it('needs a whole percent from 0 to 100 and a report day not in the future', () => {
    const s = contracted(facts('MACHINERY'));
    for (const bad of [-1, 101, 70.5]) {
      const d = decide(s, certify(bad));
      expect(!d.ok && d.code).toBe('INVALID_COMMAND');
    }
    const future = decide(s, certify(80, '2026-07-02'));
    expect(!future.ok && future.message).toContain('ở sau hôm nay');
  });
  it('is the Department’s: the unit may not certify its own progress', () => {
    const unit: Actor = { userId: 'u-u', email: 'unit.hn@demo.local', role: 'implementer', provinceCode: 'HN' };
    const d = decide(contracted(facts('MACHINERY')), { ...certify(80), actor: unit });
    expect(!d.ok && d.code).toBe('ROLE_FORBIDDEN');
  });
});

describe('approval above the cap', () => {
  it('is refused with the cap, its instrument and the figures', () => {
    const f = { ...facts('DEMONSTRATION_MODEL'), requestedSupportVnd: 400_000_000 };
    const s: ProjectSnapshot = {
      facts: f,
      status: { ...contracted(f).status, state: 'BASE_APPRAISAL', approvedSupportVnd: null, contract: null },
    };
    const approver: Actor = { ...leader };
    const d = decide(s, {
      action: 'approve',
      actor: approver,
      approvedSupportVnd: 400_000_000,
      decisionNo: '1/QĐ-SCT',
      decisionDate: '2026-06-30',
    });
    expect(!d.ok && d.code).toBe('RULE_VIOLATION');
    expect(!d.ok && d.message).toContain(
      'Kinh phí hỗ trợ được duyệt 400.000.000 đ vượt mức hỗ trợ tối đa 300.000.000 đ',
    );
    expect(
      decide(s, {
        action: 'approve',
        actor: approver,
        approvedSupportVnd: 300_000_000,
        decisionNo: '1/QĐ-SCT',
        decisionDate: '2026-06-30',
      }).ok,
    ).toBe(true);
  });
});

describe('a funding increase asked by adjustment', () => {
  const unit: Actor = { userId: 'u-u', email: 'unit.hn@demo.local', role: 'implementer', provinceCode: 'HN' };
  const model = (): ProjectSnapshot => {
    const f = { ...facts('DEMONSTRATION_MODEL'), requestedSupportVnd: 250_000_000 };
    return { facts: f, status: { ...contracted(f).status, state: 'IN_PROGRESS', approvedSupportVnd: 250_000_000 } };
  };
  const ask = (supportVnd: number) =>
    decideAdjustmentRequest(
      model(),
      null,
      { id: 'a-1', kind: 'FUNDING_INCREASE', reason: 'Giá thiết bị tăng', changes: { supportVnd }, actor: unit },
      NOW,
    );
  it('is held to the cap the project was created under', () => {
    expect(ask(300_000_000).ok).toBe(true);
    const over = ask(300_000_001);
    expect(!over.ok && over.code).toBe('RULE_VIOLATION');
    expect(!over.ok && over.message).toContain(
      'Kinh phí hỗ trợ đề nghị điều chỉnh 300.000.001 đ vượt mức hỗ trợ tối đa 300.000.000 đ',
    );
  });
});
