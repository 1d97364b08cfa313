import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import {
  ActionCommand,
  PROJECT_WORKFLOW_TYPE,
  ProjectSnapshot,
  ProjectWorkflowInput,
  SEARCH_ATTRIBUTES,
  awaitCreatedUpdate,
  performActionUpdate,
  workflowIdForProject,
} from '@kc/domain';

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
    typedSearchAttributes: [
      { key: SEARCH_ATTRIBUTES.state, value: input.status.state },
      { key: SEARCH_ATTRIBUTES.province, value: input.facts.provinceCode },
      { key: SEARCH_ATTRIBUTES.scope, value: input.facts.scope },
    ],
  });
  return client.workflow.executeUpdateWithStart(awaitCreatedUpdate, { startWorkflowOperation });
}

/** Performs one lifecycle action; resolves with the new snapshot once it is recorded in the read model. */
export function performProjectAction(
  client: Client,
  workflowId: string,
  command: ActionCommand,
  updateId?: string,
): Promise<ProjectSnapshot> {
  // The same update id twice is one update: Temporal answers the second with the first's outcome.
  return client.workflow.getHandle(workflowId).executeUpdate(performActionUpdate, { args: [command], updateId });
}
