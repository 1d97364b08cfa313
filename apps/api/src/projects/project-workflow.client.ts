import { randomUUID } from 'node:crypto';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import {
  ActionCommand,
  ActionOutcome,
  PROJECT_WORKFLOW_TYPE,
  ProjectSnapshot,
  ProjectWorkflowInput,
  SEARCH_ATTRIBUTES,
  awaitCreatedUpdate,
  performActionUpdate,
  workflowIdForProject,
} from '@kc/domain';

/**
 * The longest the API waits for Temporal to answer a creation or an action. A server killed mid-call would otherwise
 * keep the request open until the caller's own timeout (a minute) with no answer at all; past this the caller gets a
 * 503 and retries with the same Idempotency-Key, which joins the same workflow or the same update.
 */
export const TEMPORAL_ANSWER_DEADLINE_MS = 45_000;

const withinDeadline = <T>(client: Client, call: () => Promise<T>): Promise<T> =>
  client.connection.withDeadline(Date.now() + TEMPORAL_ANSWER_DEADLINE_MS, call);

const searchAttributesOf = (input: ProjectWorkflowInput) => [
  { key: SEARCH_ATTRIBUTES.state, value: input.status.state },
  { key: SEARCH_ATTRIBUTES.province, value: input.facts.provinceCode },
  { key: SEARCH_ATTRIBUTES.scope, value: input.facts.scope },
];

/**
 * Starts a project's workflow (update-with-start) and resolves once its creation is in the read model. `join`: a
 * workflow already running under the code is joined instead (a retried creation resuming its reserved code).
 */
export function startProjectWorkflow(
  client: Client,
  taskQueue: string,
  input: ProjectWorkflowInput,
  join = false,
): Promise<ProjectSnapshot> {
  const startWorkflowOperation = new WithStartWorkflowOperation(PROJECT_WORKFLOW_TYPE, {
    workflowId: workflowIdForProject(input.facts.code),
    taskQueue,
    args: [input],
    workflowIdConflictPolicy: join ? 'USE_EXISTING' : 'FAIL',
    typedSearchAttributes: searchAttributesOf(input),
  });
  return withinDeadline(client, () =>
    client.workflow.executeUpdateWithStart(awaitCreatedUpdate, { startWorkflowOperation }),
  );
}

/**
 * Starts a project's workflow and resolves as soon as the server has durably accepted it (the workflow then records
 * the creation in its first task). Fails with WorkflowExecutionAlreadyStartedError when the code is taken.
 */
export async function startProjectWorkflowAccepted(
  client: Client,
  taskQueue: string,
  input: ProjectWorkflowInput,
): Promise<void> {
  await withinDeadline(client, () =>
    client.workflow.start(PROJECT_WORKFLOW_TYPE, {
      workflowId: workflowIdForProject(input.facts.code),
      taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'FAIL',
      typedSearchAttributes: searchAttributesOf(input),
    }),
  );
}

/** How often an update the server lost before a worker accepted it is sent again (each time with the same id). */
const LOST_UPDATE_RETRIES = 5;

/**
 * An update the server admitted but lost before any worker accepted it (the worker died holding the workflow task):
 * the server answers "update … not found" to the caller waiting for it. Nothing was applied; sending it again with
 * the same id is safe (the same update id twice is one update).
 */
function isLostUpdate(err: unknown): boolean {
  return err instanceof WorkflowNotFoundError && /^update ".*" not found/.test(err.message);
}

/** Performs one lifecycle action; resolves with the new snapshot once it is recorded in the read model. */
export async function performProjectAction(
  client: Client,
  workflowId: string,
  command: ActionCommand,
  updateId: string = randomUUID(),
): Promise<ActionOutcome> {
  // The same update id twice is one update: Temporal answers the second with the first's outcome.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await withinDeadline(client, () =>
        client.workflow.getHandle(workflowId).executeUpdate(performActionUpdate, { args: [command], updateId }),
      );
    } catch (err) {
      if (!isLostUpdate(err) || attempt > LOST_UPDATE_RETRIES) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
