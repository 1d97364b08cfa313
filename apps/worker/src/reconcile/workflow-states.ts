import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { deadlinesQuery, snapshotQuery } from '@kc/domain';
import type { WorkflowProjectState } from './read-model-diff';

export type WorkflowAnswer =
  { kind: 'FOUND'; state: WorkflowProjectState } | { kind: 'NOT_FOUND' } | { kind: 'NO_ANSWER'; error: string };

/**
 * Asks a project's workflow for its state. A query needs a worker on the workflow's task queue (closed
 * workflows are answered by replay); without one it would wait, hence the deadline.
 */
export async function queryWorkflowState(
  client: Client,
  workflowId: string,
  timeoutMs: number,
): Promise<WorkflowAnswer> {
  const handle = client.workflow.getHandle(workflowId);
  try {
    const [snapshot, deadlines] = await client.connection.withDeadline(Date.now() + timeoutMs, () =>
      Promise.all([handle.query(snapshotQuery), handle.query(deadlinesQuery)]),
    );
    return { kind: 'FOUND', state: { status: snapshot.status, periods: deadlines.reporting.periods } };
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return { kind: 'NOT_FOUND' };
    return { kind: 'NO_ANSWER', error: err instanceof Error ? err.message : String(err) };
  }
}
