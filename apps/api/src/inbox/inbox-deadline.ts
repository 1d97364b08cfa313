import { WorkingCalendar, dayNumber, endOfLocalDayUtc, localDayOf } from '@kc/domain';
import { toVietnamTime } from '../common/local-time';
import { cachedLateness } from '../queues/cached-lateness';

/** How close a deadline is: past it (red), within three days (amber), later. */
export type DeadlineTone = 'OVERDUE' | 'SOON' | 'LATER';

export interface InboxDeadline {
  dueAt: string;
  dueDay: string;
  /** "25/12/2026" when due at the end of that day, else the moment ("13:53 02/12/2026"). */
  dueLocal: string;
  tone: DeadlineTone;
  /** Calendar days from today to the due day (0 on the day itself); 0 once overdue. */
  daysLeft: number;
  overdue: { workingDays: number; calendarDays: number };
  /** What the deadline is, where it is not the step's own time limit. */
  basis?: { vi: string; en: string };
}

const SOON_DAYS = 3;

function dayText(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** The deadline as the inbox shows it, counted with the working calendar as the queues count lateness. */
export function inboxDeadline(dueDay: string, dueAtValue: Date | string, now: Date, calendar: WorkingCalendar) {
  const dueAt = new Date(dueAtValue).toISOString();
  const late = cachedLateness(dueDay, dueAt, now.getTime(), calendar);
  const overdue = now.getTime() > Date.parse(dueAt);
  const daysLeft = overdue ? 0 : Math.max(0, dayNumber(dueDay) - dayNumber(localDayOf(now.toISOString())));
  const deadline: InboxDeadline = {
    dueAt,
    dueDay,
    dueLocal: endOfLocalDayUtc(dueDay) === dueAt ? dayText(dueDay) : toVietnamTime(dueAt),
    tone: overdue ? 'OVERDUE' : daysLeft <= SOON_DAYS ? 'SOON' : 'LATER',
    daysLeft,
    overdue: { workingDays: late.workingDays, calendarDays: late.calendarDays },
  };
  return deadline;
}
