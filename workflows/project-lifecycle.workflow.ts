/**
 * One long-lived workflow per project (id `project-<code>`): the source of truth for its lifecycle.
 * Deterministic: no I/O here; the read model is written by activities, idempotent by (project, seq).
 */
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  ActionCommand,
  LifecycleEvent,
  ProjectActivities,
  ProjectSnapshot,
  ProjectWorkflowInput,
  Refusal,
  SEARCH_ATTRIBUTES,
  applyEvent,
  awaitCreatedUpdate,
  decideAction,
  isTerminal,
  performActionUpdate,
  snapshotQuery,
} from '@kc/domain';

const { recordProjectCreated, recordLifecycleEvent } = proxyActivities<ProjectActivities>({
  // A write takes milliseconds; a short timeout lets a crashed worker's activity be retried quickly.
  startToCloseTimeout: '10 seconds',
  // No attempt limit: the read model must catch up with the workflow, however long the database is away.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

function refusalFailure(refusal: Refusal): ApplicationFailure {
  return ApplicationFailure.create({
    type: refusal.code,
    message: refusal.message,
    nonRetryable: true,
    details: [{ allowedActions: refusal.allowedActions }],
  });
}

export async function projectLifecycleWorkflow(input: ProjectWorkflowInput): Promise<ProjectSnapshot> {
  const { facts, options } = input;
  let status = input.status;
  let creationRecorded = input.creationRecorded;
  /** Actions are applied one at a time: an update waits while another is being recorded. */
  let recording = false;
  const snapshot = (): ProjectSnapshot => ({ facts, status });

  setHandler(snapshotQuery, snapshot);

  setHandler(awaitCreatedUpdate, async () => {
    await condition(() => creationRecorded);
    return snapshot();
  });

  setHandler(
    performActionUpdate,
    async (command: ActionCommand) => {
      await condition(() => creationRecorded && !recording);
      recording = true;
      try {
        // Decide again: an action applied while this one waited may have changed what is allowed.
        const decision = decideAction(snapshot(), command, new Date().toISOString(), options.disbursementPolicy);
        if (!decision.ok) throw refusalFailure(decision);
        status = applyEvent(status, decision.event);
        publishSearchAttributes();
        await recordLifecycleEvent(facts, status, decision.event);
        return snapshot();
      } finally {
        recording = false;
      }
    },
    {
      validator: (command: ActionCommand) => {
        const decision = decideAction(snapshot(), command, new Date().toISOString(), options.disbursementPolicy);
        if (!decision.ok) throw refusalFailure(decision);
      },
    },
  );

  function publishSearchAttributes(): void {
    upsertSearchAttributes([
      { key: SEARCH_ATTRIBUTES.state, value: status.state },
      { key: SEARCH_ATTRIBUTES.province, value: facts.provinceCode },
      { key: SEARCH_ATTRIBUTES.scope, value: facts.scope },
    ]);
  }

  if (!creationRecorded) {
    const created: LifecycleEvent = {
      seq: status.seq,
      action: 'create',
      fromState: null,
      toState: status.state,
      actor: input.creator,
      reason: null,
      details: {},
      occurredAt: new Date().toISOString(),
    };
    publishSearchAttributes();
    await recordProjectCreated(facts, status, created);
    creationRecorded = true;
  }

  const historyIsLong = () =>
    workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= options.maxHistoryEvents;

  await condition(() => isTerminal(status.state) || historyIsLong());
  await condition(allHandlersFinished);
  if (isTerminal(status.state)) return snapshot();

  return await continueAsNew<typeof projectLifecycleWorkflow>({
    ...input,
    status,
    creationRecorded: true,
    generation: input.generation + 1,
  });
}
