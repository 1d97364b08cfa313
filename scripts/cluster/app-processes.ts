/**
 * The production entry points (`node dist/apps/worker/src/main.js`, `node dist/apps/api/src/main.js`) as child
 * processes of the cluster, each in its own process group so that a terminal Ctrl-C reaches only the orchestrator.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, workerNodeArgs } from '@kc/config';
import { forwardLines, hasExited, stopProcess, waitForHttpOk } from '@kc/devstack';

export type AppKind = 'worker' | 'api';

export interface AppProcess {
  name: string;
  child: ChildProcess;
  /** Worker: it says "Worker ready"; API: /api/health answers 200. Rejects if the process exits first. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export function appEntryPoint(kind: AppKind): string {
  return join(repoRoot(), 'dist', 'apps', kind, 'src', 'main.js');
}

export function startAppProcess(options: {
  kind: AppKind;
  name: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  readyTimeoutMs?: number;
}): AppProcess {
  const env = { ...options.env };
  // The children write to a pipe: they colour their logs only when we write to a terminal (Nest honours NO_COLOR).
  if (!process.stdout.isTTY) env.NO_COLOR ??= '1';
  const nodeArgs = options.kind === 'worker' ? workerNodeArgs(env) : [];
  const child = spawn(process.execPath, [...nodeArgs, appEntryPoint(options.kind)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let announceReady = () => {};
  const announced = new Promise<void>((resolve) => (announceReady = resolve));
  const onLine = (line: string) => {
    if (options.kind === 'worker' && line.includes('Worker ready')) announceReady();
    options.log(line);
  };
  forwardLines(child.stdout, onLine);
  forwardLines(child.stderr, onLine);
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) =>
      reject(new Error(`${options.name} exited (code ${code}, signal ${signal}) before it was ready`)),
    ),
  );
  exited.catch(() => undefined);
  const timeoutMs = options.readyTimeoutMs ?? 120_000;
  const became =
    options.kind === 'worker'
      ? withTimeout(announced, timeoutMs, `${options.name} did not say "Worker ready" within ${timeoutMs} ms`)
      : waitForHttpOk(`http://127.0.0.1:${options.env.PORT}/api/health`, timeoutMs, () => hasExited(child));
  const ready = Promise.race([became, exited]);
  return { name: options.name, child, ready, stop: () => stopProcess(child, 20000) };
}

export interface AppGroupOptions {
  /** Every process's environment (database, Temporal, mail, secrets); each API gets its PORT on top. */
  env: NodeJS.ProcessEnv;
  workerNames: readonly string[];
  apis: ReadonlyArray<{ name: string; port: number }>;
  logFor(name: string): (line: string) => void;
  /** Told each process as soon as it is spawned, so that the caller can stop it whatever happens next. */
  onSpawn(app: AppProcess): void;
  /** Told each process once it is ready. */
  onReady?(app: AppProcess): void;
}

/**
 * The application's processes: the workers one after the other (the first one creates the nine-month review
 * schedule), then the APIs at once; resolves once every one is ready.
 */
export async function startAppGroup(options: AppGroupOptions): Promise<void> {
  const start = async (kind: AppKind, name: string, env: NodeJS.ProcessEnv) => {
    const app = startAppProcess({ kind, name, env, log: options.logFor(name) });
    options.onSpawn(app);
    await app.ready;
    options.onReady?.(app);
  };
  for (const name of options.workerNames) await start('worker', name, options.env);
  await Promise.all(options.apis.map(({ name, port }) => start('api', name, { ...options.env, PORT: String(port) })));
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
