import { temporal } from '@temporalio/proto';
import { median } from './stats';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
const EventType = temporal.api.enums.v1.EventType;

const millis = (e: HistoryEvent) => {
  const t = e.eventTime;
  return t ? Number(t.seconds ?? 0) * 1000 + Math.floor((t.nanos ?? 0) / 1e6) : Number.NaN;
};

/**
 * Where a workflow's time went, from its history: how long tasks waited in the queue (scheduled → started)
 * and how long they ran (started → completed), medians in ms, for activities and workflow tasks apart.
 */
export function taskTimings(events: readonly HistoryEvent[]) {
  const byId = new Map<number, HistoryEvent>();
  for (const e of events) byId.set(Number(e.eventId), e);
  const activityWait: number[] = [];
  const activityRun: number[] = [];
  const runByType = new Map<string, number[]>();
  const workflowTaskWait: number[] = [];
  const workflowTaskRun: number[] = [];
  const updateRun: number[] = [];
  const accepted = new Map<string, number>();
  for (const e of events) {
    if (e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED) {
      accepted.set(e.workflowExecutionUpdateAcceptedEventAttributes!.protocolInstanceId ?? '', millis(e));
    } else if (e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED) {
      const id = e.workflowExecutionUpdateCompletedEventAttributes!.meta?.updateId ?? '';
      const at = accepted.get(id);
      if (at !== undefined) updateRun.push(millis(e) - at);
    }
    if (e.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) {
      const a = e.activityTaskCompletedEventAttributes!;
      const started = byId.get(Number(a.startedEventId));
      const scheduled = byId.get(Number(a.scheduledEventId));
      if (started && scheduled) {
        activityWait.push(millis(started) - millis(scheduled));
        activityRun.push(millis(e) - millis(started));
        const type = scheduled.activityTaskScheduledEventAttributes?.activityType?.name ?? '?';
        runByType.set(type, [...(runByType.get(type) ?? []), millis(e) - millis(started)]);
      }
    } else if (e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED) {
      const a = e.workflowTaskCompletedEventAttributes!;
      const started = byId.get(Number(a.startedEventId));
      const scheduled = byId.get(Number(a.scheduledEventId));
      if (started && scheduled) {
        workflowTaskWait.push(millis(started) - millis(scheduled));
        workflowTaskRun.push(millis(e) - millis(started));
      }
    }
  }
  return {
    updates: updateRun.length,
    updateAcceptedToCompletedMs: median(updateRun),
    activities: activityRun.length,
    activityQueueMs: median(activityWait),
    activityRunMs: median(activityRun),
    activityRunMsByType: Object.fromEntries([...runByType].map(([type, runs]) => [type, median(runs)])),
    workflowTasks: workflowTaskRun.length,
    workflowTaskQueueMs: median(workflowTaskWait),
    workflowTaskRunMs: median(workflowTaskRun),
  };
}
