import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { PERIODIC_REPORTS_WORKFLOW_TYPE, periodicReportsWorkflowId } from '@kc/domain';
import { calendarYearsAt } from './plan-calendar-start';

/**
 * The periodic reports of this year and the next, started once each, as the plan calendars are: a run that is going
 * or completed is left alone, a failed one starts again (the notification log keeps its mails from going twice).
 * The next year's run waits for its first quarter, so a worker started on 31 December misses nothing.
 */
export async function ensurePeriodicReports(client: Client, taskQueue: string, now: Date = new Date()) {
  const started: string[] = [];
  for (const year of calendarYearsAt(now)) {
    const workflowId = periodicReportsWorkflowId(year);
    try {
      await client.workflow.start(PERIODIC_REPORTS_WORKFLOW_TYPE, {
        workflowId,
        taskQueue,
        args: [{ year }],
        workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
      });
      started.push(workflowId);
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }
  return started;
}
