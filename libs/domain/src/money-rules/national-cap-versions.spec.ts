/** Later versions of the national caps the administrator enters (issue 15): resolution by day, and the locks. */
import { decideAction } from '../transitions';
import type { Actor } from '../roles';
import type { ProjectFacts, ProjectSnapshot } from '../project';
import {
  NationalCapVersion,
  capTableOf,
  capVersionConflict,
  capVersionFieldProblems,
  capVersionRemovalProblem,
} from './national-cap-versions';
import { capTableInForce, capTablesWith, resolveSupportCap, supportLimitVnd } from './support-caps';
import { resolveMoneyRules } from './project-money-rules';

const TT_2027: NationalCapVersion = {
  code: 'TT-15-2027',
  nameVi: 'Thông tư số 15/2027/TT-BTC',
  nameEn: 'Circular 15/2027/TT-BTC',
  effectiveFrom: '2027-07-01',
  caps: [{ category: 'DEMONSTRATION_MODEL', percentOfCost: 20, maxVnd: 200_000_000, per: 'MODEL', article: 'Điều 7' }],
};
const tables = capTablesWith([capTableOf(TT_2027)]);
const model = (day: string) =>
  resolveSupportCap(
    { scope: 'NATIONAL', provinceCode: 'PT', category: 'DEMONSTRATION_MODEL', day, priority: false },
    [],
    tables,
  )!;

describe('a later version of the national caps', () => {
  it('takes effect on its day; the day before, TT 28/2018 still holds', () => {
    expect(capTableInForce('2027-06-30', tables).instrument.code).toBe('TT-28-2018');
    expect(capTableInForce('2027-07-01', tables).instrument.code).toBe('TT-15-2027');
    expect(model('2027-06-30').maxVnd).toBe(1_000_000_000);
    const next = model('2027-07-01');
    expect([next.instrument, next.percentOfCost, next.maxVnd, next.verified]).toEqual([
      'TT-15-2027',
      20,
      200_000_000,
      true,
    ]);
    expect(next.citation.vi).toBe('Thông tư số 15/2027/TT-BTC, Điều 7');
    expect(supportLimitVnd(next, 5_000_000_000)).toBe(200_000_000);
  });

  it('caps only the content areas it lists: the others have no share-and-maximum cap under it', () => {
    const machinery = resolveSupportCap(
      { scope: 'NATIONAL', provinceCode: 'PT', category: 'MACHINERY', day: '2027-08-01', priority: false },
      [],
      tables,
    );
    expect(machinery).toBeNull();
  });

  it('leaves a project approved in 2022 judged by the 2022 rules', () => {
    const facts: ProjectFacts = {
      id: 'p-2022',
      code: 'KCQG-2022-PT-01',
      scope: 'NATIONAL',
      provinceCode: 'PT',
      category: 'DEMONSTRATION_MODEL',
      title: 'Mô hình trình diễn chế biến chè',
      implementingUnit: { name: 'Trung tâm Khuyến công Phú Thọ', email: 'unit.pt@demo.local' },
      beneficiary: 'HTX Chè Phú Thọ',
      totalCostVnd: 2_000_000_000,
      requestedSupportVnd: 700_000_000,
      plannedStart: '2022-03-01',
      plannedEnd: '2022-11-30',
      createdByUserId: 'u-o',
      moneyRules: resolveMoneyRules(
        { scope: 'NATIONAL', provinceCode: 'PT', category: 'DEMONSTRATION_MODEL', day: '2022-02-10', priority: false },
        [],
        tables,
      ),
    };
    expect(facts.moneyRules!.supportCap!.instrument).toBe('TT-28-2018');
    const snapshot: ProjectSnapshot = {
      facts,
      status: {
        state: 'MINISTRY_APPRAISAL',
        seq: 3,
        approvedSupportVnd: null,
        acceptedAmountVnd: null,
        advancesVnd: 0,
        finalPaymentsVnd: 0,
        contract: null,
        acceptance: null,
      },
    };
    const minister: Actor = { userId: 'u-m', email: 'minister@demo.local', role: 'minister', provinceCode: null };
    const approve = (approvedSupportVnd: number) =>
      decideAction(
        snapshot,
        { action: 'approve', actor: minister, approvedSupportVnd, decisionNo: '12/QĐ-BCT', decisionDate: '2027-08-01' },
        '2027-08-01T03:00:00.000Z',
      );
    // 30% of 2 billion under TT 28/2018; the 2027 version's 200 million would refuse it.
    const allowed = approve(600_000_000);
    const refused = approve(600_000_001);
    expect(allowed.ok || allowed.message).toBe(true);
    expect(!refused.ok && refused.message).toContain('Thông tư số 28/2018/TT-BTC');
  });
});

describe('what the administrator may enter', () => {
  it('starts after TT 28/2018 took effect, one row per content area, each with a share or a maximum', () => {
    const fields = capVersionFieldProblems({
      ...TT_2027,
      effectiveFrom: '2018-05-12',
      caps: [
        { category: 'MACHINERY', percentOfCost: null, maxVnd: null, per: 'ESTABLISHMENT', article: '' },
        { category: 'MACHINERY', percentOfCost: 40, maxVnd: null, per: 'ESTABLISHMENT', article: '' },
      ],
    });
    expect(Object.keys(fields).sort()).toEqual(['caps[0]', 'caps[1].category', 'effectiveFrom']);
    expect(capVersionFieldProblems(TT_2027)).toEqual({});
  });

  it('never changes a built-in instrument, a version in force, or a second one on the same day', () => {
    expect(capVersionConflict({ ...TT_2027, code: 'TT-28-2018' }, [], '2026-12-03')?.vi).toContain('có sẵn');
    expect(capVersionConflict(TT_2027, [TT_2027], '2027-07-01')?.vi).toContain('đã có hiệu lực từ 01/07/2027');
    expect(capVersionConflict(TT_2027, [TT_2027], '2027-06-30')).toBeNull();
    expect(capVersionConflict({ ...TT_2027, code: 'TT-16-2027' }, [TT_2027], '2026-12-03')?.vi).toContain(
      'mỗi ngày hiệu lực chỉ một văn bản',
    );
    expect(capVersionRemovalProblem(TT_2027, '2027-06-30')).toBeNull();
    expect(capVersionRemovalProblem(TT_2027, '2027-07-01')?.en).toContain('cannot be changed or removed');
  });
});
