/**
 * The stack a load run measures, on free ports, with the components' logs in files. Both kinds take their
 * PostgreSQL from DATABASE_URL (or KC_CLUSTER_DATABASE_URL: a server the run may create databases on) or start an
 * embedded one in a temporary folder, make a fresh application database there and migrate it, and start a mail
 * catcher. Then:
 * - `dev` (like `npm start`): the Temporal dev server in memory, one worker and one API;
 * - `cluster` (like `npm run cluster:start`): the Temporal server built from Go modules on fresh databases of that
 *   PostgreSQL, two workers and two APIs behind the round-robin proxy, each process with a pool of
 *   DATABASE_POOL_SIZE (default 5 here, so the four share the 20 connections the dev stack's two use).
 * stop() leaves nothing behind: every process stopped, the fresh databases dropped, the temporary folder removed.
 */
import { randomBytes } from 'node:crypto';
import { WriteStream, chmodSync, createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEARCH_ATTRIBUTE_DECLARATIONS } from '@kc/domain';
import { createDataSource, runMigrations } from '@kc/persistence';
import { findFreePort, startMailCatcher, startTemporalDevServer } from '@kc/devstack';
import { ensureDemoUsers } from '../demo-users';
import { AppProcess, startAppGroup } from '../cluster/app-processes';
import { PostgresServer, createDatabaseIfMissing, dropDatabase, openPostgresServer } from '../cluster/cluster-postgres';
import { readClusterSettings } from '../cluster/cluster-settings';
import { startFreshTemporalServer } from '../cluster/fresh-temporal-server';
import { startRoundRobinProxy } from '../cluster/round-robin-proxy';
import { installTemporalServer } from '../cluster/temporal-server-binaries';
import type { StackKind } from './options';

export interface LoadStack {
  kind: StackKind;
  apiUrl: string;
  databaseUrl: string;
  temporalAddress: string;
  namespace: string;
  /** The stack's own processes (workers, APIs and, on the cluster, the Temporal server), for the benchmarks that read their CPU and memory. */
  processes: Array<{ name: string; pid: number }>;
  /** The Temporal server's databases on the cluster (none on the dev server, which keeps them in memory). */
  temporalDatabases: string[];
  /** Whether an API, a worker or the Temporal server exited while the stack was supposed to run. */
  crashed(): string | undefined;
  stop(): Promise<string[]>;
}

import { GENEROUS_LIMITS } from '@kc/devstack';

export { GENEROUS_LIMITS };

/** The cluster's processes' pool, unless DATABASE_POOL_SIZE says otherwise. */
const CLUSTER_POOL_SIZE = '5';
const NAMESPACE = 'default';

interface Running {
  what: string;
  stop(): Promise<unknown>;
}

export async function startLoadStack(kind: StackKind, logDir: string, log: (line: string) => void): Promise<LoadStack> {
  mkdirSync(logDir, { recursive: true });
  const tempDir = mkdtempSync(join(tmpdir(), 'kc-load-'));
  // Embedded PostgreSQL runs as the `postgres` user when we are root: it must be able to enter this folder.
  chmodSync(tempDir, 0o755);
  const logFiles: WriteStream[] = [];
  const fileLog = (component: string) => {
    const file = createWriteStream(join(logDir, `load-${component}.log`));
    logFiles.push(file);
    return (line: string) => file.write(`${line}\n`);
  };
  // Stopped in the reverse order of their start: the proxy and the APIs first, PostgreSQL last.
  const running: Running[] = [];
  let stopping = false;
  let crash: string | undefined;
  const processes: LoadStack['processes'] = [];
  const temporalDatabases: string[] = [];
  const watch = (name: string, exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>) => {
    void exited.then(({ code, signal }) => {
      if (!stopping) crash ??= `${name} exited during the run (code ${code}, signal ${signal}); see load-${name}.log`;
    });
  };

  const stop = async (): Promise<string[]> => {
    stopping = true;
    const problems: string[] = [];
    for (const { what, stop: stopOne } of [...running].reverse()) {
      try {
        const left = await stopOne();
        if (Array.isArray(left)) problems.push(...left.map((problem) => `${what}: ${String(problem)}`));
      } catch (err) {
        problems.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    rmSync(tempDir, { recursive: true, force: true });
    await Promise.all(logFiles.map((file) => new Promise((resolve) => file.end(resolve))));
    return problems;
  };

  try {
    const postgres = await openPostgresServer({ embeddedPort: 0, dataDir: tempDir, log: fileLog('postgres') });
    running.push({ what: 'PostgreSQL', stop: () => postgres.stop() });
    if (postgres.embedded) watch('postgres', postgres.embedded.exited);
    const databaseUrl = await freshAppDatabase(postgres, running);
    const [temporalAddress, smtpUrl] = await settleAll([
      kind === 'dev'
        ? startDevTemporal(fileLog, running)
        : startClusterTemporal(postgres, fileLog, log, running, watch, (pid, databases) => {
            processes.push({ name: 'temporal', pid });
            temporalDatabases.push(...databases);
          }),
      startMail(join(tempDir, 'mail'), fileLog, running),
    ]);
    log(
      `infrastructure up: Temporal ${temporalAddress} (${kind === 'dev' ? 'dev server' : 'server on PostgreSQL'}), ` +
        `PostgreSQL ${postgres.embedded ? 'embedded' : `${postgres.host}:${postgres.port}`}, ${databaseUrl.split('/').pop()}`,
    );

    const settings = readClusterSettings();
    const workerNames = kind === 'dev' ? ['worker'] : names('worker', settings.workerCount);
    const apiNames = kind === 'dev' ? ['api'] : names('api', settings.apiCount);
    const apis = await Promise.all(apiNames.map(async (name) => ({ name, port: await findFreePort() })));
    const proxyPort = kind === 'dev' ? apis[0].port : await findFreePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...GENEROUS_LIMITS,
      ...(kind === 'dev'
        ? { KC_EMBEDDED: 'true' }
        : { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE?.trim() || CLUSTER_POOL_SIZE }),
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_NAMESPACE: NAMESPACE,
      SMTP_URL: smtpUrl,
      PUBLIC_URL: `http://127.0.0.1:${proxyPort}`,
      // Every API process must sign and check tokens with the same secret.
      JWT_SECRET: `kc-load-${randomBytes(16).toString('hex')}`,
      NO_COLOR: '1',
    };
    await startAppGroup({
      env,
      workerNames,
      apis,
      logFor: fileLog,
      onSpawn: (app: AppProcess) => {
        running.push({ what: app.name, stop: app.stop });
        if (app.child.pid) processes.push({ name: app.name, pid: app.child.pid });
        watch(app.name, new Promise((resolve) => app.child.once('exit', (code, signal) => resolve({ code, signal }))));
      },
    });
    if (kind === 'cluster') {
      const proxy = await startRoundRobinProxy({
        port: proxyPort,
        targets: apis.map(({ port }) => ({ host: '127.0.0.1', port })),
      });
      running.push({ what: 'proxy', stop: () => proxy.stop() });
    }
    return {
      kind,
      apiUrl: `http://127.0.0.1:${proxyPort}/api`,
      databaseUrl,
      temporalAddress,
      namespace: NAMESPACE,
      processes,
      temporalDatabases,
      crashed: () => crash,
      stop,
    };
  } catch (err) {
    const problems = await stop();
    if (problems.length) log(`while stopping after a failed start: ${problems.join('; ')}`);
    throw new Error(crash ?? (err instanceof Error ? err.message : String(err)));
  }
}

function names(kind: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${kind}-${i + 1}`);
}

/** Every start runs to its end, so that what did start is in `running` and gets stopped; then the first failure. */
async function settleAll<T extends unknown[]>(starts: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const results = await Promise.allSettled(starts);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as T;
}

async function freshAppDatabase(postgres: PostgresServer, running: Running[]): Promise<string> {
  const name = `kc_load_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(postgres, name);
  // dropDatabase uses WITH (FORCE): a connection left open must not keep the database alive (PostgreSQL 13+).
  running.push({ what: `database ${name}`, stop: () => dropDatabase(postgres, name) });
  const url = postgres.urlFor(name);
  await runMigrations(url);
  await createDemoUsers(url);
  return url;
}

async function startDevTemporal(fileLog: (component: string) => (line: string) => void, running: Running[]) {
  const temporal = await startTemporalDevServer({
    port: await findFreePort(),
    uiPort: await findFreePort(),
    namespace: NAMESPACE,
    searchAttributes: SEARCH_ATTRIBUTE_DECLARATIONS,
    log: fileLog('temporal'),
    headless: true,
  });
  running.push({ what: 'Temporal dev server', stop: () => temporal.stop() });
  return temporal.address;
}

async function startClusterTemporal(
  postgres: PostgresServer,
  fileLog: (component: string) => (line: string) => void,
  log: (line: string) => void,
  running: Running[],
  watch: (name: string, exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>) => void,
  started: (pid: number, databases: string[]) => void,
) {
  const temporal = await startFreshTemporalServer({
    binaries: installTemporalServer(log),
    postgres,
    prefix: 'l',
    namespace: NAMESPACE,
    log: fileLog('temporal-setup'),
    serverLog: fileLog('temporal'),
  });
  running.push({ what: 'Temporal server', stop: () => temporal.stop() });
  watch('temporal', temporal.server.exited);
  if (temporal.server.pid) started(temporal.server.pid, Object.values(temporal.databases));
  return temporal.server.address;
}

async function startMail(mailDir: string, fileLog: (component: string) => (line: string) => void, running: Running[]) {
  const mail = await startMailCatcher({ smtpPort: await findFreePort(), mailDir, log: fileLog('mail') });
  running.push({ what: 'mail catcher', stop: () => mail.stop() });
  return mail.smtpUrl;
}

export async function createDemoUsers(databaseUrl: string): Promise<void> {
  const dataSource = await createDataSource(databaseUrl, 2).initialize();
  try {
    await ensureDemoUsers(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
