import { figuresDay, parseReportPeriod, periodStanding } from './report-period';

describe('parseReportPeriod', () => {
  it('reads a quarter: 2026-Q3 is 1 July to 30 September, "quý III năm 2026"', () => {
    expect(parseReportPeriod('2026-Q3')).toEqual({
      kind: 'QUARTER',
      key: '2026-Q3',
      year: 2026,
      firstDay: '2026-07-01',
      lastDay: '2026-09-30',
      labelVi: 'quý III năm 2026',
      labelEn: 'Q3 2026',
    });
    expect(parseReportPeriod('2026-Q1')).toMatchObject({ firstDay: '2026-01-01', lastDay: '2026-03-31' });
    expect(parseReportPeriod('2026-Q2')).toMatchObject({ firstDay: '2026-04-01', lastDay: '2026-06-30' });
    expect(parseReportPeriod('2026-Q4')).toMatchObject({ firstDay: '2026-10-01', lastDay: '2026-12-31' });
  });

  it('reads the halves: H1 ends on 30 June, H2 on 31 December', () => {
    expect(parseReportPeriod('2026-H1')).toMatchObject({
      kind: 'HALF',
      firstDay: '2026-01-01',
      lastDay: '2026-06-30',
      labelVi: '6 tháng đầu năm 2026',
    });
    expect(parseReportPeriod('2026-H2')).toMatchObject({ firstDay: '2026-07-01', lastDay: '2026-12-31' });
  });

  it('reads a year', () => {
    expect(parseReportPeriod('2026')).toMatchObject({
      kind: 'YEAR',
      key: '2026',
      firstDay: '2026-01-01',
      lastDay: '2026-12-31',
      labelVi: 'năm 2026',
    });
  });

  it('knows February of a leap year (a first quarter ends on 31 March either way)', () => {
    expect(parseReportPeriod('2028-Q1')?.lastDay).toBe('2028-03-31');
  });

  it.each([
    '',
    '26-Q3',
    '2026-Q5',
    '2026-Q0',
    '2026-H3',
    '2026-q3',
    '2026Q3',
    '2026-07',
    'Q3-2026',
    '1999',
    '2101',
    '2026-Q3x',
  ])('refuses %p', (text) => {
    expect(parseReportPeriod(text)).toBeNull();
  });
});

describe('periodStanding and figuresDay', () => {
  const q3 = parseReportPeriod('2026-Q3')!;
  it('a period not begun, under way, over', () => {
    expect(periodStanding(q3, '2026-06-30')).toBe('NOT_STARTED');
    expect(periodStanding(q3, '2026-07-01')).toBe('IN_PROGRESS');
    expect(periodStanding(q3, '2026-09-30')).toBe('IN_PROGRESS');
    expect(periodStanding(q3, '2026-10-01')).toBe('ENDED');
  });
  it('the figures stand at the last day, or today while the period runs', () => {
    expect(figuresDay(q3, '2026-12-03')).toBe('2026-09-30');
    expect(figuresDay(q3, '2026-08-15')).toBe('2026-08-15');
  });
});
