/**
 * The stack a soak runs on, made to be killed: its own embedded PostgreSQL (a data folder and a free port of its
 * own, never the machine's server), the Temporal dev server on a SQLite file, a mail catcher, then the worker and
 * the API as supervised child processes. Each of the worker, Temporal and PostgreSQL can be killed with SIGKILL and
 * started again on the same data and port; a worker or API that exits is started again, as a service manager would.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { WriteStream, chmodSync, createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEARCH_ATTRIBUTE_DECLARATIONS } from '@kc/domain';
import { runMigrations } from '@kc/persistence';
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
import { GENEROUS_LIMITS, createDemoUsers } from '../load/load-stack';

export type Component = 'worker' | 'temporal' | 'postgres';
type Supervised = 'worker' | 'api';

export interface SoakStack {
  apiUrl: string;
  databaseUrl: string;
  temporalAddress: string;
  namespace: string;
  mailDir: string;
  /** SIGKILL to the component (PostgreSQL: its whole process group, the postmaster and every backend). */
  kill(component: Component): Promise<void>;
  /** Starts a killed Temporal server or PostgreSQL again on the same data and port (the worker restarts itself). */
  restart(component: Exclude<Component, 'worker'>): Promise<void>;
  /** Exits of the worker or the API that no kill caused (each was started again). */
  unplannedExits(): string[];
  /** Stops the worker with SIGTERM (it drains) and keeps it stopped: no notice is sent after this. */
  stopWorker(): Promise<void>;
  stop(): Promise<string[]>;
}

const NAMESPACE = 'default';
const SUPERVISOR_RESTART_MS = 1000;
const RESTART_ATTEMPTS = 30;

export async function startSoakStack(logDir: string, log: (line: string) => void): Promise<SoakStack> {
  mkdirSync(logDir, { recursive: true });
  const tempDir = mkdtempSync(join(tmpdir(), 'kc-soak-'));
  // Embedded PostgreSQL runs as the `postgres` user when we are root: it must be able to enter this folder.
  chmodSync(tempDir, 0o755);
  const logFiles: WriteStream[] = [];
  const fileLog = (component: string) => {
    const file = createWriteStream(join(logDir, `soak-${component}.log`));
    logFiles.push(file);
    return (line: string) => file.write(`${new Date().toISOString()} ${line}\n`);
  };
  const logs = { temporal: fileLog('temporal'), postgres: fileLog('postgres'), mail: fileLog('mail') };
  const mailDir = join(tempDir, 'mail');
  const [pgPort, temporalPort] = [await findFreePort(), await findFreePort()];
  let postgres: EmbeddedPostgres | undefined;
  let temporal: TemporalDevServer | undefined;
  let mail: MailCatcher | undefined;
  const children = new Map<Supervised, ChildProcess>();
  const expectedExit = new Set<Supervised>();
  const held = new Set<Supervised>();
  const unplanned: string[] = [];
  let stopping = false;
  let env: NodeJS.ProcessEnv = {};

  const startPostgres = () =>
    startEmbeddedPostgres({ dataDir: join(tempDir, 'pg'), port: pgPort, database: 'kc_soak', log: logs.postgres });
  const startTemporal = () =>
    startTemporalDevServer({
      port: temporalPort,
      uiPort: temporalPort,
      dbFile: join(tempDir, 'temporal', 'temporal.db'),
      namespace: NAMESPACE,
      searchAttributes: SEARCH_ATTRIBUTE_DECLARATIONS,
      log: logs.temporal,
      headless: true,
    });

  const dist = join(__dirname, '..', '..');
  const mains: Record<Supervised, string> = {
    worker: join(dist, 'apps', 'worker', 'src', 'main.js'),
    api: join(dist, 'apps', 'api', 'src', 'main.js'),
  };
  const childLogs: Record<Supervised, (line: string) => void> = { worker: fileLog('worker'), api: fileLog('api') };
  const spawnChild = (name: Supervised) => {
    const child = spawn(process.execPath, [mains[name]], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    forwardLines(child.stdout, childLogs[name]);
    forwardLines(child.stderr, childLogs[name]);
    child.once('exit', (code, signal) => {
      if (children.get(name) !== child) return;
      const planned = expectedExit.delete(name);
      if (!planned && !stopping)
        unplanned.push(`${new Date().toISOString()} ${name} exited (code ${code}, signal ${signal})`);
      if (stopping || held.has(name)) return;
      setTimeout(() => {
        if (!stopping && !held.has(name) && children.get(name) === child) spawnChild(name);
      }, SUPERVISOR_RESTART_MS);
    });
    children.set(name, child);
  };

  /** Retries a start: right after a SIGKILL the port or PostgreSQL's shared memory may still be held a moment. */
  const startAgain = async <T>(what: string, start: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await start();
      } catch (err) {
        if (attempt >= RESTART_ATTEMPTS) throw err;
        log(`${what} did not start (attempt ${attempt}): ${err instanceof Error ? err.message : String(err)}`);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  };

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
    for (const name of ['api', 'worker'] as const) {
      const child = children.get(name);
      if (child) await attempt(name, () => stopProcess(child, 15000));
    }
    await Promise.all([
      attempt('Temporal dev server', () => temporal?.stop()),
      attempt('mail catcher', () => mail?.stop()),
      attempt('embedded PostgreSQL', () => postgres?.stop()),
    ]);
    rmSync(tempDir, { recursive: true, force: true });
    await Promise.all(logFiles.map((file) => new Promise((resolve) => file.end(resolve))));
    return problems;
  };

  try {
    [postgres, temporal, mail] = await Promise.all([
      startPostgres(),
      startTemporal(),
      (async () => startMailCatcher({ smtpPort: await findFreePort(), mailDir, log: logs.mail }))(),
    ]);
    log(`infrastructure up: Temporal ${temporal.address}, embedded PostgreSQL on port ${pgPort}`);
    await runMigrations(postgres.url);
    await createDemoUsers(postgres.url);
    const apiPort = await findFreePort();
    env = {
      ...process.env,
      ...GENEROUS_LIMITS,
      // Every project of the run stays in the worker's cache (about 0.4 MiB each): with the default 250 and 1,000
      // projects waking every few seconds, nearly every workflow task was a replay of the whole history.
      WORKER_MAX_CACHED_WORKFLOWS: process.env.WORKER_MAX_CACHED_WORKFLOWS ?? '1500',
      DATABASE_URL: postgres.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: NAMESPACE,
      SMTP_URL: mail.smtpUrl,
      PORT: String(apiPort),
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      KC_EMBEDDED: 'true',
      JWT_SECRET: `kc-soak-${randomBytes(16).toString('hex')}`,
      NO_COLOR: '1',
    };
    spawnChild('worker');
    spawnChild('api');
    const apiUrl = `http://127.0.0.1:${apiPort}/api`;
    await waitForHttpOk(`${apiUrl}/health`, 120_000, () => unplanned.length > 3);
    const databaseUrl = postgres.url;
    return {
      apiUrl,
      databaseUrl,
      temporalAddress: temporal.address,
      namespace: NAMESPACE,
      mailDir,
      async kill(component) {
        if (component === 'worker') {
          const child = children.get('worker');
          if (!child) return;
          expectedExit.add('worker');
          child.kill('SIGKILL');
        } else if (component === 'temporal') {
          const server = temporal!;
          process.kill(server.pid!, 'SIGKILL');
          await server.exited;
        } else {
          const server = postgres!;
          // Detached at spawn: the postmaster leads its own process group, which holds every backend too.
          process.kill(-server.pid!, 'SIGKILL');
          await server.exited;
        }
      },
      async restart(component) {
        if (component === 'temporal') temporal = await startAgain('Temporal dev server', startTemporal);
        else postgres = await startAgain('PostgreSQL', startPostgres);
      },
      unplannedExits: () => [...unplanned],
      async stopWorker() {
        held.add('worker');
        const child = children.get('worker');
        if (child) {
          expectedExit.add('worker');
          await stopProcess(child, 60000);
        }
      },
      stop,
    };
  } catch (err) {
    const problems = await stop();
    if (problems.length) log(`while stopping after a failed start: ${problems.join('; ')}`);
    throw err;
  }
}
