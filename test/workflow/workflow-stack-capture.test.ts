/**
 * The production worker process starts its workflow threads without the SDK's per-promise stack capture (the
 * preload of workerNodeArgs), and WORKER_STACK_TRACES=true brings it back. Asked through the stack-trace query the
 * Temporal UI uses, so an SDK upgrade that captures stacks another way fails here rather than silently costing CPU.
 */
import { Client, Connection } from '@temporalio/client';
import { workflowIdForProject } from '@kc/domain';
import { performProjectAction, startProjectWorkflow } from '../../apps/api/src/projects/project-workflow.client';
import { killHard, spawnWorkerProcess } from '../support/worker-process';
import { testEnv, uniqueTaskQueue } from '../support/test-env';
import { actors, projectFacts, workflowInput } from '../support/project-fixtures';
import { approvalDecision } from '../support/request-bodies';

let connection: Connection;
let client: Client;
let worker: ReturnType<typeof spawnWorkerProcess> | undefined;

beforeAll(async () => {
  const env = testEnv();
  connection = await Connection.connect({ address: env.temporalAddress });
  client = new Client({ connection, namespace: env.namespace });
});

afterEach(async () => {
  if (worker) await killHard(worker.child);
  worker = undefined;
});

afterAll(async () => {
  await connection?.close();
});

/**
 * A project walked to APPROVED on a worker started with these settings (its cancellation scopes, timers and
 * activities all work), and its workflow's answer to the stack-trace query.
 */
async function stackOfApprovedProject(extraEnv: Record<string, string>) {
  const taskQueue = uniqueTaskQueue('stack-capture');
  worker = spawnWorkerProcess(taskQueue, extraEnv);
  await worker.ready;
  const facts = projectFacts();
  const workflowId = workflowIdForProject(facts.code);
  await startProjectWorkflow(client, taskQueue, workflowInput(facts));
  await performProjectAction(client, workflowId, { action: 'submit', actor: actors.officerHN });
  await performProjectAction(client, workflowId, { action: 'open_appraisal', actor: actors.officerHN });
  const approved = await performProjectAction(client, workflowId, {
    action: 'approve',
    actor: actors.approverHN,
    ...approvalDecision(),
  });
  expect(approved.status.state).toBe('APPROVED');
  const stack = client.workflow.getHandle(workflowId).query<string>('__stack_trace');
  return { stack, log: worker.output() };
}

it('captures no stacks in the workflow threads by default, and says so when ready', async () => {
  const { stack, log } = await stackOfApprovedProject({});
  await expect(stack).rejects.toThrow(/stack traces are not enabled/);
  expect(log).toMatch(/"workflowStackCapture":"off"/);
});

it('captures them again with WORKER_STACK_TRACES=true', async () => {
  const { stack, log } = await stackOfApprovedProject({ WORKER_STACK_TRACES: 'true' });
  expect(await stack).toContain('projectLifecycleWorkflow');
  expect(log).toMatch(/"workflowStackCapture":"on"/);
});
