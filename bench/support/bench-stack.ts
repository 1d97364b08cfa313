/**
 * A fresh embedded stack for one benchmark run, as `npm start` builds it (scripts/start.ts): PostgreSQL
 * (embedded, or a new database on DATABASE_URL's server), the Temporal dev server on a SQLite file with
 * speed-over-durability pragmas, the mail catcher, migrations and the demo users, then the production
 * worker and API as child processes. The bare baseline worker runs in this process on its own task queue.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { DataSource } from 'typeorm';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { DEFAULT_TASK_QUEUE, SEARCH_ATTRIBUTE_DECLARATIONS } from '@kc/domain';
import { WorkerSizing, loadWorkerSizing, workerNodeArgs } from '@kc/config';
import { createDataSource, runMigrations } from '@kc/persistence';
import {
  GENEROUS_LIMITS,
  findFreePort,
  startEmbeddedPostgres,
  startMailCatcher,
  startTemporalDevServer,
  stopProcess,
  waitForHttpOk,
} from '@kc/devstack';
import { ensureDemoUsers } from '../../scripts/demo-users';
import { MailWatch } from './mail-watch';
import type { Component } from './component-cpu';
import { baselineActivities } from '../baseline/activities';
import { sleep } from './stats';

const DIST = join(__dirname, '..', '..');
export const BASELINE_TASK_QUEUE = 'bench-baseline';
/** The bench's own pool; the worker and the API get DATABASE_POOL_SIZE below. */
const BENCH_POOL = 4;
/** Two cores: a handful of connections per process keeps PostgreSQL's backends near the core count. */
export const CHILD_POOL_SIZE = 5;

export interface BenchStack {
  databaseUrl: string;
  temporalAddress: string;
  smtpUrl: string;
  apiUrl: string;
  taskQueue: string;
  workerPid: number;
  /** The processes of the stack by name, for readings of their CPU (bench/support/component-cpu.ts). */
  components: Component[];
  /** The worker's cache and heap settings in this run (WORKER_MAX_CACHED_WORKFLOWS, WORKER_HEAP_MIB or defaults). */
  workerSizing: WorkerSizing;
  client: Client;
  dataSource: DataSource;
  mail: MailWatch;
  /** Stops everything in reverse order and removes the run's files (and its database). */
  stop(): Promise<void>;
}

type Stopper = { name: string; stop: () => Promise<unknown> };

export async function startBenchStack(logDir: string, progress: (line: string) => void): Promise<BenchStack> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const stoppers: Stopper[] = [];
  const stopAll = async () => {
    for (const { name, stop } of stoppers.reverse()) {
      await stop().catch((err) => progress(`stopping ${name}: ${String(err)}`));
    }
  };
  try {
    const dir = mkdtempSync(join(tmpdir(), 'kc-bench-'));
    // Embedded PostgreSQL runs as the postgres user when we are root: it must be able to enter the folder.
    chmodSync(dir, 0o755);
    stoppers.push({ name: 'files', stop: async () => rmSync(dir, { recursive: true, force: true }) });
    mkdirSync(logDir, { recursive: true });

    const [databaseUrl, temporal, mail] = await Promise.all([
      startDatabase(dir, stoppers),
      startTemporalDevServer({
        port: await findFreePort(),
        uiPort: await findFreePort(),
        dbFile: join(dir, 'temporal', 'temporal.db'),
        sqlitePragmas: ['journal_mode=wal', 'synchronous=off'],
        namespace: 'default',
        searchAttributes: SEARCH_ATTRIBUTE_DECLARATIONS,
        log: fileLog(join(logDir, 'temporal.log')),
        headless: true,
      }),
      startMail(dir),
    ]);
    stoppers.push({ name: 'temporal', stop: () => temporal.stop() });
    stoppers.push({ name: 'mail', stop: () => mail.catcher.stop() });
    progress(`PostgreSQL, Temporal (${temporal.address}) and the mail catcher are up`);

    await runMigrations(databaseUrl);
    const dataSource = await createDataSource(databaseUrl, BENCH_POOL).initialize();
    stoppers.push({ name: 'bench pool', stop: () => dataSource.destroy() });
    await ensureDemoUsers(dataSource);

    const apiPort = await findFreePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(CHILD_POOL_SIZE),
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: DEFAULT_TASK_QUEUE,
      SMTP_URL: mail.catcher.smtpUrl,
      PORT: String(apiPort),
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      JWT_SECRET: randomBytes(24).toString('hex'),
      KC_EMBEDDED: 'false',
      ...GENEROUS_LIMITS,
    };
    // Started as scripts/start.ts starts it: with the worker's heap cap.
    const workerSizing = loadWorkerSizing(env);
    const worker = spawnChild('worker', join(DIST, 'apps', 'worker', 'src', 'main.js'), env, logDir, [
      ...workerNodeArgs(env),
      ...extraNodeArgs('BENCH_WORKER_NODE_ARGS'),
    ]);
    stoppers.push({ name: 'worker', stop: () => stopProcess(worker.child, 15_000) });
    await worker.ready(/Worker ready/);
    const api = spawnChild(
      'api',
      join(DIST, 'apps', 'api', 'src', 'main.js'),
      env,
      logDir,
      extraNodeArgs('BENCH_API_NODE_ARGS'),
    );
    stoppers.push({ name: 'api', stop: () => stopProcess(api.child, 15_000) });
    const apiUrl = `http://127.0.0.1:${apiPort}/api`;
    await waitForHttpOk(`${apiUrl}/health`, 120_000, () => api.child.exitCode !== null);
    progress(`worker (pid ${worker.child.pid}) and API (${apiUrl}) are up`);

    const connection = await Connection.connect({ address: temporal.address });
    stoppers.push({ name: 'client', stop: () => connection.close() });
    const client = new Client({ connection, namespace: 'default' });
    const baselineWorker = await startBaselineWorker(temporal.address, workerSizing);
    stoppers.push({ name: 'baseline worker', stop: () => baselineWorker.stop() });
    progress('baseline worker is up');

    return {
      databaseUrl,
      temporalAddress: temporal.address,
      smtpUrl: mail.catcher.smtpUrl,
      apiUrl,
      taskQueue: DEFAULT_TASK_QUEUE,
      workerPid: worker.child.pid!,
      components: [
        ...(temporal.pid ? [{ name: 'temporal', pid: temporal.pid }] : []),
        { name: 'worker', pid: worker.child.pid! },
        { name: 'api', pid: api.child.pid! },
      ],
      workerSizing,
      client,
      dataSource,
      mail: mail.watch,
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** A fresh database: embedded PostgreSQL in the run's folder, or a new one on DATABASE_URL's server. */
async function startDatabase(dir: string, stoppers: Stopper[]): Promise<string> {
  const external = process.env.DATABASE_URL;
  if (!external) {
    const pg = await startEmbeddedPostgres({
      dataDir: join(dir, 'pg'),
      port: await findFreePort(),
      database: 'bench',
      log: () => undefined,
    });
    stoppers.push({ name: 'postgres', stop: () => pg.stop() });
    return pg.url;
  }
  const name = `kc_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const pg = new PgClient({ connectionString: external });
    await pg.connect();
    try {
      await pg.query(sql);
    } finally {
      await pg.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  stoppers.push({ name: `database ${name}`, stop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) });
  const url = new URL(external);
  url.pathname = `/${name}`;
  return url.toString();
}

async function startMail(dir: string) {
  const watch = new MailWatch();
  const catcher = await startMailCatcher({
    smtpPort: await findFreePort(),
    mailDir: join(dir, 'mail'),
    log: watch.log,
  });
  return { watch, catcher };
}

/**
 * The bare baseline's worker, in this process, on its own task queue: the same slots and cache size as the project
 * worker (apps/worker/src/project-worker.ts), so only the work differs. Resolves once it polls; stop() drains it.
 */
export async function startBaselineWorker(
  address: string,
  sizing: WorkerSizing,
  namespace = 'default',
): Promise<{ stop(): Promise<void> }> {
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection,
    namespace,
    taskQueue: BASELINE_TASK_QUEUE,
    workflowsPath: require.resolve('../baseline/workflows'),
    activities: baselineActivities,
    maxCachedWorkflows: sizing.maxCachedWorkflows,
    maxConcurrentActivityTaskExecutions: 20,
    maxConcurrentWorkflowTaskExecutions: 20,
  });
  const running = worker.run();
  return {
    stop: async () => {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}

/** Node options from an environment variable (e.g. BENCH_WORKER_NODE_ARGS="--prof" profiles the worker under the bench). */
function extraNodeArgs(envName: string): string[] {
  return (process.env[envName] ?? '').split(' ').filter(Boolean);
}

/**
 * A child process that writes straight into its log file. The bench process is the client whose clock measures:
 * reading the API's request log through a pipe made it wake for every line it timed (no client of a deployed API
 * reads its logs), so it reads none of the children's output while it measures.
 */
function spawnChild(name: string, script: string, env: NodeJS.ProcessEnv, logDir: string, nodeArgs: string[] = []) {
  const logFile = join(logDir, `${name}.log`);
  const fd = openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, script], { env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  /** Waits until the log shows the marker (the log is read at start only, while it is short). */
  const ready = async (marker: RegExp) => {
    for (;;) {
      const seen = readFileSync(logFile, 'utf8');
      if (marker.test(seen)) return;
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `${name} exited with ${child.exitCode ?? child.signalCode} before it was ready:\n${seen.slice(-10_000)}`,
        );
      }
      await sleep(100);
    }
  };
  return { child, ready };
}

function fileLog(file: string): (line: string) => void {
  const out = createWriteStream(file);
  return (line) => out.write(`${line}\n`);
}
