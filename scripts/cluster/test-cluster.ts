/**
 * `npm run test:cluster`: the workflow and end-to-end suites, then the two-worker test, against the real Temporal
 * server on PostgreSQL instead of the dev server. Temporal's two databases are made fresh for the run (so parallel
 * runs on one PostgreSQL never meet) and dropped after; the server listens on free ports. Exits with jest's code.
 * Arguments are passed on to jest (say a test path, to run one file).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { prefixedLog } from '@kc/devstack';
import { clusterDataDir, openPostgresServer, PostgresServer } from './cluster-postgres';
import { FreshTemporalServer, startFreshTemporalServer } from './fresh-temporal-server';
import { repoRoot } from '@kc/config';
import { installTemporalServer } from './temporal-server-binaries';

const log = prefixedLog('test:cluster', 'green');
const ROOT = repoRoot();
const JEST_ARGS = ['--runInBand', '--selectProjects', 'integration', 'cluster'];
/** The suites that run against the cluster, unless the arguments name test paths of their own. */
const DEFAULT_PATHS = ['--testPathPattern', 'test/(workflow|api|cluster)/'];

let postgres: PostgresServer | undefined;
let temporal: FreshTemporalServer | undefined;
let jest: ReturnType<typeof spawn> | undefined;

async function main(): Promise<number> {
  const started = Date.now();
  const binaries = installTemporalServer(log);
  postgres = await openPostgresServer({ embeddedPort: 0, dataDir: clusterDataDir(), log: () => undefined });
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  const serverLog = createWriteStream(join(ROOT, 'test-output', 'cluster-temporal.log'));
  temporal = await startFreshTemporalServer({
    binaries,
    postgres,
    prefix: 't',
    namespace: 'default',
    log,
    serverLog: (line) => serverLog.write(`${line}\n`),
  });
  const { server, databases } = temporal;
  const ready = Date.now();
  log(
    `Temporal server (PostgreSQL ${postgres.host}:${postgres.port}, ${databases.persistence}) ready at ${server.address} in ${((ready - started) / 1000).toFixed(1)} s`,
  );

  const code = await runJest({
    KC_TEST_TEMPORAL_ADDRESS: server.address,
    // The tests' global setup makes its own database on this server (the embedded one when none was given).
    DATABASE_URL: postgres.urlFor('postgres'),
  });
  log(`jest finished with code ${code} in ${((Date.now() - ready) / 1000).toFixed(1)} s`);
  await cleanUp();
  serverLog.end();
  log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

function runJest(env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const extra = process.argv.slice(2);
    const paths = extra.some((arg) => !arg.startsWith('-')) ? [] : DEFAULT_PATHS;
    // Paths first: --selectProjects takes every word after it as a project name.
    const args = [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), ...extra, ...paths, ...JEST_ARGS];
    jest = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
    jest.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function cleanUp(): Promise<void> {
  const running = temporal;
  temporal = undefined;
  for (const problem of (await running?.stop()) ?? []) log(`could not stop cleanly: ${problem}`);
  await postgres?.stop();
  postgres = undefined;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    jest?.kill('SIGTERM');
    void cleanUp().finally(() => process.exit(130));
  });
}

main().then(
  (code) => process.exit(code),
  async (err) => {
    log(`LỖI / ERROR: ${err instanceof Error ? err.message : String(err)}`);
    await cleanUp().catch(() => undefined);
    process.exit(1);
  },
);
