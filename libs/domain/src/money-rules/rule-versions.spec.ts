/**
 * A later instrument entered by the administrator may also change the advance rules by content area, the priority
 * factor and the two overhead shares (issue 15): each takes effect on its day, areas it does not list keep theirs,
 * and a project keeps the rules of its creation day.
 */
import { NationalCapVersion, capTableOf, capVersionFieldProblems } from './national-cap-versions';
import { programmeManagementProblem, unitOverheadProblem } from './overheads';
import {
  advanceRuleOn,
  programmeManagementShareFor,
  resolveMoneyRules,
  unitOverheadShareOn,
} from './project-money-rules';
import { capTablesWith, describeSupportCap } from './support-caps';

const TT_2027: NationalCapVersion = {
  code: 'TT-15-2027',
  nameVi: 'Thông tư số 15/2027/TT-BTC',
  nameEn: 'Circular 15/2027/TT-BTC',
  effectiveFrom: '2027-07-01',
  caps: [{ category: 'DEMONSTRATION_MODEL', percentOfCost: 30, maxVnd: 1_000_000_000, per: 'MODEL', article: '' }],
  advances: [
    {
      category: 'MACHINERY',
      percent: 50,
      condition: 'CERTIFIED_PROGRESS',
      morePercentThan: 60,
      measure: 'INVESTMENT',
      article: 'Điều 9',
    },
    { category: 'TRAINING', percent: 80, condition: 'CONTRACT', morePercentThan: null, measure: null, article: '' },
  ],
  priorityFactorPercent: 200,
  unitOverheadPermille: 30,
  programmeManagementPermille: 20,
};
const TT_2028: NationalCapVersion = {
  ...TT_2027,
  code: 'TT-04-2028',
  nameVi: 'Thông tư số 04/2028/TT-BTC',
  effectiveFrom: '2028-03-01',
  advances: [
    { category: 'TRAINING', percent: 60, condition: 'CONTRACT', morePercentThan: null, measure: null, article: '' },
  ],
  priorityFactorPercent: null,
  unitOverheadPermille: null,
  programmeManagementPermille: null,
};
const tables = capTablesWith([capTableOf(TT_2027), capTableOf(TT_2028)]);

describe('advance rules by effective day', () => {
  it('keeps TT 36/2013 the day before and takes the new rule on its day, citing it', () => {
    const before = advanceRuleOn('2027-06-30', 'MACHINERY', undefined, tables);
    expect([before.percent, before.condition]).toEqual([
      70,
      { kind: 'CERTIFIED_PROGRESS', morePercentThan: 70, measure: 'INVESTMENT' },
    ]);
    const after = advanceRuleOn('2027-07-01', 'MACHINERY', undefined, tables);
    expect([after.percent, after.condition]).toEqual([
      50,
      { kind: 'CERTIFIED_PROGRESS', morePercentThan: 60, measure: 'INVESTMENT' },
    ]);
    expect(after.citation.vi).toBe('Thông tư số 15/2027/TT-BTC, Điều 9');
  });

  it('leaves areas the instrument does not list under the rule before it, and a later one overlays only its own', () => {
    expect(advanceRuleOn('2027-08-01', 'CLUSTERS_AND_ENVIRONMENT', undefined, tables).percent).toBe(30);
    expect(advanceRuleOn('2027-08-01', 'TRAINING', undefined, tables).percent).toBe(80);
    expect(advanceRuleOn('2028-03-01', 'TRAINING', undefined, tables).percent).toBe(60);
    // TT 04/2028 does not list machinery: the 2027 rule still holds.
    expect(advanceRuleOn('2028-03-01', 'MACHINERY', undefined, tables).percent).toBe(50);
    expect(advanceRuleOn('2028-03-01', 'ADVISORY', 'ENTERPRISE_FORMATION', tables).percent).toBe(100);
  });

  it('is fixed in the project’s rules on its creation day', () => {
    const query = { scope: 'NATIONAL' as const, provinceCode: 'PT', category: 'MACHINERY', priority: false };
    expect(resolveMoneyRules({ ...query, day: '2027-06-30' }, [], tables).advance.percent).toBe(70);
    expect(resolveMoneyRules({ ...query, day: '2027-07-01' }, [], tables).advance.percent).toBe(50);
  });
});

describe('the priority factor and the overheads by effective day', () => {
  const model = (day: string) =>
    resolveMoneyRules(
      { scope: 'NATIONAL', provinceCode: 'CB', category: 'DEMONSTRATION_MODEL', day, priority: true },
      [],
      tables,
    ).supportCap!;

  it('raises a priority area’s maximum by the factor in force, named in the rule', () => {
    expect(model('2027-06-30').maxVnd).toBe(1_500_000_000);
    const after = model('2027-07-01');
    expect(after.maxVnd).toBe(2_000_000_000);
    expect(describeSupportCap(after).vi).toContain('(địa bàn ưu tiên: 2 lần)');
    // A later instrument that leaves the factor blank keeps 2 times.
    expect(model('2028-03-01').maxVnd).toBe(2_000_000_000);
  });

  it('holds the unit’s overhead to the share in force on the creation day, to the đồng', () => {
    expect(unitOverheadShareOn('2027-06-30', tables).numerator).toBe(25);
    const share = unitOverheadShareOn('2027-07-01', tables);
    expect(unitOverheadProblem(30_000_000, 1_000_000_000, share)).toBeNull();
    const over = unitOverheadProblem(30_000_001, 1_000_000_000, share)!;
    expect(over).toContain('vượt 3% tổng kinh phí đề án 1.000.000.000 đ (tối đa 30.000.000 đ)');
    expect(over).toContain('Thông tư số 15/2027/TT-BTC');
    const rules = resolveMoneyRules(
      { scope: 'NATIONAL', provinceCode: 'PT', category: 'TRAINING', day: '2027-07-01', priority: false },
      [],
      tables,
    );
    expect(rules.unitOverhead?.numerator).toBe(30);
    // Before it: no share kept with the project, so it stays 2.5% as every project did.
    expect(
      resolveMoneyRules(
        { scope: 'NATIONAL', provinceCode: 'PT', category: 'TRAINING', day: '2027-06-30', priority: false },
        [],
        tables,
      ).unitOverhead,
    ).toBeUndefined();
  });

  it('holds a plan to the programme-management share in force on 1 January of its year', () => {
    expect(programmeManagementShareFor(2027, tables).numerator).toBe(15);
    const share = programmeManagementShareFor(2028, tables);
    expect(share.numerator).toBe(20);
    const line = (category: string, assignedVnd: number) => ({ category, assignedVnd });
    expect(
      programmeManagementProblem([line('TRAINING', 9_800_000_000), line('PROGRAMME_MANAGEMENT', 200_000_000)], share),
    ).toBeNull();
    expect(
      programmeManagementProblem([line('TRAINING', 9_799_999_999), line('PROGRAMME_MANAGEMENT', 200_000_001)], share),
    ).toContain('vượt 2% tổng dự toán');
  });
});

describe('advance rows the administrator may enter', () => {
  it('one row per area; a progress condition needs its share and measure; a contract one takes neither', () => {
    const fields = capVersionFieldProblems({
      ...TT_2027,
      advances: [
        {
          category: 'MACHINERY',
          percent: 50,
          condition: 'CERTIFIED_PROGRESS',
          morePercentThan: null,
          measure: null,
          article: '',
        },
        { category: 'MACHINERY', percent: 50, condition: 'CONTRACT', morePercentThan: 60, measure: null, article: '' },
      ],
    });
    expect(Object.keys(fields).sort()).toEqual([
      'advances[0].measure',
      'advances[0].morePercentThan',
      'advances[1].category',
      'advances[1].condition',
    ]);
    expect(capVersionFieldProblems(TT_2027)).toEqual({});
  });
});
