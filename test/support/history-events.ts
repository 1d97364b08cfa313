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
