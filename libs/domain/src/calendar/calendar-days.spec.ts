import {
  addDays,
  calendarYearsAround,
  addMonthsClamped,
  compareDays,
  dayOfWeek,
  endOfLocalDayUtc,
  lastDayOfMonth,
  localDayOf,
  startOfLocalDayUtc,
} from './calendar-days';

describe('calendar days', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-02-25', 0)).toBe('2026-02-25');
  });

  it('names weekdays with 0 = Sunday', () => {
    expect(dayOfWeek('2026-01-25')).toBe(0);
    expect(dayOfWeek('2026-02-14')).toBe(6);
    expect(dayOfWeek('2026-02-16')).toBe(1);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });

  it('compares days like a sort comparator', () => {
    expect(compareDays('2026-01-01', '2026-01-02')).toBeLessThan(0);
    expect(compareDays('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareDays('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
  });

  it('knows the last day of each month, leap years included', () => {
    expect(lastDayOfMonth(2026, 2)).toBe(28);
    expect(lastDayOfMonth(2028, 2)).toBe(29);
    expect(lastDayOfMonth(2100, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(2026, 4)).toBe(30);
    expect(lastDayOfMonth(2026, 12)).toBe(31);
    expect(() => lastDayOfMonth(2026, 13)).toThrow(RangeError);
  });

  it('ends a period in months on the corresponding day or the last day of the month (Civil Code art. 147)', () => {
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonthsClamped('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonthsClamped('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonthsClamped('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsClamped('2026-01-10', -1)).toBe('2025-12-10');
    expect(addMonthsClamped('2026-05-20', 12)).toBe('2027-05-20');
  });

  it('puts 16:59:59Z on the same local day and 17:00:00Z on the next one (Vietnam is UTC+7)', () => {
    expect(localDayOf('2026-02-24T16:59:59Z')).toBe('2026-02-24');
    expect(localDayOf('2026-02-24T17:00:00Z')).toBe('2026-02-25');
    expect(localDayOf('2026-12-31T17:00:00.000Z')).toBe('2027-01-01');
    expect(localDayOf('2026-02-25T08:00:00+07:00')).toBe('2026-02-25');
    expect(() => localDayOf('yesterday')).toThrow(RangeError);
  });

  it('gives the UTC instants of local midnight at both ends of a day', () => {
    expect(startOfLocalDayUtc('2026-02-25')).toBe('2026-02-24T17:00:00.000Z');
    expect(endOfLocalDayUtc('2026-02-25')).toBe('2026-02-25T17:00:00.000Z');
    expect(endOfLocalDayUtc('2026-12-31')).toBe('2026-12-31T17:00:00.000Z');
    expect(localDayOf(startOfLocalDayUtc('2026-03-01'))).toBe('2026-03-01');
  });

  it('refuses strings that are not real days', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => dayOfWeek('25/01/2026')).toThrow(RangeError);
    expect(() => addMonthsClamped('2026-1-5', 1)).toThrow(RangeError);
  });
});

describe('calendarYearsAround', () => {
  it('takes the year of the local day: 17:00 UTC on 31 December is already next year in Hà Nội', () => {
    expect(calendarYearsAround('2026-12-31T16:59:59.000Z')).toEqual([2025, 2026, 2027]);
    expect(calendarYearsAround('2026-12-31T17:00:00.000Z')).toEqual([2026, 2027, 2028]);
  });
});
