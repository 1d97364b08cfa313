/**
 * Vietnam's non-working days for state bodies, computed on the Node side (activities, seed scripts) and passed
 * to workflows as plain data for WorkingCalendar. Baseline: date-holidays('VN'), public holidays only, plus the
 * rules it lacks (DOMAIN.md §12.3): the second Quốc khánh day, nghỉ bù, and each year's official windows.
 */
import Holidays from 'date-holidays';
import {
  CalendarDay,
  NonWorkingDays,
  addDays,
  assertCalendarDay,
  compareDays,
  dayOfWeek,
  localDayOf,
  mergeNonWorkingDays,
} from '@kc/domain/calendar';

/** A year's official arrangement for civil servants, announced by the Ministry of Home Affairs (DOMAIN.md §12.1). */
export interface YearOverrides {
  /** Days off beyond the statutory holidays, e.g. the weekday given up in a swap. */
  extraDaysOff: CalendarDay[];
  /** Saturdays worked in exchange (ngày làm bù). */
  makeUpWorkdays: CalendarDay[];
  /** The second Quốc khánh day, 1/9 or 3/9 of the year; 1/9 when absent. */
  secondNationalDay?: CalendarDay;
}

/** Official windows known from DOMAIN.md §12.2 (marked [F]). Later years belong in the admin-editable table. */
export const BUILT_IN_OVERRIDES: Readonly<Record<number, YearOverrides>> = {
  2024: {
    // 30/4: Saturday 27/4 to Wednesday 1/5, Monday 29/4 swapped for Saturday 4/5 (CV 2450/VPCP-KGVX).
    // Quốc khánh: Saturday 31/8 to Tuesday 3/9, the second day being 3/9.
    extraDaysOff: ['2024-04-29'],
    makeUpWorkdays: ['2024-05-04'],
    secondNationalDay: '2024-09-03',
  },
  2026: {
    // Tết: Saturday 14/2 to Sunday 22/2; the core days Monday 16/2 to Friday 20/2 are listed so that the window
    // does not depend on the library's 5-day block (they coincide with it in 2026).
    extraDaysOff: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    makeUpWorkdays: [],
  },
};

/** The first year with two Quốc khánh days (Labour Code 2019, art. 112, in force 1/1/2021). */
const TWO_NATIONAL_DAYS_FROM = 2021;

/**
 * Public holidays, compensatory days and official days off of `year`. `overrides` replaces the built-in entry for
 * that year (the admin-edited table is the authority); without it BUILT_IN_OVERRIDES applies.
 * The three lists are sorted and disjoint: a day already a holiday is not repeated in extraDaysOff.
 */
export function vietnamNonWorkingDays(year: number, overrides?: YearOverrides): NonWorkingDays {
  const yearOverrides = overrides ?? BUILT_IN_OVERRIDES[year] ?? { extraDaysOff: [], makeUpWorkdays: [] };
  const statutory = new Set(libraryPublicHolidays(year));
  if (year >= TWO_NATIONAL_DAYS_FROM) statutory.add(secondNationalDay(year, yearOverrides.secondNationalDay));
  const holidays = sortDays([...statutory, ...compensatoryDays([...statutory])]);
  const holidaySet = new Set(holidays);
  return {
    holidays,
    extraDaysOff: sortDays(yearOverrides.extraDaysOff.filter((day) => !holidaySet.has(day))),
    makeUpWorkdays: sortDays(yearOverrides.makeUpWorkdays),
  };
}

/**
 * Nghỉ bù (Labour Code 2019, art. 112.3): a holiday on the weekly rest day gives the next working day off. For
 * state bodies both Saturday and Sunday are rest days. Holidays are taken in date order and each claims the next
 * weekday that is neither a holiday nor already claimed, so chains work: 2028 has 30/4 on Sunday and 1/5 on
 * Monday, so the compensatory day is Tuesday 2/5. Official days off are not considered here: a government window
 * usually already contains the compensation.
 */
export function compensatoryDays(holidays: CalendarDay[]): CalendarDay[] {
  const taken = new Set(holidays);
  const result: CalendarDay[] = [];
  for (const holiday of sortDays(holidays)) {
    if (!isWeekend(holiday)) continue;
    let candidate = addDays(holiday, 1);
    while (isWeekend(candidate) || taken.has(candidate)) candidate = addDays(candidate, 1);
    taken.add(candidate);
    result.push(candidate);
  }
  return result;
}

/** Every day of each public holiday of date-holidays; its Tết entry is one 5-day block (eve to mùng 4). */
/**
 * date-holidays takes tens of milliseconds per year (its lunar rules), and every new project's workflow asks for
 * three years: the result depends on the year alone, so it is computed once per year per process.
 */
const publicHolidaysByYear = new Map<number, readonly CalendarDay[]>();

function libraryPublicHolidays(year: number): readonly CalendarDay[] {
  let days = publicHolidaysByYear.get(year);
  if (!days) {
    days = computeLibraryPublicHolidays(year);
    publicHolidaysByYear.set(year, days);
  }
  return days;
}

function computeLibraryPublicHolidays(year: number): CalendarDay[] {
  // An explicit zone, because start and end are instants and are turned into Vietnamese calendar days.
  const library = new Holidays('VN', { timezone: 'Asia/Ho_Chi_Minh' });
  const days: CalendarDay[] = [];
  for (const holiday of library.getHolidays(year)) {
    if (holiday.type !== 'public') continue; // observances such as 21/2 (Ngọc Hồi–Đống Đa) are working days
    const last = localDayOf(new Date(holiday.end.getTime() - 1).toISOString());
    for (let day = localDayOf(holiday.start.toISOString()); compareDays(day, last) <= 0; day = addDays(day, 1)) {
      days.push(day);
    }
  }
  return days;
}

/**
 * 2/9 plus "the day immediately before or after" (DOMAIN.md §12.1). We default to 1/9, as python-holidays does;
 * the year's override names 3/9 when the government chooses it.
 */
function secondNationalDay(year: number, chosen: CalendarDay | undefined): CalendarDay {
  const allowed = [`${year}-09-01`, `${year}-09-03`];
  if (chosen === undefined) return allowed[0];
  assertCalendarDay(chosen);
  if (!allowed.includes(chosen)) throw new RangeError(`Second Quốc khánh day of ${year} must be 1/9 or 3/9: ${chosen}`);
  return chosen;
}

function isWeekend(day: CalendarDay): boolean {
  const weekday = dayOfWeek(day);
  return weekday === 0 || weekday === 6;
}

function sortDays(days: CalendarDay[]): CalendarDay[] {
  days.forEach(assertCalendarDay);
  return [...new Set(days)].sort(compareDays);
}

/** Computed calendars by their years and overrides; the keys are few, past this the memory is emptied. */
const computedCalendars = new Map<string, Readonly<NonWorkingDays>>();
const MAX_COMPUTED_CALENDARS = 100;

/**
 * The non-working days of several years, each with the administrator's stored overrides where it has them. Computing
 * three years takes about a millisecond (the lunar holidays), and every creation asks: the answer is kept per years and
 * overrides, frozen, so no caller can change another's.
 */
export function nonWorkingDaysOfYears(
  years: readonly number[],
  stored: ReadonlyMap<number, YearOverrides | undefined>,
): Readonly<NonWorkingDays> {
  const key = JSON.stringify(years.map((year) => [year, stored.get(year) ?? null]));
  let days = computedCalendars.get(key);
  if (!days) {
    const merged = mergeNonWorkingDays(...years.map((year) => vietnamNonWorkingDays(year, stored.get(year))));
    days = Object.freeze({
      holidays: Object.freeze(merged.holidays) as CalendarDay[],
      extraDaysOff: Object.freeze(merged.extraDaysOff) as CalendarDay[],
      makeUpWorkdays: Object.freeze(merged.makeUpWorkdays) as CalendarDay[],
    });
    if (computedCalendars.size >= MAX_COMPUTED_CALENDARS) computedCalendars.clear();
    computedCalendars.set(key, days);
  }
  return days;
}
