import { vietnamNonWorkingDays } from '@kc/calendar';
import { WorkingCalendar, mergeNonWorkingDays } from '../calendar';
import type { ReportCadence } from './deadline-policy';
import { ReportPeriod, nextReportPeriod } from './reporting-periods';

/** Real Vietnamese non-working days: Tết 14–22/2/2026, Giỗ Tổ 26/4/2026 (Sunday) with nghỉ bù 27/4, Tết 2027. */
const cal = new WorkingCalendar(mergeNonWorkingDays(vietnamNonWorkingDays(2026), vietnamNonWorkingDays(2027)));

const MONTHLY: ReportCadence = { kind: 'MONTHLY', dueDay: 25 };
const QUARTERLY: ReportCadence = { kind: 'QUARTERLY', dueDay: 25 };

/** The first `count` periods from a contract signed at `anchor`. */
function periods(cadence: ReportCadence, anchor: string, count: number): ReportPeriod[] {
  const list: ReportPeriod[] = [];
  for (let i = 0; i < count; i += 1) list.push(nextReportPeriod(cadence, anchor, list[i - 1] ?? null, cal));
  return list;
}

const keysAndDays = (list: ReportPeriod[]) => list.map((p) => [p.key, p.dueDay]);

describe('nextReportPeriod, MONTHLY on the 25th (DOMAIN.md §8, Civil Code art. 148 for days off)', () => {
  const signed = '2026-04-01T03:00:00Z'; // 10:00 local, Wednesday 1/4/2026

  it('starts with the month of signing, carried over Giỗ Tổ and its nghỉ bù to Tuesday 28/4', () => {
    // 25/4 Saturday, 26/4 Sunday (Giỗ Tổ), 27/4 Monday (nghỉ bù).
    expect(nextReportPeriod(MONTHLY, signed, null, cal)).toEqual({
      key: '2026-04',
      dueDay: '2026-04-28',
      dueAt: '2026-04-28T17:00:00.000Z', // 24:00 local
      label: { vi: 'tháng 4/2026', en: 'April 2026' },
    });
  });

  it('follows month by month, each due at 24:00 local of its (shifted) due day', () => {
    expect(periods(MONTHLY, signed, 9).map((p) => [p.key, p.dueDay, p.dueAt])).toEqual([
      ['2026-04', '2026-04-28', '2026-04-28T17:00:00.000Z'],
      ['2026-05', '2026-05-25', '2026-05-25T17:00:00.000Z'], // Monday
      ['2026-06', '2026-06-25', '2026-06-25T17:00:00.000Z'],
      ['2026-07', '2026-07-27', '2026-07-27T17:00:00.000Z'], // 25/7 Saturday
      ['2026-08', '2026-08-25', '2026-08-25T17:00:00.000Z'],
      ['2026-09', '2026-09-25', '2026-09-25T17:00:00.000Z'],
      ['2026-10', '2026-10-26', '2026-10-26T17:00:00.000Z'], // 25/10 Sunday
      ['2026-11', '2026-11-25', '2026-11-25T17:00:00.000Z'],
      ['2026-12', '2026-12-25', '2026-12-25T17:00:00.000Z'],
    ]);
  });

  it('goes from December to January of the next year', () => {
    const december = periods(MONTHLY, signed, 9)[8];
    expect(nextReportPeriod(MONTHLY, signed, december, cal)).toEqual({
      key: '2027-01',
      dueDay: '2027-01-25', // Monday
      dueAt: '2027-01-25T17:00:00.000Z',
      label: { vi: 'tháng 1/2027', en: 'January 2027' },
    });
  });

  it('moves Sunday 25/1/2026 to Monday 26/1', () => {
    expect(nextReportPeriod(MONTHLY, '2026-01-05T02:00:00Z', null, cal)).toMatchObject({
      key: '2026-01',
      dueDay: '2026-01-26',
      dueAt: '2026-01-26T17:00:00.000Z',
    });
  });

  it('starts with the next month for a contract signed after the 25th', () => {
    expect(nextReportPeriod(MONTHLY, '2026-03-26T02:00:00Z', null, cal).key).toBe('2026-04');
    // Still after the 25th although April's deadline is carried to 28/4 by the days off.
    expect(nextReportPeriod(MONTHLY, '2026-04-26T02:00:00Z', null, cal).key).toBe('2026-05');
    expect(nextReportPeriod(MONTHLY, '2026-04-27T09:00:00Z', null, cal).key).toBe('2026-05');
  });

  it('keeps the month for a contract signed on the 25th itself, in local time', () => {
    expect(nextReportPeriod(MONTHLY, '2026-03-25T03:00:00Z', null, cal).key).toBe('2026-03');
    // 2026-03-25T17:30Z is already 00:30 on the 26th in Vietnam.
    expect(nextReportPeriod(MONTHLY, '2026-03-25T17:30:00Z', null, cal).key).toBe('2026-04');
  });

  it('clamps a due day the month does not have to its last day', () => {
    const endOfMonth: ReportCadence = { kind: 'MONTHLY', dueDay: 31 };
    expect(keysAndDays(periods(endOfMonth, '2026-01-05T02:00:00Z', 4))).toEqual([
      ['2026-01', '2026-02-02'], // Saturday 31/1 → Monday 2/2
      ['2026-02', '2026-03-02'], // Saturday 28/2 → Monday 2/3
      ['2026-03', '2026-03-31'],
      ['2026-04', '2026-05-04'], // 30/4, 1/5 holidays, then the weekend
    ]);
  });
});

describe('nextReportPeriod, QUARTERLY', () => {
  it('names the quarters and makes each due in its last month', () => {
    const list = periods(QUARTERLY, '2026-01-10T02:00:00Z', 5);
    expect(list.map((p) => [p.key, p.dueDay, p.label.vi, p.label.en])).toEqual([
      ['2026-Q1', '2026-03-25', 'quý 1/2026', 'Q1 2026'],
      ['2026-Q2', '2026-06-25', 'quý 2/2026', 'Q2 2026'],
      ['2026-Q3', '2026-09-25', 'quý 3/2026', 'Q3 2026'],
      ['2026-Q4', '2026-12-25', 'quý 4/2026', 'Q4 2026'],
      ['2027-Q1', '2027-03-25', 'quý 1/2027', 'Q1 2027'],
    ]);
    expect(list[0].dueAt).toBe('2026-03-25T17:00:00.000Z');
  });

  it('starts with the quarter of signing, or the next one when its due day has passed', () => {
    expect(nextReportPeriod(QUARTERLY, '2026-05-20T02:00:00Z', null, cal).key).toBe('2026-Q2');
    expect(nextReportPeriod(QUARTERLY, '2026-06-26T02:00:00Z', null, cal).key).toBe('2026-Q3');
    expect(nextReportPeriod(QUARTERLY, '2026-12-28T02:00:00Z', null, cal).key).toBe('2027-Q1');
  });
});

describe('nextReportPeriod, EVERY (fixed interval from the contract, for demos and tests)', () => {
  const anchor = '2026-03-02T01:00:00.000Z';

  it('makes period n due n intervals after the anchor', () => {
    const list = periods({ kind: 'EVERY', every: 'PT30S' }, anchor, 3);
    expect(list).toEqual([
      {
        key: 'P0001',
        dueDay: '2026-03-02',
        dueAt: '2026-03-02T01:00:30.000Z',
        label: { vi: 'kỳ 1', en: 'period 1' },
      },
      {
        key: 'P0002',
        dueDay: '2026-03-02',
        dueAt: '2026-03-02T01:01:00.000Z',
        label: { vi: 'kỳ 2', en: 'period 2' },
      },
      {
        key: 'P0003',
        dueDay: '2026-03-02',
        dueAt: '2026-03-02T01:01:30.000Z',
        label: { vi: 'kỳ 3', en: 'period 3' },
      },
    ]);
  });

  it('does not shift an exact interval to a working day', () => {
    const weekly = periods({ kind: 'EVERY', every: 'P1W' }, '2026-02-09T01:00:00.000Z', 2);
    expect(weekly.map((p) => [p.key, p.dueDay])).toEqual([
      ['P0001', '2026-02-16'], // inside Tết
      ['P0002', '2026-02-23'],
    ]);
  });
});
