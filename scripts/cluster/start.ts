/**
 * `npm run cluster:start`: the production shape on one machine. The Temporal server on PostgreSQL (config in
 * deploy/temporal/config/cluster.yaml), two worker processes on one task queue, two API processes behind a
 * round-robin proxy on one port. Ctrl-C or SIGTERM stops everything in order: proxy, APIs, workers, Temporal,
 * mail, PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createDataSource, runMigrations } from '@kc/persistence';
import {
  PrefixColor,
  ServiceStack,
  StackStoppingError,
  assertPortFree,
  prefixedLog,
  redactUrl,
  startMailCatcher,
  stopStackOnSignals,
} from '@kc/devstack';
import { ensureDemoUsers } from '../demo-users';
import { startAppGroup } from './app-processes';
import { PostgresServer, clusterDataDir, createDatabaseIfMissing, openPostgresServer } from './cluster-postgres';
import { ClusterSettings, apiPorts, readClusterSettings } from './cluster-settings';
import { startRoundRobinProxy } from './round-robin-proxy';
import { setupTemporalDatabases, temporalDatabaseNames } from './temporal-databases';
import { serverPorts, startTemporalServer } from './temporal-server';
import { isInstalled, temporalServerBinaries } from './temporal-server-binaries';

const startedAt = Date.now();
const log = prefixedLog('cluster', 'green');
const settings = readClusterSettings();
const workerNames = Array.from({ length: settings.workerCount }, (_, i) => `worker-${i + 1}`);
const apiNames = Array.from({ length: settings.apiCount }, (_, i) => `api-${i + 1}`);
const stack = new ServiceStack(['proxy', ...apiNames, ...workerNames, 'temporal', 'mail', 'postgres'], log);
const COLORS: PrefixColor[] = ['magenta', 'cyan', 'blue', 'yellow'];

async function main(): Promise<void> {
  const binaries = temporalServerBinaries();
  if (!isInstalled(binaries)) {
    throw new Error(
      'Chưa có Temporal server / the Temporal server is not built yet: run `npm run cluster:setup` first',
    );
  }
  await assertPortsFree(settings);
  const dataDir = clusterDataDir();
  const postgres = await openPostgresServer({
    embeddedPort: settings.embeddedPostgresPort,
    dataDir,
    log: prefixedLog('postgres', 'blue'),
  });
  if (postgres.embedded) {
    // With its pid, so that the parent-death reaper ends it too (see stopStackOnSignals).
    stack.add('postgres', { pid: postgres.embedded.pid, stop: () => postgres.stop() });
    watchExit('postgres', postgres.embedded.exited);
  }
  await setupTemporalDatabases(binaries, postgres, temporalDatabaseNames(), log);
  const databaseUrl = await prepareAppDatabase(postgres);
  const smtpUrl = await startMail(join(dataDir, 'mail'));

  const temporal = await startTemporalServer({
    binaries,
    postgres,
    databases: temporalDatabaseNames(),
    ports: settings.temporalPorts,
    namespace: settings.namespace,
    log: prefixedLog('temporal', 'yellow'),
  });
  stack.add('temporal', temporal);
  watchExit('temporal', temporal.exited);
  log(`Temporal server ready at ${temporal.address} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: settings.namespace,
    TEMPORAL_TASK_QUEUE: settings.taskQueue,
    SMTP_URL: smtpUrl,
    // Every API process must sign and check tokens with the same secret; a fresh one per run unless given.
    JWT_SECRET: process.env.JWT_SECRET?.trim() || randomBytes(32).toString('hex'),
    PUBLIC_URL: process.env.PUBLIC_URL?.trim() || `http://127.0.0.1:${settings.proxyPort}`,
  };
  const colors = new Map<string, PrefixColor>([
    ...workerNames.map((name, i): [string, PrefixColor] => [name, COLORS[i % 2]]),
    ...apiNames.map((name, i): [string, PrefixColor] => [name, COLORS[2 + (i % 2)]]),
  ]);
  await startAppGroup({
    env,
    workerNames,
    apis: apiNames.map((name, i) => ({ name, port: apiPorts(settings)[i] })),
    logFor: (name) => prefixedLog(name, colors.get(name)!),
    onSpawn: (app) => stack.add(app.name, { pid: app.child.pid, stop: app.stop }),
    onReady: (app) =>
      watchExit(
        app.name,
        new Promise((resolve) => app.child.once('exit', (code, signal) => resolve({ code, signal }))),
      ),
  });
  const proxy = await startRoundRobinProxy({
    port: settings.proxyPort,
    targets: apiPorts(settings).map((port) => ({ host: '127.0.0.1', port })),
  });
  stack.add('proxy', proxy);
  printSummary(proxy.url, temporal.address, databaseUrl, smtpUrl, postgres);
}

async function assertPortsFree(s: ClusterSettings): Promise<void> {
  await assertPortFree(s.proxyPort, 'KC_CLUSTER_PORT');
  for (const port of apiPorts(s)) await assertPortFree(port, 'KC_CLUSTER_PORT (the APIs use the next ports)');
  for (const port of serverPorts(s.temporalPorts)) {
    await assertPortFree(port, 'KC_TEMPORAL_PORT / KC_TEMPORAL_HTTP_PORT / KC_TEMPORAL_MEMBERSHIP_PORT');
  }
  if (!process.env.SMTP_URL?.trim()) {
    await assertPortFree(s.smtpCatcherPort, 'SMTP_CATCHER_PORT');
    await assertPortFree(s.mailUiPort, 'MAIL_UI_PORT');
  }
}

async function prepareAppDatabase(postgres: PostgresServer): Promise<string> {
  if (await createDatabaseIfMissing(postgres, settings.appDatabase)) log(`created database ${settings.appDatabase}`);
  const url = postgres.urlFor(settings.appDatabase);
  await runMigrations(url);
  const dataSource = await createDataSource(url, 2).initialize();
  try {
    await ensureDemoUsers(dataSource);
  } finally {
    await dataSource.destroy();
  }
  return url;
}

async function startMail(mailDir: string): Promise<string> {
  const configured = process.env.SMTP_URL?.trim();
  if (configured) return configured;
  const catcher = await startMailCatcher({
    smtpPort: settings.smtpCatcherPort,
    httpPort: settings.mailUiPort,
    mailDir,
    log: prefixedLog('mail', 'red'),
  });
  stack.add('mail', catcher);
  return catcher.smtpUrl;
}

/** Any component that dies on its own takes the whole cluster down, saying which one. */
function watchExit(name: string, exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>): void {
  void exited.then(({ code, signal }) => {
    if (!stack.stopping) fail(`${name} đã dừng bất ngờ / exited unexpectedly (code ${code}, signal ${signal})`);
  });
}

function printSummary(
  proxyUrl: string,
  temporalAddress: string,
  databaseUrl: string,
  smtpUrl: string,
  postgres: PostgresServer,
): void {
  const rows: Array<[string, string]> = [
    [
      'API (proxy)',
      `${proxyUrl}/api  →  ${apiPorts(settings)
        .map((p) => `:${p}`)
        .join(', ')}`,
    ],
    ['Web app', `${proxyUrl}/`],
    ['Temporal', `${temporalAddress} (namespace ${settings.namespace}, task queue ${settings.taskQueue})`],
    ['Workers', `${settings.workerCount} processes`],
    ['PostgreSQL', `${redactUrl(databaseUrl)}${postgres.embedded ? ' (embedded)' : ''}`],
    ['Mail', process.env.SMTP_URL ? redactUrl(smtpUrl) : `http://127.0.0.1:${settings.mailUiPort}`],
  ];
  log(`cụm đang chạy / cluster is running — ready ${((Date.now() - startedAt) / 1000).toFixed(1)} s after start`);
  for (const [label, value] of rows) log(`  ${label.padEnd(12)} ${value}`);
  log('Tài khoản demo / demo logins: admin@demo.local, officer.hn@demo.local, … mật khẩu / password demo1234');
  log('Nhấn Ctrl-C để dừng / press Ctrl-C to stop.');
}

const { fail } = stopStackOnSignals(stack, log, startedAt);

main().catch((err) => {
  if (stack.stopping || err instanceof StackStoppingError) return;
  fail(err instanceof Error ? err.message : String(err));
});
