import type { ProjectActivities } from '@kc/domain';
import type { ProjectEventWriter } from '@kc/persistence';

/** Thin adapters from the workflow's activity calls to the read-model writer (idempotent by project and seq). */
export function createProjectActivities(writer: ProjectEventWriter): ProjectActivities {
  return {
    recordProjectCreated: (facts, status, event, stall) => writer.recordProjectCreated(facts, status, event, stall),
    recordLifecycleEvent: (facts, status, event, stall) => writer.recordLifecycleEvent(facts, status, event, stall),
    recordLifecycleEvents: (writes) => writer.recordLifecycleEvents(writes),
    recordAdjustment: (facts, status, event, record, stall) =>
      writer.recordAdjustment(facts, status, event, record, stall),
  };
}
