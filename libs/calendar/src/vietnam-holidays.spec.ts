import { WorkingCalendar, mergeNonWorkingDays } from '@kc/domain/calendar';
import { BUILT_IN_OVERRIDES, compensatoryDays, nonWorkingDaysOfYears, vietnamNonWorkingDays } from './vietnam-holidays';

describe('vietnamNonWorkingDays', () => {
  it('lists 2026: each day of the Tết block, Giỗ Tổ with its nghỉ bù, and both Quốc khánh days', () => {
    expect(vietnamNonWorkingDays(2026)).toEqual({
      holidays: [
        '2026-01-01',
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-02-20',
        '2026-04-26', // Giỗ Tổ Hùng Vương, a Sunday
        '2026-04-27', // nghỉ bù
        '2026-04-30',
        '2026-05-01',
        '2026-09-01', // the second Quốc khánh day
        '2026-09-02',
      ],
      // The built-in Tết window coincides with the block, so nothing is repeated here.
      extraDaysOff: [],
      makeUpWorkdays: [],
    });
  });

  it('leaves observances as working days', () => {
    const { holidays } = vietnamNonWorkingDays(2026);
    expect(holidays).not.toContain('2026-02-21'); // Ngọc Hồi–Đống Đa
    expect(holidays).not.toContain('2026-02-10'); // Ông Táo
    expect(holidays).not.toContain('2026-03-08');
  });

  it('gives no working day in the official Tết 2026 window, Saturday 14/2 to Sunday 22/2', () => {
    const calendar = new WorkingCalendar(vietnamNonWorkingDays(2026));
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-22')).toBe(0);
    expect(calendar.nextWorkingDayOnOrAfter('2026-02-14')).toBe('2026-02-23');
    expect(calendar.addWorkingDays('2026-02-25', -5)).toBe('2026-02-11');
  });

  it('chains nghỉ bù in 2028: 30/4 on Sunday and 1/5 on Monday give Tuesday 2/5 off', () => {
    const { holidays } = vietnamNonWorkingDays(2028);
    expect(holidays).toEqual(expect.arrayContaining(['2028-04-30', '2028-05-01', '2028-05-02']));
    expect(holidays).not.toContain('2028-05-03');
    expect(holidays).toContain('2028-01-03'); // 1/1/2028 is a Saturday
    expect(holidays).toContain('2028-01-31'); // the Tết block ends on Saturday 29/1
    expect(holidays).toContain('2028-09-04'); // 1/9 Friday, 2/9 Saturday
  });

  it('gives 2023 the 29/4–3/5 and 1/9–4/9 breaks from the rules alone', () => {
    const { holidays } = vietnamNonWorkingDays(2023);
    expect(holidays).toEqual(
      expect.arrayContaining(['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']),
    );
    expect(holidays).toEqual(expect.arrayContaining(['2023-09-01', '2023-09-02', '2023-09-04']));
    expect(holidays).toContain('2023-01-02'); // 1/1/2023 is a Sunday
  });

  it('has one Quốc khánh day before 2021', () => {
    const { holidays } = vietnamNonWorkingDays(2020);
    expect(holidays).toContain('2020-09-02');
    expect(holidays).not.toContain('2020-09-01');
    expect(holidays).not.toContain('2020-09-03');
  });

  describe('2024 built-in overrides', () => {
    const data = vietnamNonWorkingDays(2024);
    const calendar = new WorkingCalendar(data);

    it('swaps Monday 29/4 for Saturday 4/5', () => {
      expect(data.extraDaysOff).toEqual(['2024-04-29']);
      expect(data.makeUpWorkdays).toEqual(['2024-05-04']);
      expect(calendar.workingDaysBetween('2024-04-26', '2024-05-01')).toBe(0);
      expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
    });

    it('rests from Saturday 31/8 to Tuesday 3/9', () => {
      expect(calendar.workingDaysBetween('2024-08-30', '2024-09-03')).toBe(0);
      expect(calendar.nextWorkingDayOnOrAfter('2024-08-31')).toBe('2024-09-04');
    });

    it('gives the same Quốc khánh break without overrides: 1/9 is a Sunday, so 3/9 is its nghỉ bù', () => {
      const plain = vietnamNonWorkingDays(2024, { extraDaysOff: [], makeUpWorkdays: [] });
      expect(plain.holidays).toEqual(expect.arrayContaining(['2024-09-01', '2024-09-02', '2024-09-03']));
      expect(plain.extraDaysOff).toEqual([]);
      expect(plain.makeUpWorkdays).toEqual([]);
    });
  });

  it('lets the year override choose 3/9 and refuses any other second Quốc khánh day', () => {
    const chosen = vietnamNonWorkingDays(2026, {
      extraDaysOff: [],
      makeUpWorkdays: [],
      secondNationalDay: '2026-09-03',
    });
    expect(chosen.holidays).toEqual(expect.arrayContaining(['2026-09-02', '2026-09-03']));
    expect(chosen.holidays).not.toContain('2026-09-01');
    expect(() =>
      vietnamNonWorkingDays(2026, { extraDaysOff: [], makeUpWorkdays: [], secondNationalDay: '2026-09-04' }),
    ).toThrow(RangeError);
  });

  it('records the official Tết 2026 core days as built-in days off', () => {
    expect(BUILT_IN_OVERRIDES[2026].extraDaysOff).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });

  it('serves deadlines across a year boundary once years are merged', () => {
    const calendar = new WorkingCalendar(mergeNonWorkingDays(vietnamNonWorkingDays(2025), vietnamNonWorkingDays(2026)));
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-02');
    expect(calendar.workingDaysBetween('2025-12-26', '2026-01-05')).toBe(5);
  });
});

describe('compensatoryDays', () => {
  it('gives each weekend holiday the next weekday that is neither a holiday nor already taken', () => {
    expect(compensatoryDays(['2026-04-26'])).toEqual(['2026-04-27']);
    expect(compensatoryDays(['2028-04-30', '2028-05-01'])).toEqual(['2028-05-02']);
    expect(compensatoryDays(['2028-01-29', '2028-01-30'])).toEqual(['2028-01-31', '2028-02-01']);
    expect(compensatoryDays(['2026-04-30', '2026-05-01'])).toEqual([]);
  });
});

describe('nonWorkingDaysOfYears', () => {
  const years = [2025, 2026, 2027];

  it('merges the years, each with its stored overrides, and gives the same frozen answer again', () => {
    const stored = new Map([[2026, { extraDaysOff: ['2026-04-24'], makeUpWorkdays: ['2026-04-18'] }]]);
    const days = nonWorkingDaysOfYears(years, stored);
    expect(days).toEqual(mergeNonWorkingDays(...years.map((year) => vietnamNonWorkingDays(year, stored.get(year)))));
    expect(nonWorkingDaysOfYears(years, new Map(stored))).toBe(days);
    expect(Object.isFrozen(days.holidays)).toBe(true);
  });

  it('answers anew when the stored overrides differ', () => {
    const before = nonWorkingDaysOfYears(years, new Map());
    const after = nonWorkingDaysOfYears(years, new Map([[2027, { extraDaysOff: ['2027-06-15'], makeUpWorkdays: [] }]]));
    expect(after.extraDaysOff).toContain('2027-06-15');
    expect(before.extraDaysOff).not.toContain('2027-06-15');
  });
});
