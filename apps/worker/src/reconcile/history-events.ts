import { Client } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import type {
  ActionOutcome,
  LifecycleEvent,
  LifecycleStatus,
  LifecycleWrite,
  ProjectFacts,
  ReportSubmission,
  StallWrite,
} from '@kc/domain';
import { writeOfAnswer } from '@kc/domain';

/** A read-model write the workflow asked an activity for, with the arguments it passed. */
export type RecordedWrite =
  | { activity: 'recordProjectCreated'; args: [ProjectFacts, LifecycleStatus, LifecycleEvent] }
  | { activity: 'recordLifecycleEvent'; args: [ProjectFacts, LifecycleStatus, LifecycleEvent, StallWrite?] }
  | {
      activity: 'recordReport';
      args: [ProjectFacts, LifecycleStatus, LifecycleEvent, ReportSubmission & { version: number }];
    };

const REPLAYABLE = new Set(['recordProjectCreated', 'recordLifecycleEvent', 'recordReport']);

/**
 * Every read-model write of a project's workflow, oldest first, across its continue-as-new runs: the
 * arguments of each scheduled persistence activity, and the write each action answered before its write carried
 * (answer-before-write: the caller's write, which the workflow's net may not have repeated yet), read back from the
 * histories. Replaying them through
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
    const answered = answeredWrite(event);
    if (answered) {
      writes.push({
        activity: 'recordLifecycleEvent',
        args: [answered.facts, answered.status, answered.event, answered.stall],
      });
      continue;
    }
    const scheduled = event.activityTaskScheduledEventAttributes;
    const activity = scheduled?.activityType?.name;
    if (!scheduled || !activity || !REPLAYABLE.has(activity)) continue;
    const args = (scheduled.input?.payloads ?? []).map((payload) => defaultPayloadConverter.fromPayload(payload));
    writes.push({ activity, args } as RecordedWrite);
  }
  return writes;
}

/** The write an update's answer carried (ActionOutcome.unwritten), if it carried one. */
function answeredWrite(event: temporal.api.history.v1.IHistoryEvent): LifecycleWrite | undefined {
  const payload = event.workflowExecutionUpdateCompletedEventAttributes?.outcome?.success?.payloads?.[0];
  if (!payload) return undefined;
  const outcome = defaultPayloadConverter.fromPayload<Partial<ActionOutcome> | null>(payload);
  return writeOfAnswer(outcome) ?? undefined;
}
