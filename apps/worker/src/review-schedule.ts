import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { NINE_MONTH_REVIEW_SCHEDULE_ID, NINE_MONTH_REVIEW_WORKFLOW_TYPE } from '@kc/domain';

/** The 30 September review runs by a Temporal Schedule (08:00 Vietnam time); created once, kept if present. */
export async function ensureNineMonthReviewSchedule(client: Client, taskQueue: string): Promise<void> {
  try {
    await client.schedule.create({
      scheduleId: NINE_MONTH_REVIEW_SCHEDULE_ID,
      spec: { calendars: [{ month: 'SEPTEMBER', dayOfMonth: 30, hour: 8 }], timezone: 'Asia/Ho_Chi_Minh' },
      action: {
        type: 'startWorkflow',
        workflowType: NINE_MONTH_REVIEW_WORKFLOW_TYPE,
        taskQueue,
        args: [{ trigger: 'SCHEDULE' }],
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP },
    });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
}
