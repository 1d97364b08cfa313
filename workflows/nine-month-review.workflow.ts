/**
 * The nine-month review (30/9, and on demand): lists the projects whose disbursement is under the
 * threshold or whose physical progress is under half of plan, stores it, and mails each province's
 * supervisors. Started by a Temporal Schedule; the work is in idempotent activities.
 */
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { NineMonthReviewInput, NineMonthReviewSummary, ReviewActivities } from '@kc/domain';

const { runNineMonthReview, mailNineMonthReview } = proxyActivities<ReviewActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export async function nineMonthReviewWorkflow(input: NineMonthReviewInput): Promise<NineMonthReviewSummary> {
  const summary = await runNineMonthReview({
    ...input,
    runAt: new Date().toISOString(),
    reviewId: workflowInfo().runId,
  });
  const mailed = await mailNineMonthReview(summary.reviewId);
  return { ...summary, mailed };
}
