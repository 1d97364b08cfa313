import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { PLAN_CALENDAR_WORKFLOW_TYPE, PlanLevel, planCalendarWorkflowId } from '@kc/domain';

/**
 * The annual calendars of the current and the next plan year, started once: a calendar already running or already
 * finished for that year is left alone (REJECT_DUPLICATE), so every worker start costs two cheap start calls.
 * Local plans follow each province's regulation; their calendars start when a province stores its dates.
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
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }
}
