/**
 * Working days of state bodies (Monday to Friday, less public holidays and official days off, plus Saturday
 * make-up days) and the Civil Code 2015 deadline rules built on them. Pure: the non-working days are data,
 * computed outside the workflow (libs/calendar) and passed in as JSON.
 */
import { CalendarDay, addDays, assertCalendarDay, compareDays, dayNumber, dayOfWeek } from './calendar-days';

/** JSON-safe description of the days that differ from a plain Monday-to-Friday week. */
export interface NonWorkingDays {
  /** Public holidays, compensatory days (nghỉ bù) included. */
  holidays: CalendarDay[];
  /** Other official days off, for example a weekday inside the government's Tết window. */
  extraDaysOff: CalendarDay[];
  /** Saturdays (or Sundays) worked in exchange for a day off (ngày làm bù); they count as working days. */
  makeUpWorkdays: CalendarDay[];
}

export const NO_NON_WORKING_DAYS: NonWorkingDays = { holidays: [], extraDaysOff: [], makeUpWorkdays: [] };

/** Union of several years' data, sorted and without duplicates. */
export function mergeNonWorkingDays(...parts: NonWorkingDays[]): NonWorkingDays {
  const union = (pick: (p: NonWorkingDays) => CalendarDay[]) => sortedUnique(parts.flatMap(pick));
  return {
    holidays: union((p) => p.holidays),
    extraDaysOff: union((p) => p.extraDaysOff),
    makeUpWorkdays: union((p) => p.makeUpWorkdays),
  };
}

export class WorkingCalendar {
  private readonly data: NonWorkingDays;
  private readonly daysOff: ReadonlySet<CalendarDay>;
  private readonly makeUpWorkdays: ReadonlySet<CalendarDay>;

  /** Accepts the plain form, e.g. a workflow argument or the output of toJSON(); malformed days throw. */
  constructor(data: NonWorkingDays = NO_NON_WORKING_DAYS) {
    this.data = {
      holidays: sortedUnique(data.holidays),
      extraDaysOff: sortedUnique(data.extraDaysOff),
      makeUpWorkdays: sortedUnique(data.makeUpWorkdays),
    };
    this.daysOff = new Set([...this.data.holidays, ...this.data.extraDaysOff]);
    this.makeUpWorkdays = new Set(this.data.makeUpWorkdays);
  }

  /** The plain, JSON-safe form; `new WorkingCalendar(calendar.toJSON())` is an equal calendar. */
  toJSON(): NonWorkingDays {
    return {
      holidays: [...this.data.holidays],
      extraDaysOff: [...this.data.extraDaysOff],
      makeUpWorkdays: [...this.data.makeUpWorkdays],
    };
  }

  isWorkingDay(day: CalendarDay): boolean {
    if (this.makeUpWorkdays.has(day)) return true;
    const weekday = dayOfWeek(day);
    return weekday !== 0 && weekday !== 6 && !this.daysOff.has(day);
  }

  nextWorkingDayOnOrAfter(day: CalendarDay): CalendarDay {
    let current = day;
    // Ends: only the finitely many listed days off can stop a weekday from being a working day.
    while (!this.isWorkingDay(current)) current = addDays(current, 1);
    return current;
  }

  /**
   * The n-th working day after `day` (Civil Code art. 147: the first day is not counted), or for negative n the
   * |n|-th working day before it ("remind 5 working days before the due day"). n = 0 returns `day` unchanged.
   */
  addWorkingDays(day: CalendarDay, n: number): CalendarDay {
    if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of working days: ${n}`);
    const step = n < 0 ? -1 : 1;
    let current = day;
    for (let remaining = Math.abs(n); remaining > 0;) {
      current = addDays(current, step);
      if (this.isWorkingDay(current)) remaining -= 1;
    }
    return current;
  }

  /** Working days after `from`, up to and including `to`; 0 when `to` is not after `from`. */
  workingDaysBetween(from: CalendarDay, to: CalendarDay): number {
    const span = dayNumber(to) - dayNumber(from);
    let count = 0;
    for (let offset = 1; offset <= span; offset += 1) {
      if (this.isWorkingDay(addDays(from, offset))) count += 1;
    }
    return count;
  }

  /**
   * The day a period whose last day is `lastDay` really ends. Civil Code 2015 art. 148: when the last day is a
   * weekly rest day or a public holiday, the period ends at the end of the next working day. The period ends at
   * 24:00 local time of the returned day (see endOfLocalDayUtc).
   */
  dueDateByCivilCode(lastDay: CalendarDay): CalendarDay {
    return this.nextWorkingDayOnOrAfter(lastDay);
  }
}

function sortedUnique(days: readonly CalendarDay[]): CalendarDay[] {
  days.forEach(assertCalendarDay);
  return [...new Set(days)].sort(compareDays);
}
