/**
 * Calendar-day arithmetic on 'YYYY-MM-DD' strings that name local days in Asia/Ho_Chi_Minh.
 * Pure and deterministic (it runs inside workflows): days become integers through Date.UTC, never a clock.
 */
import { isIsoDate } from '../dates';

const MS_PER_DAY = 86_400_000;
/** Vietnam keeps UTC+7 all year: no daylight saving time since 1975. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** A local calendar day, 'YYYY-MM-DD'. */
export type CalendarDay = string;

/** Throws a RangeError unless `day` is a real 'YYYY-MM-DD' day. */
export function assertCalendarDay(day: CalendarDay): void {
  if (!isIsoDate(day)) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${String(day)}`);
}

/**
 * Day strings and day numbers already converted. The deadline loop walks the same few hundred days over and over
 * (working days counted one by one on every wake), and the conversions were most of a workflow task's own time.
 * Pure memos, so sharing them between workflows changes no result; cleared past MEMO_LIMIT to bound memory.
 */
const MEMO_LIMIT = 50_000;
const dayNumbers = new Map<CalendarDay, number>();
const daysByNumber = new Map<number, CalendarDay>();

function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** Days since 1970-01-01 for a calendar day. */
export function dayNumber(day: CalendarDay): number {
  const known = dayNumbers.get(day);
  if (known !== undefined) return known;
  assertCalendarDay(day);
  const [y, m, d] = day.split('-').map(Number);
  return remember(dayNumbers, day, Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The calendar day with the given number of days since 1970-01-01. */
export function dayFromNumber(n: number): CalendarDay {
  const known = daysByNumber.get(n);
  if (known !== undefined) return known;
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole day number: ${n}`);
  return remember(daysByNumber, n, new Date(n * MS_PER_DAY).toISOString().slice(0, 10));
}

export function addDays(day: CalendarDay, n: number): CalendarDay {
  return dayFromNumber(dayNumber(day) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: CalendarDay): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/** Negative, zero or positive, like a sort comparator. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return dayNumber(a) - dayNumber(b);
}

/** Day of month (28–31) of the last day of a month; month is 1–12. */
export function lastDayOfMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Not a month: ${year}-${month}`);
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The day n months later (or earlier). Civil Code 2015 art. 147: a period in months ends on the corresponding
 * day, or on the last day of the month when that month has no such day (31/1 + 1 month → 28/2 or 29/2).
 */
export function addMonthsClamped(day: CalendarDay, n: number): CalendarDay {
  assertCalendarDay(day);
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of months: ${n}`);
  const [y, m, d] = day.split('-').map(Number);
  const monthIndex = y * 12 + (m - 1) + n;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return formatDay(year, month, Math.min(d, lastDayOfMonth(year, month)));
}

/** The Asia/Ho_Chi_Minh calendar day of an instant ('2026-02-24T17:00:00Z' → '2026-02-25'). */
export function localDayOf(utcIso: string): CalendarDay {
  const ms = Date.parse(utcIso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO instant: ${String(utcIso)}`);
  return dayFromNumber(Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY));
}

/** The years a project's working-day calendar covers at an instant: last year to next year around its local day. */
export function calendarYearsAround(utcIso: string): number[] {
  const year = Number(localDayOf(utcIso).slice(0, 4));
  return [year - 1, year, year + 1];
}

/** The UTC instant of 00:00 local time on a day. */
export function startOfLocalDayUtc(day: CalendarDay): string {
  return new Date(dayNumber(day) * MS_PER_DAY - VIETNAM_OFFSET_MS).toISOString();
}

/** The UTC instant of 24:00 local time on a day, when a deadline on that day ends (Civil Code art. 148). */
export function endOfLocalDayUtc(day: CalendarDay): string {
  return new Date((dayNumber(day) + 1) * MS_PER_DAY - VIETNAM_OFFSET_MS).toISOString();
}

function formatDay(year: number, month: number, day: number): CalendarDay {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
