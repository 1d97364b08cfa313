import type { LifecycleEvent } from './transitions';
import type { ProjectWorkflowInput } from './workflow-contracts';

/**
 * The audit trail's first event. Built the same way by the API (which records the creation as soon as the workflow
 * is started) and by the workflow (which records it again, idempotently by project and seq), so both rows agree.
 */
export function creationEvent(input: ProjectWorkflowInput, occurredAt: string): LifecycleEvent {
  return {
    seq: input.status.seq,
    action: 'create',
    fromState: null,
    toState: input.status.state,
    actor: input.creator,
    reason: null,
    details: {},
    occurredAt,
  };
}
