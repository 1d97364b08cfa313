/**
 * The Temporal server killed (SIGKILL) in the middle of a run and started again on the same SQLite file
 * and port: actions issued before the stop are applied exactly once, a reminder whose timer fell due while
 * the server was away is sent once, later timers still fire, and the read model agrees with the workflows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import {
  DEFAULT_DEADLINE_POLICY,
  DeadlinePolicy,
  ProjectSnapshot,
  SEARCH_ATTRIBUTE_DECLARATIONS,
  snapshotQuery,
} from '@kc/domain';
import { createDataSource } from '@kc/persistence';
import { TemporalDevServer, findFreePort, startTemporalDevServer } from '@kc/devstack';
import { performProjectAction, startProjectWorkflow } from '../../apps/api/src/projects/project-workflow.client';
import { killHard, spawnWorkerProcess } from '../support/worker-process';
import { testEnv, uniqueTaskQueue } from '../support/test-env';
import { actors, projectFacts, workflowInput } from '../support/project-fixtures';
import { disbursementAmounts, readProject, transitionSeqs } from '../support/read-model';
import { eventually } from '../support/eventually';
import { caughtNotices, keysOf } from '../support/caught-notices';
import { ScratchDatabase, createScratchDatabase } from './support/scratch-database';
import { contractedProject } from '../support/project-driver';
import { runReconcile } from './support/run-reconcile';
import { faultLog } from './support/fault-log';
import { approvalDecision } from '../support/request-bodies';

jest.setTimeout(300000);

const ADVANCES = 30;
const amountOf = (i: number) => 500_000 + i * 1_000;
/** How long the server stays away: longer than the reminder's wait, so its timer falls due meanwhile. */
const OUTAGE_MS = 25000;

/**
 * A report every 60 s from the contract, a reminder 40 s before it is due; everything else far away. The reminder
 * falls due during the outage; a server slow to come back (a loaded machine) still has 35 s before the due time,
 * after which a reminder is no longer sent (the overdue notice takes over).
 */
const POLICY: DeadlinePolicy = {
  reporting: {
    cadence: { kind: 'EVERY', every: 'PT60S' },
    remindBefore: [{ duration: 'PT40S' }],
    overdueRepeatEvery: { duration: 'PT10M' },
    escalateLevel1After: { duration: 'PT10M' },
    escalateLevel1AfterMissedInARow: 2,
    escalateLevel2After: { duration: 'PT20M' },
  },
  stall: { ...DEFAULT_DEADLINE_POLICY.stall, limits: {} },
};

let dataDir: string;
let port: number;
let server: TemporalDevServer;
let database: ScratchDatabase;
let dataSource: DataSource;
let connection: Connection;
let client: Client;
const temporalLog = faultLog('fault-temporal-restart');

const startServer = () =>
  startTemporalDevServer({
    port,
    uiPort: port,
    dbFile: join(dataDir, 'temporal.db'),
    namespace: 'default',
    searchAttributes: SEARCH_ATTRIBUTE_DECLARATIONS,
    log: temporalLog.log,
    headless: true,
  });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kc-fault-temporal-'));
  port = await findFreePort();
  server = await startServer();
  database = await createScratchDatabase();
  dataSource = await createDataSource(database.url, 2).initialize();
  connection = await Connection.connect({ address: server.address });
  client = new Client({ connection, namespace: 'default' });
});

afterAll(async () => {
  await connection?.close();
  await server?.stop();
  await dataSource?.destroy();
  await database?.drop();
  await temporalLog.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('loses no action, timer or reminder when the Temporal server is killed and restarted', async () => {
  const taskQueue = uniqueTaskQueue('temporal-restart');
  const workerEnv = { DATABASE_URL: database.url, TEMPORAL_ADDRESS: server.address };
  let worker = spawnWorkerProcess(taskQueue, workerEnv);
  try {
    await worker.ready;
    const money = await contractedProject(client, taskQueue);
    const deadlineFacts = projectFacts();
    const deadlineWorkflowId = `project-${deadlineFacts.code}`;
    await startProjectWorkflow(client, taskQueue, {
      ...workflowInput(deadlineFacts),
      options: { ...workflowInput(deadlineFacts).options, deadlinePolicy: POLICY },
    });
    for (const command of [
      { action: 'submit' as const, actor: actors.officerHN },
      { action: 'open_appraisal' as const, actor: actors.officerHN },
      { action: 'approve' as const, actor: actors.approverHN, ...approvalDecision() },
    ]) {
      await performProjectAction(client, deadlineWorkflowId, command);
    }
    await performProjectAction(client, deadlineWorkflowId, {
      action: 'sign_contract',
      actor: actors.officerHN,
      contractNo: 'HĐ-TEMPORAL',
      contractDate: '2026-04-01',
    });

    // Advances in flight, each with its own update id (as the API sends an Idempotency-Key).
    const updateIdOf = (i: number) => `${money.facts.code}-advance-${i}`;
    const advance = (i: number) =>
      performProjectAction(
        client,
        money.workflowId,
        { action: 'record_disbursement', actor: actors.officerHN, kind: 'ADVANCE', amountVnd: amountOf(i) },
        updateIdOf(i),
      );
    const firstTries = Array.from({ length: ADVANCES }, (_, i) =>
      advance(i).then(
        (snapshot): ProjectSnapshot | Error => snapshot,
        (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
      ),
    );
    await eventually(
      async () => expect((await disbursementAmounts(dataSource, money.facts.id)).length).toBeGreaterThanOrEqual(3),
      20000,
      5,
    );

    process.kill(server.pid!, 'SIGKILL');
    await server.exited;
    const recordedAtStop = (await disbursementAmounts(dataSource, money.facts.id)).length;
    expect(recordedAtStop).toBeLessThan(ADVANCES);
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    server = await startServer();
    if (worker.child.exitCode !== null || worker.child.signalCode !== null) {
      worker = spawnWorkerProcess(taskQueue, workerEnv); // the worker gave up on the server: start it again
      await worker.ready;
    }

    // A call the outage broke is retried with the same update id: Temporal applies it once.
    const outcomes = await Promise.all(firstTries);
    const broken = outcomes.filter((o): o is Error => o instanceof Error);
    const reasons = [...new Set(broken.map((e) => `${e.name}: ${e.message}`.slice(0, 120)))];
    const results = await Promise.all(outcomes.map((o, i) => (o instanceof Error ? advance(i) : o)));
    expect(results.every((r) => r.status.state === 'CONTRACTED')).toBe(true);
    console.log(
      `Temporal restart: ${recordedAtStop}/${ADVANCES} advances recorded at the kill, ${broken.length} calls retried after it (${reasons.join(' | ')})`,
    );

    const total = Array.from({ length: ADVANCES }, (_, i) => amountOf(i)).reduce((a, b) => a + b, 0);
    const lastSeq = 5 + ADVANCES;
    await eventually(async () =>
      expect(await readProject(dataSource, money.facts.id)).toMatchObject({ last_seq: lastSeq }),
    );
    const snapshot = await client.workflow.getHandle(money.workflowId).query(snapshotQuery);
    expect(snapshot.status).toMatchObject({ seq: lastSeq, advancesVnd: total });
    expect(await transitionSeqs(dataSource, money.facts.id)).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1));
    expect((await disbursementAmounts(dataSource, money.facts.id)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: ADVANCES }, (_, i) => amountOf(i)),
    );

    // The reminder fell due while the server was away; the overdue notice falls due after it is back.
    const mailDir = testEnv().mailDir;
    await eventually(
      async () => expect(keysOf(await caughtNotices(mailDir, deadlineFacts.code))).toContain('P0001:OVERDUE:1'),
      90000,
      500,
    );
    // (The hand-off notices of its submission, approval and contract come too; only the deadline notices count here.)
    const deadlineKeys = keysOf(await caughtNotices(mailDir, deadlineFacts.code)).filter((k) => k.startsWith('P0'));
    expect(deadlineKeys.sort()).toEqual(['P0001:OVERDUE:1', 'P0001:REMINDER:1']);

    const reconciled = await runReconcile({ databaseUrl: database.url, temporalAddress: server.address });
    expect(reconciled.output).toMatch(/2 projects checked: 2 agree, 0 differed/);
    expect(reconciled.code).toBe(0);
  } finally {
    await killHard(worker.child);
  }
});
