/**
 * The production worker process with its probes and metrics on: /livez, /readyz while it polls, its own
 * /metrics (kc_*), the Temporal SDK's Prometheus series (temporal_*) on their port, and JSON log lines in
 * which the SDK's lines about a project's activities name its workflow and project code.
 */
import { createServer } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { workflowIdForProject } from '@kc/domain';
import { performProjectAction, startProjectWorkflow } from '../../apps/api/src/projects/project-workflow.client';
import { killHard, spawnWorkerProcess } from '../support/worker-process';
import { testEnv, uniqueTaskQueue } from '../support/test-env';
import { actors, projectFacts, workflowInput } from '../support/project-fixtures';
import { eventually } from '../support/eventually';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let connection: Connection;
let client: Client;
let worker: ReturnType<typeof spawnWorkerProcess> | undefined;

beforeAll(async () => {
  const env = testEnv();
  connection = await Connection.connect({ address: env.temporalAddress });
  client = new Client({ connection, namespace: env.namespace });
});

afterAll(async () => {
  if (worker) await killHard(worker.child);
  await connection?.close();
});

it('serves probes and both metrics endpoints, and logs JSON lines that name the workflow and project', async () => {
  const [healthPort, sdkMetricsPort] = [await freePort(), await freePort()];
  const taskQueue = uniqueTaskQueue('observability');
  worker = spawnWorkerProcess(taskQueue, {
    WORKER_HEALTH_PORT: String(healthPort),
    WORKER_METRICS_PORT: String(sdkMetricsPort),
    LOG_LEVEL: 'debug',
  });
  await worker.ready;
  const health = `http://127.0.0.1:${healthPort}`;

  expect((await fetch(`${health}/livez`)).status).toBe(200);
  const ready = await eventually(async () => {
    const res = await fetch(`${health}/readyz`);
    expect(res.status).toBe(200);
    return res.json();
  });
  expect(ready).toEqual({ status: 'up', worker: 'RUNNING' });

  const facts = projectFacts();
  await startProjectWorkflow(client, taskQueue, workflowInput(facts));
  await performProjectAction(client, workflowIdForProject(facts.code), { action: 'submit', actor: actors.officerHN });

  const own = await (await fetch(`${health}/metrics`)).text();
  expect(own).toContain('# TYPE kc_notices_sent_total counter');
  expect(own).toMatch(/^kc_worker_process_resident_memory_bytes \d+/m);

  const sdk = await eventually(async () => {
    const text = await (await fetch(`http://127.0.0.1:${sdkMetricsPort}/metrics`)).text();
    expect(text).toMatch(/^temporal_worker_task_slots_available\{/m);
    return text;
  });
  expect(sdk).toMatch(new RegExp(`^temporal_\\w+\\{[^}]*task_queue="${taskQueue}"`, 'm'));

  // Every line is JSON; the SDK's lines about the project's activities carry its workflow id and code.
  const lines = () =>
    worker!
      .output()
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines().find((l) => String(l.msg).startsWith('Worker ready'))).toMatchObject({
    level: 'info',
    service: 'worker',
    taskQueue,
  });
  const activityLine = await eventually(() => {
    const found = lines().find((l) => l.origin === 'temporal-sdk' && l.activityType && l.projectCode === facts.code);
    expect(found).toBeDefined();
    return found!;
  });
  expect(activityLine).toMatchObject({ workflowId: workflowIdForProject(facts.code), taskQueue });
});
