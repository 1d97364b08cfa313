import { CalendarDay, WorkingCalendar, lateness, localDayOf } from '@kc/domain';

const DAY_MS = 86_400_000;
/** Due days remembered per calendar; a year of daily due days for a few "todays" fits well inside. */
const MAX_REMEMBERED = 5_000;

/** Working days late, by `${dueDay}|${today}`, per calendar (the provider swaps calendars every few minutes). */
const remembered = new WeakMap<WorkingCalendar, Map<string, number>>();
/** The local day of the last moment asked about: every row of a page asks with the same one. */
let lastDay: { at: number; day: CalendarDay } = { at: Number.NaN, day: '' };

function localDayAt(at: number): CalendarDay {
  if (lastDay.at !== at) lastDay = { at, day: localDayOf(new Date(at).toISOString()) };
  return lastDay.day;
}

/**
 * `lateness` of @kc/domain, with the working days counted once per due day and day rather than once per row:
 * counting walks every day from the due day to yesterday, so a page of rows two months late cost tens of
 * milliseconds when each row counted for itself. The calendar days are the same arithmetic as `lateness`
 * (cached-lateness.spec.ts checks the two agree).
 */
export function cachedLateness(dueDay: CalendarDay, dueAt: string, at: number, calendar: WorkingCalendar) {
  const due = Date.parse(dueAt);
  if (at <= due) return { workingDays: 0, calendarDays: 0 };
  let counts = remembered.get(calendar);
  if (!counts) {
    counts = new Map();
    remembered.set(calendar, counts);
  }
  const key = `${dueDay}|${localDayAt(at)}`;
  let workingDays = counts.get(key);
  if (workingDays === undefined) {
    workingDays = lateness(dueDay, dueAt, at, calendar).workingDays;
    if (counts.size >= MAX_REMEMBERED) counts.clear();
    counts.set(key, workingDays);
  }
  return { workingDays, calendarDays: Math.max(0, Math.floor((at - due) / DAY_MS)) };
}
