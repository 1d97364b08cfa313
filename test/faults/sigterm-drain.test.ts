/**
 * SIGTERM drains instead of dropping work: the worker finishes the activity it is running (within
 * WORKER_SHUTDOWN_GRACE_SECONDS) and the API answers the request it is serving, while refusing new connections.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { DEFAULT_DEADLINE_POLICY } from '@kc/domain';
import { createDataSource } from '@kc/persistence';
import { findFreePort } from '@kc/devstack';
import { performProjectAction, startProjectWorkflow } from '../../apps/api/src/projects/project-workflow.client';
import { ensureDemoUsers } from '../../scripts/demo-users';
import { ApiClient } from '../support/api-harness';
import { killHard, spawnWorkerProcess } from '../support/worker-process';
import { testEnv, uniqueTaskQueue } from '../support/test-env';
import { actors, projectFacts, workflowInput } from '../support/project-fixtures';
import { SlowSmtp, startSlowSmtp } from '../support/slow-smtp';
import { eventually } from '../support/eventually';
import { contractedProject } from '../support/project-driver';
import { approvalDecision } from '../support/request-bodies';

jest.setTimeout(180000);

const API_MAIN = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'src', 'main.js');

let connection: Connection;
let client: Client;
let dataSource: DataSource;

beforeAll(async () => {
  connection = await Connection.connect({ address: testEnv().temporalAddress });
  client = new Client({ connection, namespace: testEnv().namespace });
  dataSource = await createDataSource(testEnv().databaseUrl, 2).initialize();
});

afterAll(async () => {
  await connection?.close();
  await dataSource?.destroy();
});

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

it('a worker sent SIGTERM finishes the email it is sending, then exits', async () => {
  // The relay holds each message 4 s before its 250: the SIGTERM lands in the middle of a send.
  const smtp: SlowSmtp = await startSlowSmtp(await findFreePort(), 4000);
  const taskQueue = uniqueTaskQueue('drain-worker');
  const worker = spawnWorkerProcess(taskQueue, { SMTP_URL: smtp.url, WORKER_SHUTDOWN_GRACE_SECONDS: '30' });
  try {
    await worker.ready;
    const facts = projectFacts();
    const input = workflowInput(facts);
    input.options.deadlinePolicy = {
      reporting: {
        cadence: { kind: 'EVERY', every: 'PT8S' },
        remindBefore: [{ duration: 'PT6S' }],
        overdueRepeatEvery: { duration: 'PT10M' },
        escalateLevel1After: { duration: 'PT10M' },
        escalateLevel1AfterMissedInARow: 2,
        escalateLevel2After: { duration: 'PT20M' },
      },
      stall: { ...DEFAULT_DEADLINE_POLICY.stall, limits: {} },
    };
    await startProjectWorkflow(client, taskQueue, input);
    const workflowId = `project-${facts.code}`;
    await performProjectAction(client, workflowId, { action: 'submit', actor: actors.officerHN });
    await performProjectAction(client, workflowId, { action: 'open_appraisal', actor: actors.officerHN });
    await performProjectAction(client, workflowId, {
      action: 'approve',
      actor: actors.approverHN,
      ...approvalDecision(),
    });
    await performProjectAction(client, workflowId, {
      action: 'sign_contract',
      actor: actors.officerHN,
      contractNo: 'HĐ-DRAIN',
      contractDate: '2026-04-01',
    });
    const key = `${facts.code}:P0001:REMINDER:1`;
    const messageId = `<${encodeURIComponent(key)}@khuyencong-flow>`;
    await eventually(() => expect(smtp.held).toContain(messageId), 30000, 20);

    const exited = exitOf(worker.child);
    worker.child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    // Delivered by the worker that was told to stop: one attempt, no retry on another worker.
    // (The hand-off mails of approve and sign_contract go through the same relay; this test is about the reminder.)
    const deadlineNotices = smtp.delivered.filter((m) => !m.messageId.includes('HANDOFF_'));
    expect(deadlineNotices.map((m) => m.messageId)).toEqual([messageId]);
    const rows: Array<{ status: string; attempts: number }> = await dataSource.query(
      `SELECT status, attempts FROM notification_log WHERE idempotency_key = $1`,
      [key],
    );
    expect(rows).toEqual([{ status: 'SENT', attempts: 1 }]);
  } finally {
    await killHard(worker.child);
    await smtp.stop();
  }
});

it('the API sent SIGTERM answers the request in flight, refusing new connections meanwhile', async () => {
  const taskQueue = uniqueTaskQueue('drain-api');
  await ensureDemoUsers(dataSource);
  let worker = spawnWorkerProcess(taskQueue);
  await worker.ready;
  const { facts, workflowId } = await contractedProject(client, taskQueue);
  // No worker from here on: an action waits in Temporal until one comes, so its request stays in flight.
  await killHard(worker.child);

  const port = await findFreePort();
  let apiOutput = '';
  const api = spawn(process.execPath, [API_MAIN], {
    env: { ...process.env, PORT: String(port), TEMPORAL_TASK_QUEUE: taskQueue },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout!.on('data', (c: Buffer) => (apiOutput += c.toString()));
  api.stderr!.on('data', (c: Buffer) => (apiOutput += c.toString()));
  const apiExited = exitOf(api);
  try {
    const baseUrl = `http://127.0.0.1:${port}/api`;
    await eventually(() => expect(apiOutput).toContain('API listening'), 60000);
    const officer = await ApiClient.login(baseUrl, 'officer.hn@demo.local');

    const slow = officer.post(`/projects/${facts.id}/actions`, {
      action: 'record_disbursement',
      kind: 'ADVANCE',
      amountVnd: 5_000_000,
    });
    // The update reached Temporal: it waits there for a worker's workflow task.
    await eventually(async () => {
      const description = await client.workflow.getHandle(workflowId).describe();
      expect(description.raw.pendingWorkflowTask).toBeTruthy();
    }, 20000);

    api.kill('SIGTERM');
    await eventually(async () => {
      await expect(fetch(`${baseUrl}/health`)).rejects.toThrow();
    }, 20000);
    worker = spawnWorkerProcess(taskQueue);
    await worker.ready;

    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ state: 'CONTRACTED', disbursedVnd: { advances: 5_000_000 } });
    // Nest re-raises the signal once its shutdown hooks have run: the process ends by SIGTERM, not a crash.
    expect(await apiExited).toEqual({ code: null, signal: 'SIGTERM' });
    expect(apiOutput).not.toMatch(/API stopped on error|ERROR/);
  } finally {
    api.kill('SIGKILL');
    await killHard(worker.child);
  }
});
