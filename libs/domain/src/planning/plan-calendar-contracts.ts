/** The plan-calendar workflow's contract: its type, id, input and activities (shared by workflow, worker and tests). */
import type { CalendarMilestone, PlanLevel } from './annual-calendar';

export const PLAN_CALENDAR_WORKFLOW_TYPE = 'planCalendarWorkflow';

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
