/** Support for forming an enterprise (TT 36 Art. 12): no advance; 100% after base acceptance, with its registration. */
import { decideAction, applyEvent, ActionCommand } from '../transitions';
import type { Actor } from '../roles';
import type { ProjectFacts, ProjectSnapshot } from '../project';
import { resolveMoneyRules } from './project-money-rules';
import { moneyRulesSummary } from './money-rules-summary';

const NOW = '2026-07-01T03:00:00.000Z';
const officer: Actor = { userId: 'u-o', email: 'officer.hn@demo.local', role: 'officer', provinceCode: 'HN' };

const facts: ProjectFacts = {
  id: 'p-ef',
  code: 'KCĐP-2026-HN-009',
  scope: 'LOCAL',
  provinceCode: 'HN',
  category: 'ADVISORY',
  title: 'Hỗ trợ thành lập doanh nghiệp chế biến nông sản',
  implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
  beneficiary: 'Hộ kinh doanh Nguyễn Văn An',
  totalCostVnd: 20_000_000,
  requestedSupportVnd: 10_000_000,
  plannedStart: '2026-03-01',
  plannedEnd: '2026-11-30',
  createdByUserId: 'u-o',
  moneyRules: resolveMoneyRules({
    scope: 'LOCAL',
    provinceCode: 'HN',
    category: 'ADVISORY',
    day: '2026-02-01',
    priority: false,
    item: 'ENTERPRISE_FORMATION',
  }),
};

function at(state: 'CONTRACTED' | 'ACCEPTED'): ProjectSnapshot {
  return {
    facts,
    status: {
      state,
      seq: 6,
      approvedSupportVnd: 10_000_000,
      acceptedAmountVnd: state === 'ACCEPTED' ? 10_000_000 : null,
      advancesVnd: 0,
      finalPaymentsVnd: 0,
      contract: { contractNo: 'HĐ-9', contractDate: '2026-03-05' },
      acceptance: state === 'ACCEPTED' ? { minutesNo: 'BB-9', minutesDate: '2026-06-20' } : null,
    },
  };
}

const pay = (kind: 'ADVANCE' | 'FINAL', amountVnd: number, businessRegistrationNo?: string): ActionCommand => ({
  action: 'record_disbursement',
  actor: officer,
  kind,
  amountVnd,
  ...(businessRegistrationNo !== undefined ? { businessRegistrationNo } : {}),
});

describe('support for forming an enterprise', () => {
  it('has the 100% rule after base acceptance', () => {
    expect(facts.moneyRules!.advance.percent).toBe(100);
    expect(moneyRulesSummary(facts, at('CONTRACTED').status)).toMatchObject({
      enterpriseFormation: true,
      advance: { conditionMet: false, condition: { vi: expect.stringContaining('sau khi nghiệm thu cơ sở') } },
    });
    expect(moneyRulesSummary(facts, at('ACCEPTED').status).advance!.conditionMet).toBe(true);
  });

  it('refuses any advance before acceptance, naming the rule', () => {
    const d = decideAction(at('CONTRACTED'), pay('ADVANCE', 1), NOW);
    expect(!d.ok && d.code).toBe('RULE_VIOLATION');
    expect(!d.ok && d.message).toContain('Không tạm ứng trước: hỗ trợ thành lập doanh nghiệp được cấp 100%');
    expect(!d.ok && d.message).toContain('Thông tư số 36/2013/TT-BCT, Điều 12');
  });

  it('pays 100% after acceptance only with the enterprise code, and keeps it with the payment', () => {
    const missing = decideAction(at('ACCEPTED'), pay('FINAL', 10_000_000), NOW);
    expect(!missing.ok && missing.code).toBe('INVALID_COMMAND');
    expect(!missing.ok && missing.message).toContain('cần mã số doanh nghiệp');
    expect(decideAction(at('ACCEPTED'), pay('FINAL', 10_000_000, '01098765'), NOW).ok).toBe(false);
    const paid = decideAction(at('ACCEPTED'), pay('FINAL', 10_000_000, ' 0109876543 '), NOW);
    if (!paid.ok) throw new Error(paid.message);
    expect(paid.event.details).toMatchObject({
      kind: 'FINAL',
      amountVnd: 10_000_000,
      businessRegistrationNo: '0109876543',
    });
    expect(applyEvent(at('ACCEPTED').status, paid.event).finalPaymentsVnd).toBe(10_000_000);
    expect(decideAction(at('ACCEPTED'), pay('FINAL', 10_000_001, '0109876543-001'), NOW).ok).toBe(false);
  });

  it('asks nothing more of other advisory projects', () => {
    const advisory = { ...facts, moneyRules: resolveMoneyRules({ ...facts, day: '2026-02-01', priority: false }) };
    const s = { ...at('ACCEPTED'), facts: advisory };
    const d = decideAction(s, pay('FINAL', 10_000_000), NOW);
    expect(d.ok).toBe(true);
    expect(d.ok && 'businessRegistrationNo' in d.event.details).toBe(false);
  });
});
