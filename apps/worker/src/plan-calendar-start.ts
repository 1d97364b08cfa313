import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { PLAN_CALENDAR_WORKFLOW_TYPE, PlanLevel, planCalendarWorkflowId } from '@kc/domain';

/** The plan years whose calendars run now: this year's (its year-end and 22/01 dates) and the next (its N-1 dates). */
export function calendarYearsAt(now: Date = new Date()): number[] {
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(now));
  return [year, year + 1];
}

/**
 * The calendars of the current and the next plan year for one level, started once: a calendar running or completed
 * for that year is left alone; a failed or terminated one starts again (the notification log keeps its mails from
 * going twice). Two cheap start calls per worker start and level. Returns the ids started now.
 */
export async function ensurePlanCalendars(
  client: Client,
  taskQueue: string,
  now: Date = new Date(),
  level: PlanLevel = 'NATIONAL',
): Promise<string[]> {
  const started: string[] = [];
  for (const planYear of calendarYearsAt(now)) {
    const workflowId = planCalendarWorkflowId(planYear, level);
    try {
      await client.workflow.start(PLAN_CALENDAR_WORKFLOW_TYPE, {
        workflowId,
        taskQueue,
        args: [{ year: planYear, level }],
        workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
      });
      started.push(workflowId);
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }
  return started;
}

/**
 * The local plans' calendars (DOMAIN §11): one per plan year like the national one, covering every province, not
 * only those with a local plan in the system. The law gives every province an annual local plan approved by its
 * People's Committee, each province's dates are its own (calendar_policies, read again before each reminder), and a
 * reminder goes only to projects of the province that are late, so a province with no local project gets no mail; a
 * province that enters its first local plan mid-year is covered without a restart, which a list fixed at the
 * calendar's start would miss (the workflow is started once a year and left alone afterwards).
 */
export function ensureLocalPlanCalendars(client: Client, taskQueue: string, now: Date = new Date()): Promise<string[]> {
  return ensurePlanCalendars(client, taskQueue, now, 'LOCAL');
}
