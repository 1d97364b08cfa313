import type { ProjectActivities } from '@kc/domain';
import type { ProjectEventWriter } from '@kc/persistence';

/** Thin adapters from the workflow's activity calls to the read-model writer (idempotent by project and seq). */
export function createProjectActivities(writer: ProjectEventWriter): ProjectActivities {
  return {
    recordProjectCreated: (facts, status, event) => writer.recordProjectCreated(facts, status, event),
    recordLifecycleEvent: (facts, status, event) => writer.recordLifecycleEvent(facts, status, event),
    recordAdjustment: (facts, status, event, record) => writer.recordAdjustment(facts, status, event, record),
  };
}
