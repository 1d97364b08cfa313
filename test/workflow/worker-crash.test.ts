/**
 * A worker killed with SIGKILL in the middle of a run loses nothing: after a new worker starts,
 * every action completes exactly once, and the read model agrees with the workflow.
 */
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { snapshotQuery } from '@kc/domain';
import { createDataSource } from '@kc/persistence';
import { performProjectAction } from '../../apps/api/src/projects/project-workflow.client';
import { killHard, spawnWorkerProcess } from '../support/worker-process';
import { testEnv, uniqueTaskQueue } from '../support/test-env';
import { actors } from '../support/project-fixtures';
import { contractedProject } from '../support/project-driver';
import { disbursementAmounts, readProject, transitionSeqs } from '../support/read-model';
import { eventually } from '../support/eventually';

const COUNT = 200;
/**
 * Distinct amounts, so each disbursement row can be told apart; the 200 of them total 79,900,000 VND, under the
 * 70% advance cap of the fixture's 135,000,000 VND support (94,500,000 VND).
 */
const amountOf = (i: number) => 300_000 + i * 1_000;

let client: Client;
let connection: Connection;
let dataSource: DataSource;

beforeAll(async () => {
  const env = testEnv();
  connection = await Connection.connect({ address: env.temporalAddress });
  client = new Client({ connection, namespace: env.namespace });
  dataSource = await createDataSource(env.databaseUrl, 2).initialize();
});

afterAll(async () => {
  await connection?.close();
  await dataSource?.destroy();
});

it('completes every action exactly once after the worker is killed mid-way and restarted', async () => {
  const taskQueue = uniqueTaskQueue('crash');
  const first = spawnWorkerProcess(taskQueue);
  await first.ready;

  const { facts, workflowId } = await contractedProject(client, taskQueue);

  // 200 advances in flight (applied one at a time); the worker dies once a few are recorded.
  const advances = Array.from({ length: COUNT }, (_, i) =>
    performProjectAction(client, workflowId, {
      action: 'record_disbursement',
      actor: actors.officerHN,
      kind: 'ADVANCE',
      amountVnd: amountOf(i),
    }),
  );
  advances.forEach((p) => p.catch(() => undefined)); // awaited below; no unhandled rejection meanwhile
  await eventually(
    async () => expect((await disbursementAmounts(dataSource, facts.id)).length).toBeGreaterThanOrEqual(3),
    20000,
    5,
  );
  await killHard(first.child);
  const recordedBeforeRestart = (await disbursementAmounts(dataSource, facts.id)).length;
  expect(recordedBeforeRestart).toBeLessThan(COUNT);

  const second = spawnWorkerProcess(taskQueue);
  try {
    await second.ready;
    const results = await Promise.all(advances);
    expect(results.map((r) => r.status.state)).toEqual(Array(COUNT).fill('CONTRACTED'));

    const total = Array.from({ length: COUNT }, (_, i) => amountOf(i)).reduce((a, b) => a + b, 0);
    const lastSeq = 5 + COUNT;
    const snapshot = await client.workflow.getHandle(workflowId).query(snapshotQuery);
    expect(snapshot.status.advancesVnd).toBe(total);
    expect(snapshot.status.seq).toBe(lastSeq);
    expect(await transitionSeqs(dataSource, facts.id)).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1));
    expect((await disbursementAmounts(dataSource, facts.id)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: COUNT }, (_, i) => amountOf(i)),
    );
    expect(await readProject(dataSource, facts.id)).toMatchObject({
      state: 'CONTRACTED',
      last_seq: lastSeq,
      advances_vnd: String(total),
    });
  } finally {
    await killHard(second.child);
  }
});
