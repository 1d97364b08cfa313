import type { HandOffActivities } from '@kc/domain';
import type { HandOffNotifier } from './notices/hand-off-notifier';

/** The hand-off notice activity: a thin adapter, idempotent by project, event seq and notice kind. */
export function createHandOffActivities(notifier: HandOffNotifier): HandOffActivities {
  return { sendHandOffNotice: (request) => notifier.send(request) };
}
