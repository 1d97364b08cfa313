import { WorkingCalendar, addDays, endOfLocalDayUtc, localDayOf, startOfLocalDayUtc } from '../calendar';
import { Span, durationMs } from './span';

const DAY_MS = 86_400_000;
/** Reminders before a due day go out at 08:00 local time, when people read mail. */
const MORNING_MS = 8 * 3_600_000;

/**
 * `times` spans after a deadline that ends with `dueDay` (at `dueAt`): working or calendar days end at
 * 24:00 local time of the last day counted (Civil Code art. 147: the first day is not counted).
 */
export function afterDeadline(dueDay: string, dueAt: string, span: Span, times: number, cal: WorkingCalendar): number {
  // Zero spans after the deadline is the deadline itself, also when it is not at the end of a day (EVERY periods).
  if (times === 0) return Date.parse(dueAt);
  if ('duration' in span) return Date.parse(dueAt) + times * durationMs(span.duration);
  if ('days' in span) return Date.parse(endOfLocalDayUtc(addDays(dueDay, span.days * times)));
  return Date.parse(endOfLocalDayUtc(cal.addWorkingDays(dueDay, span.workingDays * times)));
}

/** A span before a deadline: the morning of the day N (working) days before the due day. */
export function beforeDeadline(dueDay: string, dueAt: string, span: Span, cal: WorkingCalendar): number {
  if ('duration' in span) return Date.parse(dueAt) - durationMs(span.duration);
  const day = 'days' in span ? addDays(dueDay, -span.days) : cal.addWorkingDays(dueDay, -span.workingDays);
  return Date.parse(startOfLocalDayUtc(day)) + MORNING_MS;
}

/** A limit counted from when a state was entered; a day count ends at the end of a working day (art. 148). */
export function limitFrom(enteredAt: string, span: Span, cal: WorkingCalendar): number {
  if ('duration' in span) return Date.parse(enteredAt) + durationMs(span.duration);
  const start = localDayOf(enteredAt);
  const last =
    'days' in span ? cal.dueDateByCivilCode(addDays(start, span.days)) : cal.addWorkingDays(start, span.workingDays);
  return Date.parse(endOfLocalDayUtc(last));
}

/** How late something is at `at`: working days and calendar days fully past the due day. */
export function lateness(dueDay: string, dueAt: string, at: number, cal: WorkingCalendar) {
  if (at <= Date.parse(dueAt)) return { workingDays: 0, calendarDays: 0 };
  const yesterday = addDays(localDayOf(new Date(at).toISOString()), -1);
  return {
    workingDays: cal.workingDaysBetween(dueDay, yesterday),
    calendarDays: Math.max(0, Math.floor((at - Date.parse(dueAt)) / DAY_MS)),
  };
}
