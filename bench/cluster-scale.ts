/**
 * `npm run bench:scale`: where the bottleneck moves as the data grows, measured on the PostgreSQL-backed cluster
 * of `npm run cluster:start` (the Temporal server on PostgreSQL, two workers, two APIs behind the round-robin
 * proxy), started fresh on free ports and removed afterwards.
 *
 * The data is the open projects: each a running workflow on its monthly report timers with its rows in the read
 * model. Stages of 1×, 10× and 100× a base (default 200, so 200, 2,000 and 20,000 projects: the issue's 20,000
 * open projects). At each stage, on the same stack, with projects walked to IN_PROGRESS for it:
 * - an action over HTTP, one client, interleaved with a bare executeUpdate on the same server (and the same
 *   action sent straight to the workflow, to split the API's share from Temporal's);
 * - an action on a seeded project picked at random, each once: out of the workers' caches once they are outnumbered;
 * - actions from `--clients` clients for `--window` seconds: throughput, p50 / p95;
 * - creations through the API from four provinces' officers, one client each, for the same window;
 * - the national supervisor's reads: the project list, the dashboard, the late-reports queue;
 * - during each window, the cores each part used (Temporal server, workers, APIs, PostgreSQL, this process), the
 *   workers' and the Temporal server's RSS, and the size and largest tables of Temporal's and the application's
 *   databases.
 * Nothing is asserted on time. Writes bench-output/cluster-scale.json and prints a table per stage.
 *   --base N (200)  --stages 1,10,100  --clients N (16)  --window S (20)  --samples N (40)  --rounds N (3)  --smoke
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Client, Connection, WorkflowHandle } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadWorkerSizing } from '@kc/config';
import { Client as PgClient } from 'pg';
import { ActionCommand, DEFAULT_TASK_QUEUE, performActionUpdate } from '@kc/domain';
import { startLoadStack, LoadStack } from '../scripts/load/load-stack';
import { ApiUser, newProjectBody } from './support/http';
import { ProjectRef, projectInProgress } from './support/project-in-progress';
import {
  BENCH_OFFICER,
  carriedCalendar,
  directProject,
  inProgressStatus,
  startDirect,
} from './support/direct-projects';
import { CpuShare, cpuShares, describeShares, readCpu } from './support/component-cpu';
import { rssMiB } from './support/process-memory';
import { elapsedMs, mapConcurrently, percentile, sleep, waitUntil } from './support/stats';
import { interleave, medianOf } from './support/interleave';
import { outputDir } from './support/results';
import { closedLoop, timedBareUpdates } from './support/closed-loop';
import { BASELINE_TASK_QUEUE, startBaselineWorker } from './support/bench-stack';
import { finishSignal } from './baseline/workflows';

const ROOT = join(__dirname, '..', '..');
const ADVANCE = { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 1000 } as const;
const CREATING_PROVINCES = ['HN', 'BN', 'TN', 'PT'];
const SEED_CONCURRENCY = 32;
const SEED_CODE_PREFIX = 'BENCH-SCALE-';
/** The one-client latency takes turns over a few projects, as `npm run bench` does. */
const LATENCY_PROJECTS = 4;

interface Options {
  base: number;
  stages: number[];
  clients: number;
  windowSeconds: number;
  samples: number;
  rounds: number;
}

function readOptions(args: readonly string[]): Options {
  const smoke = args.includes('--smoke');
  const value = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const number = (name: string, fallback: number) => {
    const given = value(name);
    if (given === undefined) return fallback;
    const n = Number(given);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number of at least 1, not "${given}"`);
    return n;
  };
  const stages = (value('stages') ?? (smoke ? '1,2' : '1,10,100')).split(',').map(Number);
  if (stages.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`--stages takes factors such as 1,10,100`);
  return {
    base: number('base', smoke ? 10 : 200),
    stages,
    clients: number('clients', smoke ? 4 : 16),
    windowSeconds: number('window', smoke ? 3 : 20),
    samples: number('samples', smoke ? 6 : 40),
    rounds: number('rounds', smoke ? 1 : 3),
  };
}

type Progress = (line: string) => void;

interface Percentiles {
  p50: number;
  p95: number;
}

interface WindowResult extends Percentiles {
  clients: number;
  count: number;
  perSecond: number;
  failures: number;
  cpu: CpuShare[];
}

interface StageResult {
  factor: number;
  projects: number;
  seeding: { started: number; seconds: number; perSecond: number; cpu: CpuShare[] };
  action: { http: Percentiles; workflowOnly: Percentiles; bareUpdate: Percentiles; ratioP95: number };
  randomProjectAction: Percentiles & { count: number };
  concurrentActions: WindowResult;
  concurrentCreations: WindowResult;
  reads: Record<string, Percentiles>;
  memory: { workersMiB: number[]; temporalMiB: number };
  databasesMiB: Record<string, number>;
  /** The three largest tables of each database with their indexes, e.g. "executions_visibility 520 MiB". */
  largestTables: Record<string, string>;
  load: number[];
}

const p = (values: readonly number[]): Percentiles => ({ p50: percentile(values, 0.5), p95: percentile(values, 0.95) });

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  // The baseline worker's state changes are not the run's news.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const out = outputDir(ROOT);
  const started = Date.now();
  const progress: Progress = (line) =>
    console.log(`[scale ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);
  progress(
    `options ${JSON.stringify(options)}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const stack = await startLoadStack('cluster', join(out, 'logs', 'scale'), progress);
  const stages: StageResult[] = [];
  let failure: unknown;
  try {
    stages.push(...(await runStages(stack, options, progress)));
  } catch (err) {
    failure = err;
    progress(`FAILED: ${err instanceof Error ? err.stack : String(err)}`);
  } finally {
    const problems = await stack.stop();
    if (problems.length) progress(`while stopping: ${problems.join('; ')}`);
  }
  mkdirSync(out, { recursive: true });
  const file = join(out, 'cluster-scale.json');
  writeFileSync(file, JSON.stringify({ startedAt: new Date(started).toISOString(), options, stages }, null, 2));
  console.log(formatStages(stages));
  progress(`written ${file}`);
  if (failure) process.exitCode = 1;
}

async function runStages(stack: LoadStack, options: Options, progress: Progress): Promise<StageResult[]> {
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const client = new Client({ connection, namespace: stack.namespace });
  // The cluster's workers read their sizing from this process's environment, which they inherit: so does the baseline.
  const baseline = await startBaselineWorker(stack.temporalAddress, loadWorkerSizing(), stack.namespace);
  const pg = new PgClient({ connectionString: stack.databaseUrl });
  await pg.connect();
  try {
    const provinces = (await pg.query<{ code: string }>(`SELECT code FROM provinces ORDER BY code`)).rows.map(
      (r) => r.code,
    );
    const officer = await ApiUser.login(stack.apiUrl, 'officer.hn@demo.local');
    const approver = await ApiUser.login(stack.apiUrl, 'approver.hn@demo.local');
    const supervisor = await ApiUser.login(stack.apiUrl, 'supervisor.national@demo.local');
    const creators = await Promise.all(
      CREATING_PROVINCES.map((code) => ApiUser.login(stack.apiUrl, `officer.${code.toLowerCase()}@demo.local`)),
    );
    const target = await client.workflow.start('updateTargetWorkflow', {
      workflowId: `bench-scale-update-target-${randomUUID()}`,
      taskQueue: BASELINE_TASK_QUEUE,
    });
    const results: StageResult[] = [];
    let seeded = 0;
    const actedOn = new Set<string>();
    for (const factor of options.stages) {
      const goal = options.base * factor;
      const seeding = await seedUpTo(stack, client, pg, provinces, seeded, goal, progress);
      seeded = Math.max(seeded, goal);
      const stage = await measureStage(
        { stack, options, progress, client, pg, officer, approver, supervisor, creators, target, actedOn },
        factor,
      );
      const projects = Number((await pg.query(`SELECT count(*) AS n FROM projects`)).rows[0].n);
      results.push({ factor, projects, seeding, ...stage });
      progress(`stage ${factor}× done: ${projects} projects`);
      if (stack.crashed()) throw new Error(stack.crashed());
    }
    await target.signal(finishSignal);
    return results;
  } finally {
    await pg.end();
    await baseline.stop();
    await connection.close();
  }
}

interface StageContext {
  stack: LoadStack;
  options: Options;
  progress: Progress;
  client: Client;
  pg: PgClient;
  officer: ApiUser;
  approver: ApiUser;
  supervisor: ApiUser;
  creators: ApiUser[];
  target: WorkflowHandle;
  /** The seeded projects an action was sent to already (no longer as the seeding left them). */
  actedOn: Set<string>;
}

/** Starts projects straight through Temporal until `goal` are open, then waits until each is on its timers. */
async function seedUpTo(
  stack: LoadStack,
  client: Client,
  pg: PgClient,
  provinces: string[],
  from: number,
  goal: number,
  progress: Progress,
): Promise<StageResult['seeding']> {
  const count = Math.max(0, goal - from);
  progress(`seeding ${count} projects (${from} → ${goal})`);
  const cpuBefore = readCpu(stack.processes);
  const began = Date.now();
  await mapConcurrently(
    Array.from({ length: count }, (_, i) => from + i),
    SEED_CONCURRENCY,
    async (i) => {
      const project = directProject(`${SEED_CODE_PREFIX}${String(i).padStart(6, '0')}`, `scale-${i}@bench.local`, {
        status: inProgressStatus(),
        calendar: carriedCalendar(),
      });
      project.input.facts.provinceCode = provinces[i % provinces.length];
      await startDirect(client, DEFAULT_TASK_QUEUE, project);
      if ((i + 1) % 2000 === 0) progress(`  started ${i + 1 - from} of ${count}`);
    },
  );
  // A project is on its timers once its first report period is in the read model.
  await waitUntil(
    `${goal} seeded projects on their timers`,
    async () => {
      const { rows } = await pg.query(
        `SELECT count(DISTINCT rp.project_id)::int AS n FROM report_periods rp JOIN projects p ON p.id = rp.project_id
         WHERE p.code LIKE $1`,
        [`${SEED_CODE_PREFIX}%`],
      );
      return rows[0].n >= goal;
    },
    3_600_000,
    2000,
  );
  const seconds = (Date.now() - began) / 1000;
  const cpu = cpuShares(cpuBefore, readCpu(stack.processes), seconds);
  progress(`  ${count} in ${seconds.toFixed(0)} s (${(count / seconds).toFixed(1)} /s); cores: ${describeShares(cpu)}`);
  return { started: count, seconds, perSecond: count / seconds, cpu };
}

async function measureStage(ctx: StageContext, factor: number) {
  const { stack, options, progress } = ctx;
  // Fresh projects each stage, so that no project's history grows from stage to stage: what changes is the data.
  progress(`  walking ${LATENCY_PROJECTS + options.clients} projects to IN_PROGRESS for the actions`);
  const fresh = await mapConcurrently(
    Array.from({ length: LATENCY_PROJECTS + options.clients }, (_, i) => i),
    4,
    (i) => projectInProgress(ctx.officer, ctx.approver, `Đo quy mô ${factor}×, hành động ${i}`),
  );
  // Let the seeding's last tasks and PostgreSQL's autovacuum settle before the clock starts.
  await sleep(options.windowSeconds * 250);
  const action = await actionLatency(ctx, fresh.slice(0, LATENCY_PROJECTS));
  progress(
    `  action p50/p95 ${fmt(action.http)} (straight to the workflow ${fmt(action.workflowOnly)}; ` +
      `bare update ${fmt(action.bareUpdate)}): ${action.ratioP95.toFixed(2)}×`,
  );
  const randomProjectAction = await randomProjectActions(ctx);
  progress(
    `  action on a project picked at random, p50/p95 ${fmt(randomProjectAction)} (${randomProjectAction.count})`,
  );
  const concurrentActions = await timedWindow(ctx, 'actions', fresh.slice(LATENCY_PROJECTS), async (project) => {
    const answer = await ctx.officer.post(`/projects/${project.id}/actions`, ADVANCE);
    return answer.status === 200;
  });
  let created = 0;
  const concurrentCreations = await timedWindow(ctx, 'creations', ctx.creators, async (creator, lane) => {
    const answer = await creator.post(
      '/projects',
      newProjectBody(CREATING_PROVINCES[lane % CREATING_PROVINCES.length], `Đo quy mô ${created++}`),
    );
    return answer.status === 201;
  });
  const reads: Record<string, Percentiles> = {};
  for (const [name, path] of [
    ['project list, first page', '/projects?limit=50'],
    ['dashboard', '/dashboard'],
    ['late-reports queue, first page', '/queues/late-reports?limit=50'],
  ] as const) {
    const samples: number[] = [];
    for (let i = 0; i < options.samples; i += 1) {
      const began = process.hrtime.bigint();
      await ctx.supervisor.expect(200, 'GET', path);
      samples.push(elapsedMs(began));
    }
    reads[name] = p(samples);
    progress(`  ${name} p50/p95 ${fmt(reads[name])}`);
  }
  const memory = {
    workersMiB: stack.processes.filter((x) => x.name.startsWith('worker')).map((x) => rssMiB(x.pid)),
    temporalMiB: temporalPid(stack) ? rssMiB(temporalPid(stack)!) : 0,
  };
  const databasesMiB: Record<string, number> = {};
  const largestTables: Record<string, string> = {};
  const appDatabase = new URL(stack.databaseUrl).pathname.slice(1);
  for (const name of [appDatabase, ...stack.temporalDatabases]) {
    const { rows } = await ctx.pg.query(`SELECT pg_database_size($1)::bigint AS bytes`, [name]);
    databasesMiB[name] = Number(rows[0].bytes) / 1048576;
    largestTables[name] = await largestTablesOf(stack.databaseUrl, name);
  }
  progress(`  largest tables: ${Object.values(largestTables).join('; ')}`);
  progress(
    `  workers RSS ${memory.workersMiB.map((m) => m.toFixed(0)).join(' + ')} MiB, Temporal server ` +
      `${memory.temporalMiB.toFixed(0)} MiB; databases ${Object.entries(databasesMiB)
        .map(([n, m]) => `${n} ${m.toFixed(0)} MiB`)
        .join(', ')}`,
  );
  return {
    action,
    randomProjectAction,
    concurrentActions,
    concurrentCreations,
    reads,
    memory,
    databasesMiB,
    largestTables,
    load: loadavg(),
  };
}

async function actionLatency(ctx: StageContext, projects: ProjectRef[]): Promise<StageResult['action']> {
  const { options, officer, client, target } = ctx;
  let turn = 0;
  const rounds = await interleave(
    options.rounds,
    async () => {
      const http: number[] = [];
      const workflowOnly: number[] = [];
      for (let i = 0; i < options.samples; i += 1) {
        const project = projects[turn++ % projects.length];
        let began = process.hrtime.bigint();
        await officer.expect(200, 'POST', `/projects/${project.id}/actions`, ADVANCE);
        http.push(elapsedMs(began));
        began = process.hrtime.bigint();
        await client.workflow.getHandle(project.workflowId).executeUpdate(performActionUpdate, {
          args: [{ ...ADVANCE, actor: BENCH_OFFICER } as ActionCommand],
        });
        workflowOnly.push(elapsedMs(began));
      }
      return { http, workflowOnly };
    },
    () => timedBareUpdates(target, 2 * options.samples),
  );
  const q = (values: (r: { http: number[]; workflowOnly: number[] }) => number[]) => ({
    p50: medianOf(rounds.ours, (r) => percentile(values(r), 0.5)),
    p95: medianOf(rounds.ours, (r) => percentile(values(r), 0.95)),
  });
  const http = q((r) => r.http);
  const bareUpdate = {
    p50: medianOf(rounds.baseline, (s) => percentile(s, 0.5)),
    p95: medianOf(rounds.baseline, (s) => percentile(s, 0.95)),
  };
  return { http, workflowOnly: q((r) => r.workflowOnly), bareUpdate, ratioP95: http.p95 / bareUpdate.p95 };
}

async function largestTablesOf(serverUrl: string, database: string): Promise<string> {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const pg = new PgClient({ connectionString: url.toString() });
  await pg.connect();
  try {
    const { rows } = await pg.query<{ name: string; bytes: string }>(
      `SELECT c.relname AS name, pg_total_relation_size(c.oid)::bigint AS bytes FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 2 DESC LIMIT 3`,
    );
    return rows.map((r) => `${r.name} ${(Number(r.bytes) / 1048576).toFixed(0)} MiB`).join(', ');
  } finally {
    await pg.end();
  }
}

/**
 * An officer's click on any one of the province's projects, not on the few the other figures keep busy: once the
 * projects outnumber the workers' caches, the worker first replays the project's history. Each project once.
 */
async function randomProjectActions(ctx: StageContext): Promise<StageResult['randomProjectAction']> {
  const { rows } = await ctx.pg.query<{ id: string }>(
    `SELECT id FROM projects WHERE code LIKE $1 AND province_code = 'HN' AND NOT (id = ANY($2::uuid[]))
     ORDER BY random() LIMIT $3`,
    [`${SEED_CODE_PREFIX}%`, [...ctx.actedOn], ctx.options.samples],
  );
  const samples: number[] = [];
  for (const { id } of rows) {
    ctx.actedOn.add(id);
    const began = process.hrtime.bigint();
    await ctx.officer.expect(200, 'POST', `/projects/${id}/actions`, ADVANCE);
    samples.push(elapsedMs(began));
  }
  return { ...p(samples), count: samples.length };
}

/** Each lane sends one request after another for the window's length; the cores are read around the window. */
async function timedWindow<T>(
  ctx: StageContext,
  what: string,
  lanes: readonly T[],
  send: (lane: T, index: number) => Promise<boolean>,
): Promise<WindowResult> {
  const { stack, options, progress } = ctx;
  const cpuBefore = readCpu(stack.processes);
  const { latencies, perSecond, failures, seconds } = await closedLoop(lanes, options.windowSeconds, send);
  const cpu = cpuShares(cpuBefore, readCpu(stack.processes), seconds);
  const result = {
    ...p(latencies),
    clients: lanes.length,
    count: latencies.length,
    perSecond,
    failures,
    cpu,
  };
  progress(
    `  ${lanes.length} clients' ${what}: ${result.perSecond.toFixed(1)} /s, p50/p95 ${fmt(result)}` +
      `${failures ? `, ${failures} failed` : ''}; cores: ${describeShares(cpu)}`,
  );
  return result;
}

const temporalPid = (stack: LoadStack) => stack.processes.find((x) => x.name === 'temporal')?.pid;

const fmt = ({ p50, p95 }: Percentiles) => `${ms(p50)} / ${ms(p95)}`;
const ms = (v: number) => (v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US'));

function formatStages(stages: readonly StageResult[]): string {
  const header = ['', ...stages.map((s) => `${s.factor}× (${s.projects.toLocaleString('en-US')} projects)`)];
  const row = (label: string, cell: (s: StageResult) => string) => [label, ...stages.map(cell)];
  const rows = [
    header,
    row('seeding, starts /s', (s) => (s.seeding.started ? s.seeding.perSecond.toFixed(1) : '—')),
    row('action p50 / p95 ms, 1 client', (s) => fmt(s.action.http)),
    row('  straight to the workflow', (s) => fmt(s.action.workflowOnly)),
    row('  bare update', (s) => fmt(s.action.bareUpdate)),
    row('  ratio at p95', (s) => `${s.action.ratioP95.toFixed(2)}×`),
    row('action on a project picked at random', (s) =>
      s.randomProjectAction.count ? fmt(s.randomProjectAction) : 'none of the province',
    ),
    row(
      'actions, several clients: /s',
      (s) => `${s.concurrentActions.perSecond.toFixed(1)} (${s.concurrentActions.clients} clients)`,
    ),
    row('  p50 / p95 ms', (s) => fmt(s.concurrentActions)),
    row('  cores', (s) => describeShares(s.concurrentActions.cpu.slice(0, 4))),
    row(
      'creations through the API: /s',
      (s) => `${s.concurrentCreations.perSecond.toFixed(1)} (${s.concurrentCreations.clients} clients)`,
    ),
    row('  p50 / p95 ms', (s) => fmt(s.concurrentCreations)),
    row('  cores', (s) => describeShares(s.concurrentCreations.cpu.slice(0, 4))),
    ...Object.keys(stages[0]?.reads ?? {}).map((name) => row(`${name} p50 / p95 ms`, (s) => fmt(s.reads[name]))),
    row('workers RSS MiB', (s) => s.memory.workersMiB.map((m) => m.toFixed(0)).join(' + ')),
    row('Temporal server RSS MiB', (s) => s.memory.temporalMiB.toFixed(0)),
    row('databases MiB (app, Temporal, visibility)', (s) =>
      Object.values(s.databasesMiB)
        .map((m) => m.toFixed(0))
        .join(', '),
    ),
    row('load average (1 min)', (s) => s.load[0].toFixed(2)),
  ];
  return rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
