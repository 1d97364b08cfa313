/**
 * `npm run reconcile` finds a read model that lost or changed rows behind the workflow's back, and
 * `--repair` brings it back from the workflow (state and history) so that a second run finds nothing.
 */
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { createDataSource } from '@kc/persistence';
import { killHard, spawnWorkerProcess } from '../support/worker-process';
import { testEnv, uniqueTaskQueue } from '../support/test-env';
import { disbursementAmounts, readProject, transitionSeqs } from '../support/read-model';
import { ScratchDatabase, createScratchDatabase } from './support/scratch-database';
import { contractedProject, recordAdvance } from '../support/project-driver';
import { runReconcile } from './support/run-reconcile';

let database: ScratchDatabase;
let dataSource: DataSource;
let connection: Connection;
let client: Client;

beforeAll(async () => {
  database = await createScratchDatabase();
  dataSource = await createDataSource(database.url, 2).initialize();
  connection = await Connection.connect({ address: testEnv().temporalAddress });
  client = new Client({ connection, namespace: testEnv().namespace });
});

afterAll(async () => {
  await connection?.close();
  await dataSource?.destroy();
  await database?.drop();
});

it('reports a corrupted read model, repairs it from the workflow, and then finds nothing', async () => {
  const taskQueue = uniqueTaskQueue('reconcile');
  const worker = spawnWorkerProcess(taskQueue, { DATABASE_URL: database.url });
  try {
    await worker.ready;
    const healthy = await contractedProject(client, taskQueue);
    const { facts, workflowId } = await contractedProject(client, taskQueue);
    await recordAdvance(client, workflowId, 10_000_000);
    await recordAdvance(client, workflowId, 20_000_000);
    const env = { databaseUrl: database.url, temporalAddress: testEnv().temporalAddress };
    expect(await runReconcile(env)).toMatchObject({ code: 0 });

    // Corrupt the row, lose a disbursement and its audit row (triggers off: as a bad restore would).
    await dataSource.query(`UPDATE projects SET state = 'APPROVED', advances_vnd = 0 WHERE id = $1`, [facts.id]);
    await dataSource.transaction(async (tx) => {
      await tx.query(`SET LOCAL session_replication_role = replica`);
      await tx.query(`DELETE FROM disbursements WHERE project_id = $1 AND seq = 7`, [facts.id]);
      await tx.query(`DELETE FROM project_transitions WHERE project_id = $1 AND seq = 7`, [facts.id]);
    });

    const found = await runReconcile(env);
    expect(found.code).toBe(1);
    expect(found.output).toContain(`${facts.code}: differs: state APPROVED≠CONTRACTED`);
    expect(found.output).toContain('transitions.count 6≠7');
    expect(found.output).toContain('disbursements.advance_vnd 10000000≠30000000');
    expect(found.output).not.toContain(healthy.facts.code);
    expect(found.output).toMatch(/2 projects checked: 1 agree, 1 differed, 0 repaired, 1 still differ, 0 not checked/);

    const repaired = await runReconcile(env, ['--repair']);
    expect(repaired.code).toBe(0);
    expect(repaired.output).toContain(`${facts.code}: repaired:`);
    expect(repaired.output).toMatch(/1 differed, 1 repaired, 0 still differ/);
    expect(await readProject(dataSource, facts.id)).toMatchObject({
      state: 'CONTRACTED',
      last_seq: 7,
      advances_vnd: '30000000',
    });
    expect(await transitionSeqs(dataSource, facts.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await disbursementAmounts(dataSource, facts.id)).toEqual([10_000_000, 20_000_000]);

    const again = await runReconcile(env);
    expect(again.code).toBe(0);
    expect(again.output).toMatch(/2 projects checked: 2 agree, 0 differed/);
  } finally {
    await killHard(worker.child);
  }
});

it('exits 2 when a workflow cannot answer (no worker serves its task queue)', async () => {
  const taskQueue = uniqueTaskQueue('reconcile-idle');
  const worker = spawnWorkerProcess(taskQueue, { DATABASE_URL: database.url });
  await worker.ready;
  const { facts } = await contractedProject(client, taskQueue);
  await killHard(worker.child);
  const run = await runReconcile({ databaseUrl: database.url, temporalAddress: testEnv().temporalAddress });
  expect(run.code).toBe(2);
  expect(run.output).toContain(`${facts.code}: not checked`);
});
