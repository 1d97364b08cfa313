import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { PLAN_CALENDAR_WORKFLOW_TYPE, PlanLevel, planCalendarWorkflowId } from '@kc/domain';

/**
 * The national calendars of the current and the next plan year, started once: a calendar running or completed for
 * that year is left alone; a failed or terminated one starts again (the notification log keeps its mails from going
 * twice). Two cheap start calls per worker start. Local calendars are not started here: each province's regulation
 * sets them (planCalendarWorkflow supports level LOCAL with per-province dates in calendar_policies).
 */
export async function ensurePlanCalendars(
  client: Client,
  taskQueue: string,
  now: Date = new Date(),
  level: PlanLevel = 'NATIONAL',
): Promise<void> {
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(now));
  for (const planYear of [year, year + 1]) {
    try {
      await client.workflow.start(PLAN_CALENDAR_WORKFLOW_TYPE, {
        workflowId: planCalendarWorkflowId(planYear, level),
        taskQueue,
        args: [{ year: planYear, level }],
        workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }
}
