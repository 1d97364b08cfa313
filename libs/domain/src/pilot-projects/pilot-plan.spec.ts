/** Pilot projects (đề án điểm): terms, the split by year, advances by each year's progress and the carry-over. */
import { decideAction, applyEvent, ActionCommand } from '../transitions';
import type { Actor } from '../roles';
import type { ProjectFacts, ProjectSnapshot } from '../project';
import { resolveMoneyRules } from '../money-rules/project-money-rules';
import { PilotTerms, pilotTermsProblems, pilotYearsOf } from './pilot-plan';
import { checkChanges, termsOf, withTerms } from '../adjustments/adjustment-terms';

const terms: PilotTerms = {
  linkedCategories: ['MACHINERY', 'PRODUCTS_AND_FAIRS'],
  years: [
    { year: 2026, supportVnd: 1_000_000_000 },
    { year: 2027, supportVnd: 1_100_000_000 },
  ],
};
const draft = {
  scope: 'NATIONAL',
  category: 'TRAINING',
  requestedSupportVnd: 2_100_000_000,
  plannedStart: '2026-03-01',
  plannedEnd: '2027-11-30',
};

describe('the terms of a pilot project', () => {
  it('accept a national project over two years with a linked content area and years adding up', () => {
    expect(pilotTermsProblems(draft, terms)).toEqual([]);
  });

  it('name each problem under its field', () => {
    const fields = (d: typeof draft, t: PilotTerms) => pilotTermsProblems(d, t).map((p) => p.field);
    expect(fields({ ...draft, scope: 'LOCAL' }, terms)).toEqual(['pilot']);
    expect(fields(draft, { ...terms, linkedCategories: [] })).toEqual(['pilot.linkedCategories']);
    expect(fields(draft, { ...terms, linkedCategories: ['TRAINING', 'MACHINERY', 'MACHINERY'] })).toEqual([
      'pilot.linkedCategories[0]',
      'pilot.linkedCategories[2]',
    ]);
    expect(fields({ ...draft, plannedEnd: '2026-12-31' }, terms)).toEqual(['plannedEnd']);
    expect(fields({ ...draft, plannedEnd: '2028-06-30' }, terms)).toEqual(['pilot.years']);
    const off = pilotTermsProblems({ ...draft, requestedSupportVnd: 2_100_000_001 }, terms);
    expect(off.map((p) => p.field)).toEqual(['pilot.years']);
    expect(off[0].vi).toContain(
      'Tổng kinh phí các năm 2.100.000.000 đ phải bằng kinh phí đề nghị hỗ trợ 2.100.000.001 đ',
    );
  });
});

describe('the approved support split by year', () => {
  it('keeps the proportions asked for in whole VND and adds up exactly', () => {
    const years = pilotYearsOf(
      {
        ...terms,
        years: [
          { year: 2026, supportVnd: 4_000_000_000 },
          { year: 2027, supportVnd: 2_500_000_000 },
        ],
      },
      6_000_000_000,
    );
    expect(years.map((y) => y.allocatedVnd)).toEqual([3_692_307_692, 2_307_692_308]);
  });
});

const unit: Actor = { userId: 'u-u', email: 'unit.pt@demo.local', role: 'implementer', provinceCode: 'PT' };
const officer: Actor = { userId: 'u-o', email: 'officer.pt@demo.local', role: 'officer', provinceCode: 'PT' };
const cuc: Actor = { userId: 'u-c', email: 'cuc.officer@demo.local', role: 'cuc_officer', provinceCode: null };
const minister: Actor = { userId: 'u-m', email: 'minister@demo.local', role: 'minister', provinceCode: null };
void unit;

const facts: ProjectFacts = {
  id: 'p-pilot',
  code: 'KCQG-2026-PT-05',
  scope: 'NATIONAL',
  provinceCode: 'PT',
  category: 'TRAINING',
  title: 'Đề án điểm: phát triển sản phẩm chè Phú Thọ',
  implementingUnit: { name: 'Trung tâm Khuyến công Phú Thọ', email: 'unit.pt@demo.local' },
  beneficiary: 'Chuỗi 3 hợp tác xã chè',
  totalCostVnd: 6_500_000_000,
  requestedSupportVnd: 2_100_000_000,
  plannedStart: '2026-03-01',
  plannedEnd: '2027-11-30',
  createdByUserId: 'u-o',
  moneyRules: resolveMoneyRules({
    scope: 'NATIONAL',
    provinceCode: 'PT',
    category: 'TRAINING',
    day: '2026-02-01',
    priority: false,
  }),
  pilot: terms,
};

function step(s: ProjectSnapshot, command: ActionCommand, day: string): ProjectSnapshot {
  const d = decideAction(s, command, `${day}T03:00:00.000Z`);
  if (!d.ok) throw new Error(d.message);
  return { ...s, status: applyEvent(s.status, d.event) };
}
function refusal(s: ProjectSnapshot, command: ActionCommand, day: string): string {
  const d = decideAction(s, command, `${day}T03:00:00.000Z`);
  if (d.ok) throw new Error(`${command.action} was allowed`);
  return d.message;
}
const advance = (amountVnd: number): ActionCommand => ({
  action: 'record_disbursement',
  actor: cuc,
  kind: 'ADVANCE',
  amountVnd,
});
const closeYear = (progressPercent: number, reportDate: string): ActionCommand => ({
  action: 'close_pilot_year',
  actor: officer,
  progressPercent,
  reportDate,
});

function contracted(): ProjectSnapshot {
  let s: ProjectSnapshot = {
    facts,
    status: {
      state: 'MINISTRY_APPRAISAL',
      seq: 4,
      approvedSupportVnd: null,
      acceptedAmountVnd: null,
      advancesVnd: 0,
      finalPaymentsVnd: 0,
      contract: null,
      acceptance: null,
    },
  };
  s = step(
    s,
    {
      action: 'approve',
      actor: minister,
      approvedSupportVnd: 2_100_000_000,
      decisionNo: '88/QĐ-BCT',
      decisionDate: '2026-03-10',
    },
    '2026-03-10',
  );
  return step(
    s,
    { action: 'sign_contract', actor: cuc, contractNo: 'HĐ-ĐĐ-05', contractDate: '2026-03-15' },
    '2026-03-15',
  );
}

describe('a pilot project’s years', () => {
  it('start at approval, each with its part of the approved support', () => {
    const s = contracted();
    expect(s.status.pilotYears!.map((y) => [y.year, y.allocatedVnd, y.closed])).toEqual([
      [2026, 1_000_000_000, false],
      [2027, 1_100_000_000, false],
    ]);
  });

  it('advance within 70% of the year’s part, paid in that year', () => {
    let s = contracted();
    expect(refusal(s, advance(700_000_001), '2026-04-01')).toContain(
      'Tạm ứng năm 2026 sẽ là 700.000.001 đ, vượt 70% kinh phí của năm',
    );
    s = step(s, advance(600_000_000), '2026-04-01');
    expect(s.status.pilotYears![0].advancesVnd).toBe(600_000_000);
    expect(refusal(s, advance(100_000_001), '2026-05-01')).toContain('còn được tạm ứng 100.000.000 đ');
    expect(refusal(s, advance(10_000_000), '2027-01-05')).toContain(
      'Năm 2026 của đề án điểm chưa được tổng kết: Sở Công Thương xác nhận tiến độ năm 2026',
    );
  });

  it('close with the certified progress, carrying the unused part into the next year', () => {
    let s = step(contracted(), advance(600_000_000), '2026-04-01');
    expect(refusal(s, { ...closeYear(80, '2026-12-15'), actor: cuc }, '2026-12-20')).toContain('officer');
    s = step(s, closeYear(80, '2026-12-15'), '2026-12-20');
    const [y2026, y2027] = s.status.pilotYears!;
    expect([y2026.closed, y2026.progressPercent, y2026.carriedOutVnd]).toEqual([true, 80, 400_000_000]);
    expect([y2027.allocatedVnd, y2027.carriedInVnd]).toEqual([1_100_000_000, 400_000_000]);
    // The next year's advances wait for its first day, then reach 70% of 1,500,000,000.
    expect(refusal(s, advance(10_000_000), '2026-12-28')).toContain('Chưa đến năm 2027 của đề án điểm');
    expect(refusal(s, advance(1_050_000_001), '2027-01-05')).toContain('tối đa 1.050.000.000 đ');
    s = step(s, advance(1_050_000_000), '2027-01-05');
    expect(s.status.pilotYears![1].advancesVnd).toBe(1_050_000_000);
    expect(s.status.advancesVnd).toBe(1_650_000_000);
    // Advances together never pass the approved support.
    expect(refusal(s, closeYear(90, '2027-06-30'), '2027-07-01')).toContain('năm cuối của đề án điểm');
  });

  it('are not offered on a project of one year', () => {
    const plain = { ...contracted(), facts: { ...facts, pilot: undefined } };
    expect(refusal(plain, closeYear(80, '2026-12-15'), '2026-12-20')).toContain('close_pilot_year');
  });
});

describe('an approved adjustment of a pilot project', () => {
  it('puts a change of support on the year under way and adds the year an extension reaches', () => {
    const s = step(contracted(), advance(600_000_000), '2026-04-01');
    const more = withTerms(s.facts, s.status, {
      ...termsOf(s.facts, s.status),
      supportVnd: 2_300_000_000,
      plannedEnd: '2028-06-30',
    });
    expect(more.status.pilotYears!.map((y) => [y.year, y.allocatedVnd])).toEqual([
      [2026, 1_200_000_000],
      [2027, 1_100_000_000],
      [2028, 0],
    ]);
  });

  it('refuses a cut that leaves the year under way below what it advanced', () => {
    const s = step(contracted(), advance(600_000_000), '2026-04-01');
    const terms = termsOf(s.facts, s.status);
    expect(checkChanges('FUNDING_DECREASE', { supportVnd: 1_700_000_000 }, terms, s.status)).toBeNull();
    const cut = checkChanges('FUNDING_DECREASE', { supportVnd: 1_699_999_999 }, terms, s.status);
    expect(cut?.message).toContain('phần giảm trừ vào kinh phí năm 2026, khi đó còn 599.999.999 đ');
  });
});
