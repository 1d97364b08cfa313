/**
 * The stack a load run measures, started like `npm start` does (embedded PostgreSQL or a fresh database on
 * DATABASE_URL's server, the Temporal dev server in memory, a mail catcher, migrations, then the worker and the
 * API as child processes) but on free ports, with the components' logs in files. stop() leaves nothing behind:
 * every process stopped, the fresh database dropped, the temporary folder removed.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { WriteStream, chmodSync, createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { SEARCH_ATTRIBUTE_DECLARATIONS } from '@kc/domain';
import { createDataSource, runMigrations } from '@kc/persistence';
import {
  EmbeddedPostgres,
  MailCatcher,
  TemporalDevServer,
  findFreePort,
  forwardLines,
  startEmbeddedPostgres,
  startMailCatcher,
  startTemporalDevServer,
  stopProcess,
  waitForHttpOk,
} from '@kc/devstack';
import { ensureDemoUsers } from '../demo-users';

export interface LoadStack {
  apiUrl: string;
  databaseUrl: string;
  temporalAddress: string;
  namespace: string;
  /** Whether the API or the worker exited while the stack was supposed to run. */
  crashed(): string | undefined;
  stop(): Promise<string[]>;
}

/** Limits far above what the run sends: the load test measures the system, not its rate limiter. */
export const GENEROUS_LIMITS = {
  RATE_LIMIT_LOGIN: '100000',
  RATE_LIMIT_WRITE: '10000000',
  RATE_LIMIT_WRITE_WINDOW_SECONDS: '60',
};

const NAMESPACE = 'default';

export async function startLoadStack(logDir: string, log: (line: string) => void): Promise<LoadStack> {
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
  const parts: {
    temporal?: TemporalDevServer;
    mail?: MailCatcher;
    postgres?: EmbeddedPostgres;
    createdDatabase?: { adminUrl: string; name: string };
    children: Array<{ name: string; child: ChildProcess }>;
  } = { children: [] };
  let stopping = false;
  let crash: string | undefined;

  const stop = async (): Promise<string[]> => {
    stopping = true;
    const problems: string[] = [];
    const attempt = async (what: string, step: () => Promise<unknown> | undefined) => {
      try {
        await step();
      } catch (err) {
        problems.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
      }
    };
    // API first, then the worker, then the services they use (the order of `npm start`).
    for (const { name, child } of [...parts.children].reverse()) await attempt(name, () => stopProcess(child, 15000));
    await Promise.all([
      attempt('Temporal dev server', () => parts.temporal?.stop()),
      attempt('mail catcher', () => parts.mail?.stop()),
      attempt('embedded PostgreSQL', () => parts.postgres?.stop()),
      attempt('load database', () => parts.createdDatabase && dropDatabase(parts.createdDatabase)),
    ]);
    rmSync(tempDir, { recursive: true, force: true });
    await Promise.all(logFiles.map((file) => new Promise((resolve) => file.end(resolve))));
    return problems;
  };

  try {
    const results = await Promise.allSettled([
      (async () => {
        parts.temporal = await startTemporalDevServer({
          port: await findFreePort(),
          uiPort: await findFreePort(),
          namespace: NAMESPACE,
          searchAttributes: SEARCH_ATTRIBUTE_DECLARATIONS,
          log: fileLog('temporal'),
          headless: true,
        });
      })(),
      (async () => {
        parts.mail = await startMailCatcher({
          smtpPort: await findFreePort(),
          mailDir: join(tempDir, 'mail'),
          log: fileLog('mail'),
        });
      })(),
      (async () => {
        const adminUrl = process.env.DATABASE_URL?.trim();
        if (adminUrl) {
          parts.createdDatabase = await createFreshDatabase(adminUrl);
        } else {
          parts.postgres = await startEmbeddedPostgres({
            dataDir: join(tempDir, 'pg'),
            port: await findFreePort(),
            database: 'kc_load',
            log: fileLog('postgres'),
          });
        }
      })(),
    ]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    const databaseUrl = parts.postgres?.url ?? databaseUrlOf(parts.createdDatabase!);
    log(
      `infrastructure up: Temporal ${parts.temporal!.address}, ${parts.postgres ? 'embedded PostgreSQL' : `database ${parts.createdDatabase!.name}`}`,
    );
    await runMigrations(databaseUrl);
    await createDemoUsers(databaseUrl);

    const apiPort = await findFreePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...GENEROUS_LIMITS,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: parts.temporal!.address,
      TEMPORAL_NAMESPACE: NAMESPACE,
      SMTP_URL: parts.mail!.smtpUrl,
      PORT: String(apiPort),
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      KC_EMBEDDED: 'true',
      JWT_SECRET: `kc-load-${randomBytes(16).toString('hex')}`,
      NO_COLOR: '1',
    };
    const dist = join(__dirname, '..', '..');
    for (const [name, script] of [
      ['worker', join(dist, 'apps', 'worker', 'src', 'main.js')],
      ['api', join(dist, 'apps', 'api', 'src', 'main.js')],
    ] as const) {
      const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      const write = fileLog(name);
      forwardLines(child.stdout, write);
      forwardLines(child.stderr, write);
      child.once('exit', (code, signal) => {
        if (!stopping) crash ??= `${name} exited during the run (code ${code}, signal ${signal}); see load-${name}.log`;
      });
      parts.children.push({ name, child });
    }
    const apiUrl = `http://127.0.0.1:${apiPort}/api`;
    await waitForHttpOk(`${apiUrl}/health`, 120_000, () => crash !== undefined);
    return {
      apiUrl,
      databaseUrl,
      temporalAddress: parts.temporal!.address,
      namespace: NAMESPACE,
      crashed: () => crash,
      stop,
    };
  } catch (err) {
    const problems = await stop();
    if (problems.length) log(`while stopping after a failed start: ${problems.join('; ')}`);
    throw new Error(crash ?? (err instanceof Error ? err.message : String(err)));
  }
}

async function createFreshDatabase(adminUrl: string): Promise<{ adminUrl: string; name: string }> {
  const name = `kc_load_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  return { adminUrl, name };
}

function databaseUrlOf({ adminUrl, name }: { adminUrl: string; name: string }): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase({ adminUrl, name }: { adminUrl: string; name: string }): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // WITH (FORCE): a connection left open must not keep the database alive (PostgreSQL 13+).
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export async function createDemoUsers(databaseUrl: string): Promise<void> {
  const dataSource = await createDataSource(databaseUrl, 2).initialize();
  try {
    await ensureDemoUsers(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
