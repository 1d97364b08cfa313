/**
 * PostgreSQL stopped for 30 seconds under a running API and worker: reads answer 503 saying the database is
 * unreachable and nothing changed; actions that reached the workflow wait for it, and once it is back the
 * persistence activity's retries write each of them to the read model exactly once.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { snapshotQuery } from '@kc/domain';
import { createDataSource, runMigrations } from '@kc/persistence';
import { EmbeddedPostgres, findFreePort, startEmbeddedPostgres } from '@kc/devstack';
import { createApiApp } from '../../apps/api/src/create-app';
import { DATABASE_UNREACHABLE_MESSAGE } from '../../apps/api/src/infrastructure/database-unreachable';
import { performProjectAction } from '../../apps/api/src/projects/project-workflow.client';
import { ensureDemoUsers } from '../../scripts/demo-users';
import { ApiClient } from '../support/api-harness';
import { killHard, spawnWorkerProcess } from '../support/worker-process';
import { testEnv, uniqueTaskQueue } from '../support/test-env';
import { disbursementAmounts, transitionSeqs } from '../support/read-model';
import { eventually } from '../support/eventually';
import { runReconcile } from './support/run-reconcile';
import { faultLog } from './support/fault-log';
import { newProjectRequest, approvalDecision, certifiedProgress } from '../support/request-bodies';

jest.setTimeout(300000);

const OUTAGE_MS = 30000;
const IN_FLIGHT = 5;
const amountOf = (i: number) => 2_000_000 + i * 1_000;

let tempDir: string;
let pgPort: number;
let postgres: EmbeddedPostgres;
let dataSource: DataSource;
let app: INestApplication;
let baseUrl: string;
let connection: Connection;
let client: Client;
let worker: ReturnType<typeof spawnWorkerProcess>;
const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, TEMPORAL_TASK_QUEUE: process.env.TEMPORAL_TASK_QUEUE };
const pgLog = faultLog('fault-postgres');

const startPostgres = () =>
  startEmbeddedPostgres({ dataDir: join(tempDir, 'pg'), port: pgPort, database: 'kc_fault', log: pgLog.log });

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'kc-fault-pg-'));
  chmodSync(tempDir, 0o755); // PostgreSQL runs as the postgres user when we are root
  pgPort = await findFreePort();
  postgres = await startPostgres();
  await runMigrations(postgres.url);
  dataSource = await createDataSource(postgres.url, 2).initialize();
  await ensureDemoUsers(dataSource);
  const taskQueue = uniqueTaskQueue('pg-outage');
  worker = spawnWorkerProcess(taskQueue, { DATABASE_URL: postgres.url });
  await worker.ready;
  // The in-process API reads its configuration while it is built.
  Object.assign(process.env, { DATABASE_URL: postgres.url, TEMPORAL_TASK_QUEUE: taskQueue });
  app = await createApiApp({ logger: false });
  await app.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
  connection = await Connection.connect({ address: testEnv().temporalAddress });
  client = new Client({ connection, namespace: testEnv().namespace });
});

afterAll(async () => {
  Object.assign(process.env, savedEnv);
  await app?.close();
  if (worker) await killHard(worker.child);
  await connection?.close();
  if (dataSource?.isInitialized) await dataSource.destroy();
  await postgres?.stop();
  await pgLog.close();
  rmSync(tempDir, { recursive: true, force: true });
});

it('answers reads with 503 while PostgreSQL is down and writes the actions in flight once it is back', async () => {
  const officer = await ApiClient.login(baseUrl, 'officer.hn@demo.local');
  const approver = await ApiClient.login(baseUrl, 'approver.hn@demo.local');
  const created = await officer.post(
    '/projects',
    newProjectRequest('Hỗ trợ máy sấy nông sản (thử mất cơ sở dữ liệu)', { plannedEnd: '2026-11-30' }),
  );
  expect(created.status).toBe(201);
  const { id, workflowId } = created.body as { id: string; workflowId: string };
  for (const [who, body] of [
    [officer, { action: 'submit' }],
    [officer, { action: 'open_appraisal' }],
    [approver, { action: 'approve', ...approvalDecision() }],
    [officer, { action: 'sign_contract', contractNo: 'HĐ-PG', contractDate: '2026-04-01' }],
    // A machinery advance waits for a progress report the Department certified above 70% (TT 36 Art. 12).
    [officer, certifiedProgress()],
  ] as const) {
    expect((await who.post(`/projects/${id}/actions`, body)).status).toBe(200);
  }
  const officerActor = (await client.workflow.getHandle(workflowId).query(snapshotQuery)).facts.createdByUserId;

  const stoppedAt = Date.now();
  await postgres.stop();

  const read = await officer.get(`/projects/${id}`);
  expect(read).toEqual({
    status: 503,
    body: { statusCode: 503, error: 'DATABASE_UNAVAILABLE', message: DATABASE_UNREACHABLE_MESSAGE },
  });
  expect((await officer.get('/projects?limit=5')).status).toBe(503);
  // Through the API an action reads the project first: refused with 503, nothing sent to the workflow.
  const refused = await officer.post(`/projects/${id}/actions`, {
    action: 'record_disbursement',
    kind: 'ADVANCE',
    amountVnd: 1_000,
  });
  expect(refused.body).toMatchObject({ statusCode: 503, message: DATABASE_UNREACHABLE_MESSAGE });

  // Actions that reach the workflow (as from an API instance that read the project just before) are applied
  // there and wait for their read-model write, which the activity retries until PostgreSQL is back.
  const actor = { userId: officerActor, email: 'officer.hn@demo.local', role: 'officer', provinceCode: 'HN' } as const;
  const inFlight = Array.from({ length: IN_FLIGHT }, (_, i) =>
    performProjectAction(
      client,
      workflowId,
      { action: 'record_disbursement', actor, kind: 'ADVANCE', amountVnd: amountOf(i) },
      `pg-outage-${i}`,
    ),
  );
  inFlight.forEach((p) => p.catch(() => undefined)); // awaited below
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, stoppedAt + OUTAGE_MS - Date.now())));
  expect((await officer.get(`/projects/${id}`)).status).toBe(503);

  postgres = await startPostgres();
  const caughtUpStarted = Date.now();
  const results = await Promise.all(inFlight);
  expect(results.every((r) => r.status.state === 'CONTRACTED')).toBe(true);
  const total = Array.from({ length: IN_FLIGHT }, (_, i) => amountOf(i)).reduce((a, b) => a + b, 0);
  const lastSeq = 6 + IN_FLIGHT;
  const detail = await eventually(async () => {
    const res = await officer.get(`/projects/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'CONTRACTED' });
    return res.body;
  }, 30000);
  console.log(
    `PostgreSQL outage: ${Date.now() - stoppedAt} ms down and back; ${IN_FLIGHT} actions written ` +
      `${Date.now() - caughtUpStarted} ms after the restart; detail: ${JSON.stringify(detail.disbursedVnd ?? null)}`,
  );
  const sorted = (await disbursementAmounts(dataSource, id)).sort((a, b) => a - b);
  expect(sorted).toEqual(Array.from({ length: IN_FLIGHT }, (_, i) => amountOf(i)));
  expect(await transitionSeqs(dataSource, id)).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1));
  const snapshot = await client.workflow.getHandle(workflowId).query(snapshotQuery);
  expect(snapshot.status).toMatchObject({ seq: lastSeq, advancesVnd: total });

  const reconciled = await runReconcile({ databaseUrl: postgres.url, temporalAddress: testEnv().temporalAddress });
  expect(reconciled.output).toMatch(/1 projects checked: 1 agree, 0 differed/);
  expect(reconciled.code).toBe(0);
});
