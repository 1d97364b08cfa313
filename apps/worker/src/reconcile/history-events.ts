import { Client } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import type { LifecycleEvent, LifecycleStatus, ProjectFacts, ReportSubmission } from '@kc/domain';

/** A read-model write the workflow asked an activity for, with the arguments it passed. */
export type RecordedWrite =
  | { activity: 'recordProjectCreated'; args: [ProjectFacts, LifecycleStatus, LifecycleEvent] }
  | { activity: 'recordLifecycleEvent'; args: [ProjectFacts, LifecycleStatus, LifecycleEvent] }
  | {
      activity: 'recordReport';
      args: [ProjectFacts, LifecycleStatus, LifecycleEvent, ReportSubmission & { version: number }];
    };

const REPLAYABLE = new Set(['recordProjectCreated', 'recordLifecycleEvent', 'recordReport']);

/**
 * Every read-model write of a project's workflow, oldest first, across its continue-as-new runs: the
 * arguments of each scheduled persistence activity, read back from the histories. Replaying them through
 * the activities' own idempotent writers restores rows the read model lost.
 */
export async function recordedWrites(client: Client, workflowId: string): Promise<RecordedWrite[]> {
  const runs: RecordedWrite[][] = [];
  let runId: string | undefined;
  do {
    const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
    const events = history.events ?? [];
    runs.unshift(writesOf(events));
    runId = events[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
  } while (runId);
  return runs.flat();
}

function writesOf(events: temporal.api.history.v1.IHistoryEvent[]): RecordedWrite[] {
  const writes: RecordedWrite[] = [];
  for (const event of events) {
    const scheduled = event.activityTaskScheduledEventAttributes;
    const activity = scheduled?.activityType?.name;
    if (!scheduled || !activity || !REPLAYABLE.has(activity)) continue;
    const args = (scheduled.input?.payloads ?? []).map((payload) => defaultPayloadConverter.fromPayload(payload));
    writes.push({ activity, args } as RecordedWrite);
  }
  return writes;
}
