/**
 * `npm run reconcile` finds both halves of a lost link (issue 12): a project workflow whose projects row is gone
 * (a restore from an older backup), and a projects row whose workflow does not exist.
 */
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { createDataSource } from '@kc/persistence';
import { killHard, spawnWorkerProcess } from '../support/worker-process';
import { testEnv, uniqueTaskQueue } from '../support/test-env';
import { ScratchDatabase, createScratchDatabase } from './support/scratch-database';
import { contractedProject } from '../support/project-driver';
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

it('reports a workflow with no projects row and a projects row with no workflow', async () => {
  const taskQueue = uniqueTaskQueue('orphans');
  const worker = spawnWorkerProcess(taskQueue, { DATABASE_URL: database.url });
  try {
    await worker.ready;
    const healthy = await contractedProject(client, taskQueue);
    const rowless = await contractedProject(client, taskQueue);
    const workflowless = await contractedProject(client, taskQueue);
    const env = { databaseUrl: database.url, temporalAddress: testEnv().temporalAddress, taskQueue };
    const clean = await runReconcile(env);
    expect(clean.output).toMatch(/3 projects checked: 3 agree.*; 0 workflows without a projects row/);
    expect(clean.code).toBe(0);

    // As a restore from an older backup would leave it: the row and everything under it gone (triggers off).
    await dataSource.transaction(async (tx) => {
      await tx.query(`SET LOCAL session_replication_role = replica`);
      for (const table of [
        'disbursements',
        'project_transitions',
        'report_periods',
        'notification_log',
        'escalations',
      ]) {
        await tx.query(`DELETE FROM ${table} WHERE project_id = $1`, [rowless.facts.id]);
      }
      await tx.query(`DELETE FROM projects WHERE id = $1`, [rowless.facts.id]);
      await tx.query(`UPDATE projects SET workflow_id = $2 WHERE id = $1`, [
        workflowless.facts.id,
        `${workflowless.workflowId}-lost`,
      ]);
    });

    const found = await runReconcile(env);
    expect(found.code).toBe(1);
    expect(found.output).toContain(`${rowless.workflowId}: differs: a workflow with no projects row`);
    expect(found.output).toContain(`${workflowless.facts.code}: differs: no workflow ${workflowless.workflowId}-lost`);
    expect(found.output).not.toContain(healthy.facts.code);
    // The re-pointed row also leaves its real workflow without a row: both halves are reported.
    expect(found.output).toContain(`${workflowless.workflowId}: differs: a workflow with no projects row`);
    expect(found.output).toMatch(
      /2 projects checked: 1 agree, 3 differed, 0 repaired, 3 still differ, 0 not checked; 2 workflows without a projects row/,
    );
  } finally {
    await killHard(worker.child);
  }
});
