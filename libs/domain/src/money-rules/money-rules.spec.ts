import { instrumentInForce } from './legal-instruments';
import { resolveSupportCap, supportCapViolation, supportLimitVnd, describeSupportCap } from './support-caps';
import { advanceRuleFor } from './advance-rules';
import { resolveMoneyRules } from './project-money-rules';

const national = (category: string, day: string, priority = false) =>
  resolveSupportCap({ scope: 'NATIONAL', provinceCode: 'HN', category, day, priority });

describe('the instrument in force', () => {
  it('is TTLT 26/2014 up to the day before TT 28/2018 takes effect, TT 28/2018 from that day', () => {
    expect(instrumentInForce('2014-04-08').code).toBe('TTLT-26-2014');
    expect(instrumentInForce('2016-01-01').code).toBe('TTLT-26-2014');
    expect(instrumentInForce('2018-05-11').code).toBe('TTLT-26-2014');
    expect(instrumentInForce('2018-05-12').code).toBe('TT-28-2018');
    expect(instrumentInForce('2026-12-03').code).toBe('TT-28-2018');
  });
});

describe('national caps', () => {
  it('holds a demonstration model to 30% and 500 million under TTLT 26, 1,000 million under TT 28', () => {
    const old = national('DEMONSTRATION_MODEL', '2018-05-11')!;
    const current = national('DEMONSTRATION_MODEL', '2018-05-12')!;
    expect([old.percentOfCost, old.maxVnd]).toEqual([30, 500_000_000]);
    expect([current.percentOfCost, current.maxVnd]).toEqual([30, 1_000_000_000]);
    expect(current.citation.vi).toBe('Thông tư số 28/2018/TT-BTC, Điều 8 khoản 2');
  });

  it('takes the smaller of the share of the cost and the maximum, in whole VND', () => {
    const cap = national('DEMONSTRATION_MODEL', '2026-12-03')!;
    expect(supportLimitVnd(cap, 1_000_000_001)).toBe(300_000_000);
    expect(supportLimitVnd(cap, 10_000_000_000)).toBe(1_000_000_000);
  });

  it('allows a priority area 1.5 times the maximum, not a larger share', () => {
    const cap = national('DEMONSTRATION_MODEL', '2026-12-03', true)!;
    expect(cap.maxVnd).toBe(1_500_000_000);
    expect(supportLimitVnd(cap, 10_000_000_000)).toBe(1_500_000_000);
    expect(supportLimitVnd(cap, 1_000_000_000)).toBe(300_000_000);
    expect(describeSupportCap(cap).vi).toContain('địa bàn ưu tiên: 1,5 lần');
  });

  it('has no cap for content areas paid by cost norms', () => {
    expect(national('TRAINING', '2026-12-03')).toBeNull();
    expect(supportCapViolation(null, 100, 1_000)).toBeNull();
  });

  it('shows the figures DOMAIN.md has not verified as references, never refusing on them', () => {
    const machinery = national('MACHINERY', '2026-12-03')!;
    expect(machinery.verified).toBe(false);
    expect(describeSupportCap(machinery).vi).toContain('mức tham khảo, chưa được xác minh');
    expect(supportCapViolation(machinery, 1_000_000_000, 900_000_000)).toBeNull();
    expect(supportCapViolation(national('MACHINERY', '2018-05-11'), 1_000_000_000, 500_000_001)).toContain(
      'TTLT-BTC-BCT',
    );
  });
});

describe('a refusal above the cap', () => {
  const cap = national('DEMONSTRATION_MODEL', '2026-12-03')!;
  it('is null at the limit and names the rule, its instrument and the figures one đồng above', () => {
    expect(supportCapViolation(cap, 1_000_000_000, 300_000_000)).toBeNull();
    const refusal = supportCapViolation(cap, 1_000_000_000, 300_000_001)!;
    expect(refusal).toContain('300.000.001 đ vượt mức hỗ trợ tối đa 300.000.000 đ');
    expect(refusal).toContain('30% tổng kinh phí, tối đa 1.000.000.000 đ mỗi mô hình');
    expect(refusal).toContain('Thông tư số 28/2018/TT-BTC, Điều 8 khoản 2');
    expect(refusal).toContain('The requested support of 300,000,001 VND is above the cap of 300,000,000 VND');
  });
});

describe('local caps', () => {
  const caps = [
    {
      provinceCode: 'PT',
      year: 2026,
      category: 'MACHINERY',
      percentOfCost: 40,
      maxVnd: 150_000_000,
      basis: 'Quyết định số 1648/QĐ-UBND',
    },
  ];
  it('hold a local project of that province and year, whatever the national table says', () => {
    const cap = resolveSupportCap(
      { scope: 'LOCAL', provinceCode: 'PT', category: 'MACHINERY', day: '2026-03-01', priority: false },
      caps,
    )!;
    expect(cap).toMatchObject({ source: 'LOCAL', percentOfCost: 40, maxVnd: 150_000_000 });
    expect(supportCapViolation(cap, 1_000_000_000, 150_000_001)).toContain('Quyết định số 1648/QĐ-UBND');
  });
  it('do not hold another year, another province or a national project (the national table does)', () => {
    const other = (scope: 'LOCAL' | 'NATIONAL', provinceCode: string, day: string) =>
      resolveSupportCap({ scope, provinceCode, category: 'MACHINERY', day, priority: false }, caps)!.source;
    expect(other('LOCAL', 'PT', '2027-01-01')).toBe('NATIONAL');
    expect(other('LOCAL', 'HN', '2026-03-01')).toBe('NATIONAL');
    expect(other('NATIONAL', 'PT', '2026-03-01')).toBe('NATIONAL');
  });
});

describe('advance rules', () => {
  it('follow TT 36 Art. 12 by content area', () => {
    expect(advanceRuleFor('MACHINERY')).toMatchObject({
      percent: 70,
      condition: { kind: 'CERTIFIED_PROGRESS', morePercentThan: 70 },
    });
    expect(advanceRuleFor('CLUSTERS_AND_ENVIRONMENT')).toMatchObject({
      percent: 30,
      condition: { morePercentThan: 50, measure: 'VOLUME' },
    });
    expect(advanceRuleFor('TRAINING')).toMatchObject({ percent: 70, condition: { kind: 'CONTRACT' } });
    expect(advanceRuleFor('constructor')).toMatchObject({ percent: 70, condition: { kind: 'CONTRACT' } });
  });
  it('come with the cap in one resolution', () => {
    const rules = resolveMoneyRules({
      scope: 'NATIONAL',
      provinceCode: 'HN',
      category: 'MACHINERY',
      day: '2026-12-03',
      priority: false,
    });
    expect(rules.supportCap?.maxVnd).toBe(300_000_000);
    expect(rules.advance.percent).toBe(70);
  });
});
