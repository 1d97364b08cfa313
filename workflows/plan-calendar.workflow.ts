/**
 * The annual planning calendar of one plan year and level as durable timers (DOMAIN §5, §10.3): for each milestone
 * (dossiers to the Department, registration with the Cục, plan approval, 30/11 completion, 31/12 fiscal year end,
 * 22/01 settlement) it sleeps until the reminder moment and asks an activity to remind whoever has not done their
 * part. The nine-month review (30/9) is the nine-month-review Schedule's, not repeated here.
 *
 * Why a workflow and not a Temporal Schedule: a Schedule fires on a fixed calendar spec, but these dates move each
 * year (the Civil Code roll-over to the next working day, with the year's holidays) and per province (overrides),
 * so the dates are computed by an activity and waited for with timers. They are policy values an admin may change
 * (calendar_policies), so the workflow reads them again before each reminder and when the API signals a change.
 * One workflow per plan year and level, not per province: every province's dates are timers in it, so the worker
 * starts four workflows a year (two levels, this year and the next) instead of one per province.
 */
import { condition, patched, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import {
  PLAN_CALENDAR_REREAD_PATCH,
  calendarPoliciesChangedSignal,
  pendingReminders,
  remindedKey,
  type CalendarReminder,
  type PlanCalendarActivities,
  type PlanCalendarInput,
  type PlanCalendarSummary,
} from '@kc/domain';

const { loadPlanCalendar } = proxyActivities<PlanCalendarActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const { sendCalendarReminders } = proxyActivities<PlanCalendarActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

interface Progress {
  mailed: number;
  sent: number;
  /** remindedKey of each province reminded of each milestone. */
  reminded: Set<string>;
}

export async function planCalendarWorkflow(input: PlanCalendarInput): Promise<PlanCalendarSummary> {
  const startedAt = Date.now();
  const changes = { pending: false };
  // Registering a handler adds no command: histories from before the signal existed replay unchanged.
  setHandler(calendarPoliciesChangedSignal, () => {
    changes.pending = true;
  });
  const reminders = await loadPlanCalendar(input);
  const progress: Progress = { mailed: 0, sent: 0, reminded: new Set() };
  for (const reminder of reminders) {
    // From the patch on, the dates are read again before each reminder (below). A calendar started before it keeps
    // this read-once loop while its history replays, and changes over at its first reminder after the upgrade.
    if (patched(PLAN_CALENDAR_REREAD_PATCH)) return followChangingDates(input, startedAt, reminders, progress, changes);
    // A calendar started after a date (the current plan year's N-1 dates) skips it. A reminder whose moment passed
    // while the calendar ran (a worker down for a while) still goes, late, rather than never.
    if (Date.parse(reminder.dueAt) <= startedAt) continue;
    const wait = Date.parse(reminder.remindAt) - Date.now();
    if (wait > 0) await sleep(wait);
    await remind(input, reminder, progress);
  }
  return { year: input.year, level: input.level, reminders: progress.sent, mailed: progress.mailed };
}

/**
 * The dates are policy values an admin may change while the calendar runs (issue 14): before each reminder the
 * workflow waits for its moment or for the API's signal, whichever comes first, then reads every date again through
 * the activity and waits again if the next reminder has moved. A province already reminded of a milestone is not
 * reminded again when its date moves (the notification log would also keep the mail from going twice).
 */
async function followChangingDates(
  input: PlanCalendarInput,
  startedAt: number,
  firstRead: CalendarReminder[],
  progress: Progress,
  changes: { pending: boolean },
): Promise<PlanCalendarSummary> {
  let reminders = firstRead;
  for (;;) {
    const next = pendingReminders(reminders, progress.reminded, startedAt)[0];
    if (!next) break;
    const wait = Date.parse(next.remindAt) - Date.now();
    if (wait > 0 || changes.pending) {
      if (wait > 0) await condition(() => changes.pending, wait);
      changes.pending = false;
      reminders = await loadPlanCalendar(input);
      continue;
    }
    await remind(input, next, progress);
  }
  return { year: input.year, level: input.level, reminders: progress.sent, mailed: progress.mailed };
}

async function remind(input: PlanCalendarInput, reminder: CalendarReminder, progress: Progress): Promise<void> {
  progress.mailed += await sendCalendarReminders({
    year: input.year,
    level: input.level,
    milestone: reminder.milestone,
    dueDay: reminder.dueDay,
    provinceCodes: reminder.provinceCodes,
  });
  progress.sent += 1;
  for (const code of reminder.provinceCodes) progress.reminded.add(remindedKey(reminder.milestone, code));
}
