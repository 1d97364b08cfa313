/**
 * The annual planning calendar of one plan year and level as durable timers (DOMAIN §5, §10.3): for each milestone
 * (dossiers to the Department, registration with the Cục, plan approval, 30/11 completion, 31/12 fiscal year end,
 * 22/01 settlement) it sleeps until the reminder moment and asks an activity to remind whoever has not done their
 * part. The nine-month review (30/9) is the nine-month-review Schedule's, not repeated here.
 *
 * Why a workflow and not a Temporal Schedule: a Schedule fires on a fixed calendar spec, but these dates move each
 * year (the Civil Code roll-over to the next working day, with the year's holidays) and per province (overrides),
 * so the dates are computed once per plan year by an activity and waited for with timers. One workflow per plan year
 * and level, not per province: every province's dates are timers in it, so the worker starts two workflows a year
 * instead of 130.
 */
import { proxyActivities, sleep } from '@temporalio/workflow';
import type { PlanCalendarActivities, PlanCalendarInput, PlanCalendarSummary } from '@kc/domain';

const { loadPlanCalendar } = proxyActivities<PlanCalendarActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const { sendCalendarReminders } = proxyActivities<PlanCalendarActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

export async function planCalendarWorkflow(input: PlanCalendarInput): Promise<PlanCalendarSummary> {
  const startedAt = Date.now();
  const reminders = await loadPlanCalendar(input);
  let mailed = 0;
  let sent = 0;
  for (const reminder of reminders) {
    // A calendar started after a date (the current plan year's N-1 dates) skips it. A reminder whose moment passed
    // while the calendar ran (a worker down for a while) still goes, late, rather than never.
    if (Date.parse(reminder.dueAt) <= startedAt) continue;
    const wait = Date.parse(reminder.remindAt) - Date.now();
    if (wait > 0) await sleep(wait);
    mailed += await sendCalendarReminders({
      year: input.year,
      level: input.level,
      milestone: reminder.milestone,
      dueDay: reminder.dueDay,
      provinceCodes: reminder.provinceCodes,
    });
    sent += 1;
  }
  return { year: input.year, level: input.level, reminders: sent, mailed };
}
