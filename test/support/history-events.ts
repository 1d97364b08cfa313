/** Reading a workflow history's events in tests: the net's writes and the patch markers. */
import type { History } from '@temporalio/common/lib/proto-utils';

type HistoryEvent = NonNullable<History['events']>[number];

/** The type of the local activity a `core_local_activity` marker records, or null for any other event. */
export function localActivityType(event: HistoryEvent): string | null {
  const marker = event.markerRecordedEventAttributes;
  if (marker?.markerName !== 'core_local_activity') return null;
  const data = marker.details?.data?.payloads?.[0]?.data;
  if (!data) return null;
  return (JSON.parse(Buffer.from(data).toString()) as { activity_type?: string }).activity_type ?? null;
}

/**
 * Whether an event is a write of the net: the activity `recordLifecycleEvents` scheduled (before the 'net-in-task'
 * patch) or run in its workflow task as a local activity (since).
 */
export function isNetWrite(event: HistoryEvent): boolean {
  return (
    event.activityTaskScheduledEventAttributes?.activityType?.name === 'recordLifecycleEvents' ||
    localActivityType(event) === 'recordLifecycleEvents'
  );
}

/** The ids of the patch markers of a history, in order. */
export function patchMarkerIds(events: HistoryEvent[]): string[] {
  return events.flatMap((event) => {
    const marker = event.markerRecordedEventAttributes;
    if (marker?.markerName !== 'core_patch') return [];
    const data = marker.details?.['patch-data']?.payloads?.[0]?.data;
    return data ? [(JSON.parse(Buffer.from(data).toString()) as { id: string }).id] : [];
  });
}

/**
 * Whether the net wrote in task in a workflow task that took a fired timer and a new action together (patch
 * net-keeps-own-task): the net's timer fired before the task, and an update was accepted among its commands.
 */
export function netWroteBesideAnAction(events: HistoryEvent[]): boolean {
  const lastBefore = (at: number, is: (e: HistoryEvent) => unknown) =>
    events.map((e) => Boolean(is(e))).lastIndexOf(true, at);
  return events.some((event, netAt) => {
    if (localActivityType(event) !== 'recordLifecycleEvents') return false;
    const completedAt = lastBefore(netAt, (e) => e.workflowTaskCompletedEventAttributes);
    const startedAt = lastBefore(completedAt, (e) => e.workflowTaskStartedEventAttributes);
    const previousCompletedAt = lastBefore(startedAt, (e) => e.workflowTaskCompletedEventAttributes);
    const inputs = events.slice(previousCompletedAt + 1, startedAt);
    const commands = events.slice(completedAt + 1, netAt);
    return (
      inputs.some((e) => e.timerFiredEventAttributes) &&
      commands.some((e) => e.workflowExecutionUpdateAcceptedEventAttributes)
    );
  });
}
