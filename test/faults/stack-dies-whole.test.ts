/**
 * A stack that dies whole (issue 12, defect 4): `npm start` (dist/scripts/start.js, everything embedded, in a data
 * folder of its own on free ports) is killed with SIGKILL, its whole process group at once, as `kill -9 -<pgid>`
 * does. Every process it had started (API, worker, Temporal dev server, PostgreSQL and its backends) must be gone
 * within a few seconds, and a second start on the same data folder must come up healthy and stop cleanly.
 * Needs the build (dist/), like `npm run test:faults`.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@kc/devstack';
import { faultLog } from './support/fault-log';

const START_SCRIPT = join(__dirname, '..', '..', 'dist', 'scripts', 'start.js');
const UP_TIMEOUT_MS = 240_000;
jest.setTimeout(2 * UP_TIMEOUT_MS + 120_000);

interface ProcessInfo {
  pid: number;
  ppid: number;
  state: string;
  command: string;
}

function processes(): ProcessInfo[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const close = stat.lastIndexOf(')');
        const [state, ppid] = stat.slice(close + 2).split(' ');
        const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
        return [{ pid: Number(name), ppid: Number(ppid), state, command }];
      } catch {
        return [];
      }
    });
}

/** Every live process below `root` (children, grandchildren…), zombies left out. */
function descendantsOf(root: number): ProcessInfo[] {
  const all = processes();
  const found: ProcessInfo[] = [];
  let frontier = [root];
  while (frontier.length) {
    const children = all.filter((p) => frontier.includes(p.ppid));
    found.push(...children);
    frontier = children.map((p) => p.pid);
  }
  return found.filter((p) => p.state !== 'Z');
}

function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
  } catch {
    return false;
  }
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

let dataDir: string;
let env: NodeJS.ProcessEnv;
let apiUrl: string;
const log = faultLog('stack-dies-whole');
const started: ChildProcess[] = [];
/** Every child seen, so that a failed run leaves nothing behind either. */
const seen: ProcessInfo[] = [];

function startStack(label: string): ChildProcess {
  const child = spawn(process.execPath, [START_SCRIPT], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => log.log(`[${label}] ${chunk.toString().trimEnd()}`));
  child.stderr!.on('data', (chunk: Buffer) => log.log(`[${label}!] ${chunk.toString().trimEnd()}`));
  started.push(child);
  return child;
}

/** true once /api/health answers 200; fails at once if the stack gave up. */
async function healthy(stack: ChildProcess): Promise<true | undefined> {
  if (stack.exitCode !== null || stack.signalCode !== null) throw new Error(`npm start exited (${stack.exitCode})`);
  try {
    const res = await fetch(`${apiUrl}/health`);
    return res.status === 200 ? true : undefined;
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  if (!existsSync(START_SCRIPT)) throw new Error(`${START_SCRIPT} missing: run npm run build first`);
  dataDir = mkdtempSync(join(tmpdir(), 'kc-stack-'));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as "postgres" when we are root, and must enter the folder
  const port = await findFreePort();
  env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SMTP_URL', 'KC_EMBEDDED', 'KC_MAIL_DIR', 'JWT_SECRET']) {
    delete env[name];
  }
  for (const name of ['EMBEDDED_PG_PORT', 'TEMPORAL_PORT', 'TEMPORAL_UI_PORT', 'SMTP_CATCHER_PORT', 'MAIL_UI_PORT']) {
    env[name] = String(await findFreePort());
  }
  apiUrl = `http://127.0.0.1:${port}/api`;
});

afterAll(async () => {
  for (const child of started) {
    if (child.pid && isAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
  }
  for (const p of seen.filter((q) => isAlive(q.pid))) process.kill(p.pid, 'SIGKILL');
  await log.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('leaves no process behind when npm start is killed with kill -9, and starts again on the same data', async () => {
  const first = startStack('first');
  await waitFor('the first stack healthy', () => healthy(first), UP_TIMEOUT_MS);
  const children = descendantsOf(first.pid!);
  seen.push(...children);
  const names = children.map((p) => p.command.split(' ').slice(0, 3).join(' '));
  log.log(`children of ${first.pid}: ${names.join(' | ')}`);
  expect(children.some((p) => p.command.includes('apps/api/src/main.js'))).toBe(true);
  expect(children.some((p) => p.command.includes('apps/worker/src/main.js'))).toBe(true);
  expect(children.some((p) => p.command.includes('start-dev'))).toBe(true);
  expect(children.some((p) => /postgres/.test(p.command))).toBe(true);

  // A second instance on the same data folder, with a database of its own (DATABASE_URL) and free ports: it
  // must be refused at the Temporal SQLite file rather than share it (SQLITE_BUSY).
  const intruderEnv: NodeJS.ProcessEnv = {
    ...env,
    DATABASE_URL: process.env.DATABASE_URL,
    JWT_SECRET: 'kc-second-instance-secret-0123',
  };
  for (const name of ['PORT', 'TEMPORAL_PORT', 'TEMPORAL_UI_PORT', 'SMTP_CATCHER_PORT', 'MAIL_UI_PORT']) {
    intruderEnv[name] = String(await findFreePort());
  }
  const intruder = spawn(process.execPath, [START_SCRIPT], { env: intruderEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let intruderOutput = '';
  intruder.stdout!.on('data', (chunk: Buffer) => (intruderOutput += chunk.toString()));
  intruder.stderr!.on('data', (chunk: Buffer) => (intruderOutput += chunk.toString()));
  const intruderCode = await new Promise<number | null>((resolve) => intruder.once('exit', (code) => resolve(code)));
  log.log(`[intruder] ${intruderOutput}`);
  expect(intruderCode).toBe(1);
  expect(intruderOutput).toContain('Tệp dữ liệu Temporal đang được một phiên khác');

  const killedAt = Date.now();
  process.kill(-first.pid!, 'SIGKILL');
  await waitFor('every child gone', () => (children.some((p) => isAlive(p.pid)) ? undefined : true), 30_000).catch(
    (err: Error) => {
      const left = children.filter((p) => isAlive(p.pid)).map((p) => `${p.pid} ${p.command}`);
      throw new Error(`${err.message}; still running: ${left.join('; ')}`);
    },
  );
  const goneAfterMs = Date.now() - killedAt;
  console.log(`kill -9 of npm start's group: its ${children.length} processes were gone after ${goneAfterMs} ms`);
  expect(goneAfterMs).toBeLessThan(15_000);

  const second = startStack('second');
  await waitFor('the second stack healthy', () => healthy(second), UP_TIMEOUT_MS);
  const secondChildren = descendantsOf(second.pid!);
  seen.push(...secondChildren);
  const exited = new Promise<number | null>((resolve) => second.once('exit', (code) => resolve(code)));
  process.kill(second.pid!, 'SIGINT');
  await expect(exited).resolves.toBe(0);
  await waitFor(
    'no child of the second run left',
    () => (secondChildren.some((p) => isAlive(p.pid)) ? undefined : true),
    30_000,
  );
});
