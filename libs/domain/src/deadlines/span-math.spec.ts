import { vietnamNonWorkingDays } from '@kc/calendar';
import { WorkingCalendar, endOfLocalDayUtc, mergeNonWorkingDays } from '../calendar';
import { afterDeadline, beforeDeadline, lateness, limitFrom } from './span-math';

/** Real Vietnamese non-working days: Tết 14–22/2/2026, Giỗ Tổ 26/4/2026 (Sunday) with nghỉ bù 27/4, Tết 2027. */
const cal = new WorkingCalendar(mergeNonWorkingDays(vietnamNonWorkingDays(2026), vietnamNonWorkingDays(2027)));

const iso = (ms: number) => new Date(ms).toISOString();
/** A local Vietnamese wall-clock time as a UTC instant in ms ('2026-02-11 08:00' → 01:00Z). */
const local = (dayAndTime: string) => Date.parse(`${dayAndTime.replace(' ', 'T')}:00+07:00`);

/** Due Wednesday 25/2/2026, two days after Tết 2026 (Saturday 14/2 to Sunday 22/2). */
const FEB = { dueDay: '2026-02-25', dueAt: endOfLocalDayUtc('2026-02-25') };
/** Due Tuesday 28/4/2026, with 30/4 and 1/5 ahead. */
const APR = { dueDay: '2026-04-28', dueAt: endOfLocalDayUtc('2026-04-28') };

describe('afterDeadline', () => {
  it('counts working days after the due day and ends at 24:00 local', () => {
    // 29/4, then 4/5 to 7/5: 30/4 and 1/5 are holidays, 2–3/5 the weekend.
    expect(iso(afterDeadline(APR.dueDay, APR.dueAt, { workingDays: 5 }, 1, cal))).toBe('2026-05-07T17:00:00.000Z');
    expect(iso(afterDeadline(APR.dueDay, APR.dueAt, { workingDays: 5 }, 2, cal))).toBe('2026-05-14T17:00:00.000Z');
    expect(iso(afterDeadline(APR.dueDay, APR.dueAt, { workingDays: 20 }, 1, cal))).toBe('2026-05-28T17:00:00.000Z');
  });

  it('counts calendar days without skipping days off', () => {
    expect(iso(afterDeadline(APR.dueDay, APR.dueAt, { days: 3 }, 1, cal))).toBe('2026-05-01T17:00:00.000Z');
    expect(iso(afterDeadline(APR.dueDay, APR.dueAt, { days: 3 }, 2, cal))).toBe('2026-05-04T17:00:00.000Z');
  });

  it('adds an exact duration `times` times to the due moment', () => {
    const due = Date.parse(APR.dueAt);
    expect(afterDeadline(APR.dueDay, APR.dueAt, { duration: 'PT5S' }, 1, cal)).toBe(due + 5_000);
    expect(afterDeadline(APR.dueDay, APR.dueAt, { duration: 'PT5S' }, 3, cal)).toBe(due + 15_000);
    expect(afterDeadline(APR.dueDay, APR.dueAt, { duration: 'P1D' }, 2, cal)).toBe(due + 2 * 86_400_000);
  });

  it('is the due moment itself for times = 0, whatever the span', () => {
    // A fixed-interval period is due in the middle of a day; the first overdue notice belongs at that moment.
    const midday = { dueDay: '2026-03-02', dueAt: '2026-03-02T05:00:30.000Z' };
    for (const span of [{ workingDays: 5 }, { days: 1 }, { duration: 'PT5S' }]) {
      expect(iso(afterDeadline(midday.dueDay, midday.dueAt, span, 0, cal))).toBe(midday.dueAt);
      expect(iso(afterDeadline(APR.dueDay, APR.dueAt, span, 0, cal))).toBe(APR.dueAt);
    }
  });
});

describe('beforeDeadline', () => {
  it('reminds at 08:00 local on the day N working days before, skipping Tết', () => {
    // 24/2, 23/2, then over the nine days off to 13/2, 12/2, 11/2.
    expect(iso(beforeDeadline(FEB.dueDay, FEB.dueAt, { workingDays: 5 }, cal))).toBe('2026-02-11T01:00:00.000Z');
    expect(beforeDeadline(FEB.dueDay, FEB.dueAt, { workingDays: 5 }, cal)).toBe(local('2026-02-11 08:00'));
    expect(beforeDeadline(FEB.dueDay, FEB.dueAt, { workingDays: 1 }, cal)).toBe(local('2026-02-24 08:00'));
    expect(beforeDeadline(FEB.dueDay, FEB.dueAt, { workingDays: 3 }, cal)).toBe(local('2026-02-13 08:00'));
  });

  it('counts calendar days back without skipping days off', () => {
    expect(beforeDeadline(FEB.dueDay, FEB.dueAt, { days: 5 }, cal)).toBe(local('2026-02-20 08:00'));
  });

  it('reminds on the morning of the due day itself for 0 days', () => {
    expect(beforeDeadline(FEB.dueDay, FEB.dueAt, { workingDays: 0 }, cal)).toBe(local('2026-02-25 08:00'));
  });

  it('subtracts an exact duration from the due moment', () => {
    expect(beforeDeadline(FEB.dueDay, FEB.dueAt, { duration: 'PT10S' }, cal)).toBe(Date.parse(FEB.dueAt) - 10_000);
  });
});

describe('limitFrom (a waiting state’s limit, counted from the moment it was entered)', () => {
  it('counts working days from the local day entered, not counting that day', () => {
    // Entered Tuesday 10/2/2026 at 16:00 local: 11, 12, 13/2, Tết, 23–27/2, 2/3 and 3/3.
    expect(iso(limitFrom('2026-02-10T09:00:00Z', { workingDays: 10 }, cal))).toBe(endOfLocalDayUtc('2026-03-03'));
  });

  it('uses the local day: 23:30 local on 9/3 is still 9/3 although it is 16:30Z', () => {
    expect(iso(limitFrom('2026-03-09T16:30:00Z', { workingDays: 1 }, cal))).toBe(endOfLocalDayUtc('2026-03-10'));
    expect(iso(limitFrom('2026-03-09T17:30:00Z', { workingDays: 1 }, cal))).toBe(endOfLocalDayUtc('2026-03-11'));
  });

  it('ends a period in calendar days on the next working day when it ends on a day off (Civil Code art. 148)', () => {
    // 27/3 + 30 days = Sunday 26/4 (Giỗ Tổ), 27/4 nghỉ bù → Tuesday 28/4.
    expect(iso(limitFrom('2026-03-27T02:00:00Z', { days: 30 }, cal))).toBe('2026-04-28T17:00:00.000Z');
    expect(iso(limitFrom('2026-03-03T02:00:00Z', { days: 30 }, cal))).toBe('2026-04-02T17:00:00.000Z');
  });

  it('adds an exact duration to the moment entered', () => {
    expect(limitFrom('2026-03-03T02:00:00Z', { duration: 'PT30S' }, cal)).toBe(Date.parse('2026-03-03T02:00:30Z'));
  });
});

describe('lateness', () => {
  const due = Date.parse(APR.dueAt);

  it('is zero at or before the due moment', () => {
    expect(lateness(APR.dueDay, APR.dueAt, due - 1, cal)).toEqual({ workingDays: 0, calendarDays: 0 });
    expect(lateness(APR.dueDay, APR.dueAt, due, cal)).toEqual({ workingDays: 0, calendarDays: 0 });
  });

  it('counts only days fully past the due day', () => {
    // 29/4 has not ended yet.
    expect(lateness(APR.dueDay, APR.dueAt, local('2026-04-29 23:59'), cal)).toEqual({
      workingDays: 0,
      calendarDays: 0,
    });
    expect(lateness(APR.dueDay, APR.dueAt, local('2026-04-30 00:00'), cal)).toEqual({
      workingDays: 1,
      calendarDays: 1,
    });
  });

  it('counts working days without holidays and weekends, and calendar days with them', () => {
    // 29/4, 30/4 (holiday), 1/5 (holiday), 2–3/5 (weekend), 4/5 and 5/5 have passed.
    expect(lateness(APR.dueDay, APR.dueAt, local('2026-05-06 09:00'), cal)).toEqual({
      workingDays: 3,
      calendarDays: 7,
    });
    expect(lateness(APR.dueDay, APR.dueAt, Date.parse('2026-05-28T17:00:00Z'), cal)).toEqual({
      workingDays: 20,
      calendarDays: 30,
    });
  });

  it('counts from an exact due moment for a fixed-interval period', () => {
    const midday = { dueDay: '2026-03-02', dueAt: '2026-03-02T05:00:30.000Z' };
    expect(lateness(midday.dueDay, midday.dueAt, Date.parse(midday.dueAt) + 25_000, cal)).toEqual({
      workingDays: 0,
      calendarDays: 0,
    });
  });
});
