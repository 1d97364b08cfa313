/**
 * `npm start`: the whole system in one terminal. Embedded PostgreSQL, the Temporal dev server and a mail
 * catcher (each unless its variable points at a real one), migrations, then the worker and the API as child
 * processes, demo data on an empty embedded database. Ctrl-C stops everything in order: API, worker,
 * Temporal, mail, PostgreSQL.
 */
import { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { loadAuthConfig, loadSecurityConfig, workerNodeArgs } from '@kc/config';
import { SEARCH_ATTRIBUTE_DECLARATIONS } from '@kc/domain';
import { runMigrations } from '@kc/persistence';
import {
  PrefixColor,
  ServiceStack,
  StackConfig,
  StackStoppingError,
  assertNoRunningPostgres,
  assertPortFree,
  portsToCheck,
  prefixedLog,
  readStackConfig,
  redactUrl,
  spawnPrefixed,
  startEmbeddedPostgres,
  startMailCatcher,
  startTemporalDevServer,
  stopProcess,
  waitForHttpOk,
  stopStackOnSignals,
} from '@kc/devstack';
import { SeedResult, demoLogins, seedDemoProjects, seedDemoUsersIfEmpty } from './seed-demo';

const startedAt = Date.now();
const log = prefixedLog('start', 'green');
const stack = new ServiceStack(['api', 'worker', 'temporal', 'mail', 'postgres'], log);
const HEALTH_TIMEOUT_MS = 120_000;
const DIST = join(__dirname, '..');

interface Endpoints {
  databaseUrl: string;
  temporalAddress: string;
  smtpUrl: string;
  temporalUi?: string;
  mailUi?: string;
}

async function main(): Promise<void> {
  const config = readStackConfig();
  // Embedded mode is decided here, not by the caller's KC_EMBEDDED: a database of the user's own is not embedded,
  // so the demo secret is refused there, before anything starts.
  const embeddedMode = String(config.postgres.embedded);
  loadAuthConfig({ ...process.env, KC_EMBEDDED: embeddedMode });
  loadSecurityConfig();
  if (config.postgres.embedded) assertNoRunningPostgres(config.postgres.dataDir);
  for (const { port, variable } of portsToCheck(config)) await assertPortFree(port, variable);

  const endpoints = await startInfrastructure(config);
  log(`migrating ${redactUrl(endpoints.databaseUrl)}`);
  await runMigrations(endpoints.databaseUrl).catch((err) => {
    throw new Error(`Không chạy được migration / migrations failed: ${err instanceof Error ? err.message : err}`);
  });

  // The demo logins go in before the API opens, so a login works as soon as the API answers (the projects,
  // which need the API and the worker, follow).
  const freshDemo = config.postgres.embedded ? await seedDemoUsersIfEmpty(endpoints.databaseUrl) : false;
  if (freshDemo) log('demo users seeded / đã tạo tài khoản demo');

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: endpoints.databaseUrl,
    TEMPORAL_ADDRESS: endpoints.temporalAddress,
    TEMPORAL_NAMESPACE: config.namespace,
    SMTP_URL: endpoints.smtpUrl,
    PORT: String(config.apiPort),
    PUBLIC_URL: config.publicUrl,
    KC_EMBEDDED: embeddedMode,
    // The web app's mail page reads the local catcher's folder (embedded mode only).
    ...(config.mail.embedded ? { KC_MAIL_DIR: config.mail.mailDir } : {}),
  };
  startChild('worker', join(DIST, 'apps', 'worker', 'src', 'main.js'), env, 'magenta');
  startChild('api', join(DIST, 'apps', 'api', 'src', 'main.js'), env, 'cyan');
  const apiUrl = `http://127.0.0.1:${config.apiPort}/api`;
  await waitForHttpOk(`${apiUrl}/health`, HEALTH_TIMEOUT_MS, () => stack.stopping).catch((err) => {
    throw new Error(`API chưa sẵn sàng / the API never became healthy: ${err instanceof Error ? err.message : err}`);
  });
  const readyAfter = Date.now() - startedAt;

  let seed: SeedResult | undefined;
  if (config.postgres.embedded) {
    seed = { seeded: freshDemo, logins: demoLogins() };
    try {
      if (freshDemo) await seedDemoProjects({ apiUrl, log: prefixedLog('seed', 'gray') });
    } catch (err) {
      if (stack.stopping) throw err;
      log(`demo data incomplete / dữ liệu mẫu chưa đủ: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  printSummary(config, endpoints, apiUrl, readyAfter, seed);
}

/** PostgreSQL, Temporal and the mail catcher start side by side; each is registered for the stop as it comes up. */
async function startInfrastructure(config: StackConfig): Promise<Endpoints> {
  // allSettled: on a failure, wait for the others too, so none is left running unregistered.
  const [postgres, temporal, mail] = await Promise.allSettled([
    startPostgres(config),
    startTemporal(config),
    startMail(config),
  ]);
  const failures = [postgres, temporal, mail].filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  for (const extra of failures.slice(1)) log(`also failed: ${String(extra.reason?.message ?? extra.reason)}`);
  if (failures.length) throw failures[0].reason;
  const value = <T>(result: PromiseSettledResult<T>) => (result as PromiseFulfilledResult<T>).value;
  return {
    databaseUrl: value(postgres),
    temporalAddress: value(temporal).address,
    temporalUi: value(temporal).ui,
    smtpUrl: value(mail).url,
    mailUi: value(mail).ui,
  };
}

async function startPostgres(config: StackConfig): Promise<string> {
  if (!config.postgres.embedded) return config.postgres.url;
  const started = Date.now();
  const postgres = await startEmbeddedPostgres({
    ...config.postgres,
    log: prefixedLog('postgres', 'blue'),
    onSpawn: (pid) => stack.watchStarting(pid),
  });
  stack.add('postgres', postgres);
  watchExit('postgres', postgres.exited);
  log(`PostgreSQL ready in ${Date.now() - started} ms (data in ${config.postgres.dataDir})`);
  return postgres.url;
}

async function startTemporal(config: StackConfig): Promise<{ address: string; ui?: string }> {
  if (!config.temporal.embedded) return { address: config.temporal.address };
  const started = Date.now();
  const server = await startTemporalDevServer({
    ...config.temporal,
    namespace: config.namespace,
    searchAttributes: SEARCH_ATTRIBUTE_DECLARATIONS,
    log: prefixedLog('temporal', 'yellow'),
    onSpawn: (pid) => stack.watchStarting(pid),
  });
  stack.add('temporal', server);
  watchExit('temporal', server.exited);
  log(`Temporal dev server ready in ${Date.now() - started} ms (${server.address})`);
  return { address: server.address, ui: server.uiUrl };
}

async function startMail(config: StackConfig): Promise<{ url: string; ui?: string }> {
  if (!config.mail.embedded) return { url: config.mail.url };
  const catcher = await startMailCatcher({ ...config.mail, log: prefixedLog('mail', 'red') });
  stack.add('mail', catcher);
  return { url: catcher.smtpUrl, ui: catcher.httpUrl };
}

function startChild(name: 'api' | 'worker', script: string, env: NodeJS.ProcessEnv, color: PrefixColor): void {
  // The worker runs with its heap cap (WORKER_HEAP_MIB): garbage is collected instead of kept as resident memory.
  const nodeArgs = name === 'worker' ? workerNodeArgs(env) : [];
  const child: ChildProcess = spawnPrefixed(name, process.execPath, [...nodeArgs, script], { env, color });
  stack.add(name, { pid: child.pid, stop: () => stopProcess(child, 15_000) });
  watchExit(name, new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))));
  child.once('error', (err) => fail(`${name} could not start: ${err.message}`));
}

/** Any component that dies on its own takes the whole run down, saying which one. */
function watchExit(name: string, exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>): void {
  void exited.then(({ code, signal }) => {
    if (!stack.stopping) fail(`${name} đã dừng bất ngờ / exited unexpectedly (code ${code}, signal ${signal})`);
  });
}

function printSummary(
  config: StackConfig,
  endpoints: Endpoints,
  apiUrl: string,
  readyAfterMs: number,
  seed: SeedResult | undefined,
): void {
  const rows: Array<[string, string]> = [
    ['API', apiUrl],
    ['OpenAPI docs', `${apiUrl}/docs`],
    ['Temporal UI', endpoints.temporalUi ?? `(external Temporal at ${endpoints.temporalAddress})`],
    ['Mail catcher', endpoints.mailUi ?? `(mail goes to ${redactUrl(endpoints.smtpUrl)})`],
    ['PostgreSQL', config.postgres.embedded ? endpoints.databaseUrl : redactUrl(endpoints.databaseUrl)],
    ['Data folder', config.dataDir],
  ];
  const lines = [
    '',
    `KhuyenCong Flow đang chạy / is running — API healthy ${(readyAfterMs / 1000).toFixed(1)} s after start`,
  ];
  for (const [label, value] of rows) lines.push(`  ${label.padEnd(14)} ${value}`);
  if (seed) {
    lines.push('', `Tài khoản demo / demo logins${seed.seeded ? ' (just seeded)' : ''}, mật khẩu / password: demo1234`);
    const width = Math.max(...seed.logins.map((l) => l.email.length));
    lines.push(`  ${'email'.padEnd(width)}  ${'role'.padEnd(11)}  province`);
    for (const login of seed.logins) {
      lines.push(`  ${login.email.padEnd(width)}  ${login.role.padEnd(11)}  ${login.province ?? '— (national)'}`);
    }
  }
  lines.push('', 'Nhấn Ctrl-C để dừng / press Ctrl-C to stop.', '');
  for (const line of lines) {
    if (line) log(line);
    else process.stdout.write('\n');
  }
}

const { fail } = stopStackOnSignals(stack, log, startedAt);

main().catch((err) => {
  if (stack.stopping || err instanceof StackStoppingError) return;
  fail(err instanceof Error ? err.message : String(err));
});
