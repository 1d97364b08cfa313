/**
 * The production shape: two worker processes on one task queue and two API processes behind the round-robin proxy,
 * on the Temporal server of `npm run test:cluster` (PostgreSQL persistence and visibility). A batch of actions goes
 * through the proxy, one worker is killed with SIGKILL in the middle of it, and the other carries on: every action
 * is applied exactly once, and new work is still done.
 */
import { createWriteStream, mkdirSync, WriteStream } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource } from '@kc/persistence';
import { findFreePort } from '@kc/devstack';
import { ensureDemoUsers } from '../../scripts/demo-users';
import { AppProcess, startAppProcess } from '../../scripts/cluster/app-processes';
import { RoundRobinProxy, startRoundRobinProxy } from '../../scripts/cluster/round-robin-proxy';
import { ApiClient } from '../support/api-harness';
import { testEnv, uniqueTaskQueue } from '../support/test-env';
import { disbursementAmounts, readProject, transitionSeqs } from '../support/read-model';
import { eventually } from '../support/eventually';
import { killHard } from '../support/worker-process';
import { newProjectRequest, approvalDecision, certifiedProgress } from '../support/request-bodies';

const PROJECTS = 4;
const ADVANCES_PER_PROJECT = 30;
/** Distinct amounts (300,000 to 329,000 VND); the 30 of a project total 9,435,000 VND, far under its 70% cap. */
const amountOf = (i: number) => 300_000 + i * 1_000;
const ADVANCES_TOTAL = Array.from({ length: ADVANCES_PER_PROJECT }, (_, i) => amountOf(i)).reduce((a, b) => a + b, 0);
/**
 * Created, submitted, appraisal opened, approved, contract signed, progress certified (a machinery advance waits for
 * it): the advances come after these six.
 */
const SEQS_BEFORE_ADVANCES = 6;
const LOG_DIR = join(__dirname, '..', '..', 'test-output');

const newProject = (title: string) => newProjectRequest(title, { plannedEnd: '2026-11-30' });

let dataSource: DataSource;
let proxy: RoundRobinProxy | undefined;
const processes: AppProcess[] = [];
const logs: WriteStream[] = [];

function start(kind: 'worker' | 'api', name: string, env: NodeJS.ProcessEnv): AppProcess {
  mkdirSync(LOG_DIR, { recursive: true });
  const file = createWriteStream(join(LOG_DIR, `cluster-${name}.log`));
  logs.push(file);
  const app = startAppProcess({ kind, name, env, log: (line) => file.write(`${line}\n`) });
  processes.push(app);
  return app;
}

afterAll(async () => {
  await proxy?.stop();
  await Promise.all(processes.map((p) => p.stop()));
  await dataSource?.destroy();
  await Promise.all(logs.map((file) => new Promise((resolve) => file.end(resolve))));
});

it('loses nothing when one of two workers is killed mid-batch, and the survivor takes new work', async () => {
  const env = testEnv();
  dataSource = await createDataSource(env.databaseUrl, 2).initialize();
  await ensureDemoUsers(dataSource);
  const shared: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: env.databaseUrl,
    TEMPORAL_ADDRESS: env.temporalAddress,
    TEMPORAL_NAMESPACE: env.namespace,
    TEMPORAL_TASK_QUEUE: uniqueTaskQueue('cluster'),
    SMTP_URL: env.smtpUrl,
    // This test's batch comes from one user through one address: keep the write limit out of its way.
    RATE_LIMIT_WRITE: '100000',
  };
  // One after the other: the first creates the nine-month review schedule, the second finds it.
  const workers = [start('worker', 'worker-1', shared)];
  await workers[0].ready;
  workers.push(start('worker', 'worker-2', shared));
  await workers[1].ready;
  const apiPorts = [await findFreePort(), await findFreePort()];
  const apis = apiPorts.map((port, i) => start('api', `api-${i + 1}`, { ...shared, PORT: String(port) }));
  await Promise.all(apis.map((api) => api.ready));
  proxy = await startRoundRobinProxy({ port: 0, targets: apiPorts.map((port) => ({ host: '127.0.0.1', port })) });
  const baseUrl = `${proxy.url}/api`;
  const [officer, approver] = await Promise.all([
    ApiClient.login(baseUrl, 'officer.hn@demo.local'),
    ApiClient.login(baseUrl, 'approver.hn@demo.local'),
  ]);

  const act = async (client: ApiClient, id: string, body: Record<string, unknown>) => {
    const res = await client.post(`/projects/${id}/actions`, body);
    if (res.status !== 200) throw new Error(`${body.action} on ${id}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { state: string };
  };
  const ids = await Promise.all(
    Array.from({ length: PROJECTS }, async (_, p) => {
      const created = await officer.post('/projects', newProject(`Dự án cụm ${p + 1}`));
      expect(created.status).toBe(201);
      const id: string = created.body.id;
      await act(officer, id, { action: 'submit' });
      await act(officer, id, { action: 'open_appraisal' });
      await act(approver, id, { action: 'approve', ...approvalDecision() });
      await act(officer, id, { action: 'sign_contract', contractNo: `HĐ-CỤM-${p + 1}`, contractDate: '2026-04-01' });
      await act(officer, id, certifiedProgress());
      return id;
    }),
  );

  // The batch: every advance of every project in flight at once (each project applies its own one at a time).
  const batch = ids.flatMap((id) =>
    Array.from({ length: ADVANCES_PER_PROJECT }, (_, i) =>
      act(officer, id, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: amountOf(i) }),
    ),
  );
  batch.forEach((p) => p.catch(() => undefined)); // awaited below; no unhandled rejection meanwhile
  const recorded = async () =>
    (await Promise.all(ids.map((id) => disbursementAmounts(dataSource, id)))).reduce((n, a) => n + a.length, 0);
  await eventually(async () => expect(await recorded()).toBeGreaterThanOrEqual(4), 60000, 5);
  await killHard(workers[0].child);
  expect(workers[0].child.signalCode).toBe('SIGKILL');
  const recordedAtKill = await recorded();
  expect(recordedAtKill).toBeLessThan(PROJECTS * ADVANCES_PER_PROJECT);

  const results = await Promise.all(batch);
  expect(results.map((r) => r.state)).toEqual(Array(PROJECTS * ADVANCES_PER_PROJECT).fill('CONTRACTED'));
  const lastSeq = SEQS_BEFORE_ADVANCES + ADVANCES_PER_PROJECT;
  for (const id of ids) {
    expect((await disbursementAmounts(dataSource, id)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: ADVANCES_PER_PROJECT }, (_, i) => amountOf(i)),
    );
    expect(await transitionSeqs(dataSource, id)).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1));
    expect(await readProject(dataSource, id)).toMatchObject({
      state: 'CONTRACTED',
      last_seq: lastSeq,
      advances_vnd: String(ADVANCES_TOTAL),
    });
    // The API's view (either process) agrees with the read model.
    const seen = await officer.get(`/projects/${id}`);
    expect(seen.body).toMatchObject({ state: 'CONTRACTED' });
  }

  // New work after the kill: only the survivor is left to run it.
  const later = await officer.post('/projects', newProject('Dự án sau khi một worker dừng'));
  expect(later.status).toBe(201);
  expect(await act(officer, later.body.id, { action: 'submit' })).toMatchObject({ state: 'SUBMITTED' });
  expect(workers[1].child.exitCode).toBeNull();
  // Both API processes answered their share through the one port.
  expect(proxy.counts().every((n) => n > 0)).toBe(true);
  console.log(
    `cluster test: ${recordedAtKill} of ${PROJECTS * ADVANCES_PER_PROJECT} advances recorded when worker-1 was killed; ` +
      `requests per API process ${proxy.counts().join(' / ')}`,
  );
});
