/**
 * The plan-calendar workflow's contract: its type, id, input, signal and activities (shared by workflow, worker, API
 * and tests).
 */
import { defineSignal } from '@temporalio/workflow';
import type { CalendarMilestone, PlanLevel } from './annual-calendar';

export const PLAN_CALENDAR_WORKFLOW_TYPE = 'planCalendarWorkflow';

/**
 * Sent by the API after an admin changes the calendar's dates (calendar_policies): the workflow reads its dates
 * again at once instead of at its next reminder. No payload: the dates are read through loadPlanCalendar.
 */
export const calendarPoliciesChangedSignal = defineSignal<[]>('calendarPoliciesChanged');

/**
 * The patch under which the workflow reads its dates again before each reminder and on the signal (issue 14).
 * Histories recorded before it replay on the read-once path.
 */
export const PLAN_CALENDAR_REREAD_PATCH = 'plan-calendar-reread-dates';

/** One workflow per plan year and level; every province's dates are timers inside it. */
export function planCalendarWorkflowId(year: number, level: PlanLevel): string {
  return `plan-calendar-${level}-${year}`;
}

export interface PlanCalendarInput {
  year: number;
  level: PlanLevel;
  /**
   * A test policy: the milestones `stepSeconds` apart from `startAt`, in calendar order, each reminded
   * `remindSecondsBefore` before. The due days named in the mails stay the real ones.
   */
  compressed?: { startAt: string; stepSeconds: number; remindSecondsBefore: number };
  /** The provinces the calendar covers; all of them when absent. */
  provinceCodes?: string[];
}

/** A reminder the workflow waits for: one milestone, at one moment, for the provinces whose date falls then. */
export interface CalendarReminder {
  milestone: CalendarMilestone;
  remindAt: string;
  dueDay: string;
  dueAt: string;
  provinceCodes: string[];
}

export interface CalendarReminderRequest {
  year: number;
  level: PlanLevel;
  milestone: CalendarMilestone;
  dueDay: string;
  provinceCodes: string[];
}

export interface PlanCalendarSummary {
  year: number;
  level: PlanLevel;
  reminders: number;
  mailed: number;
}

export interface PlanCalendarActivities {
  /** The reminders of the plan year, sorted by moment: the domain's table, the overrides, the holidays, rolled. */
  loadPlanCalendar(input: PlanCalendarInput): Promise<CalendarReminder[]>;
  /** Mails whoever has not done their part for the milestone, each once (notification_log); returns mails sent. */
  sendCalendarReminders(request: CalendarReminderRequest): Promise<number>;
}

/** One milestone reminded for one province: what the workflow keeps so a re-read never reminds it twice. */
export function remindedKey(milestone: CalendarMilestone, provinceCode: string): string {
  return `${milestone}:${provinceCode}`;
}

/**
 * The reminders still to send, in order, from a fresh read of the dates: a date due before the calendar started is
 * skipped (the current plan year's N-1 dates), and a province already reminded of a milestone is left out of it even
 * when its date moved since. A reminder whose moment has passed stays (it goes late rather than never).
 */
export function pendingReminders(
  reminders: readonly CalendarReminder[],
  reminded: ReadonlySet<string>,
  startedAt: number,
): CalendarReminder[] {
  return reminders.flatMap((reminder) => {
    if (Date.parse(reminder.dueAt) <= startedAt) return [];
    const provinceCodes = reminder.provinceCodes.filter((code) => !reminded.has(remindedKey(reminder.milestone, code)));
    return provinceCodes.length ? [{ ...reminder, provinceCodes }] : [];
  });
}
