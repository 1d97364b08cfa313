import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';
import { acquireInstanceLock } from './instance-lock';
import { forwardLines, stopProcess } from './process-runner';
import { waitForTcp } from './wait';
import { locateTemporalCli } from './temporal-cli';

export interface SearchAttributeDeclaration {
  name: string;
  type: string;
}

export interface TemporalDevServerOptions {
  port: number;
  uiPort: number;
  /** SQLite file that keeps workflows between runs; omitted = in memory. */
  dbFile?: string;
  namespace: string;
  searchAttributes: ReadonlyArray<SearchAttributeDeclaration>;
  log: (line: string) => void;
  /** No web UI (tests). */
  headless?: boolean;
  /** How long to wait for the namespace to answer; the dev server is usually up in 1 to 3 s. */
  readyTimeoutMs?: number;
  /** `--sqlite-pragma` values such as `synchronous=off`: for benchmarks only, where durability is not at stake. */
  sqlitePragmas?: ReadonlyArray<string>;
  /** Told the server's pid as soon as it is spawned, before it is ready (the orchestrator's reaper). */
  onSpawn?: (pid: number) => void;
}

export interface TemporalDevServer {
  address: string;
  uiUrl?: string;
  pid?: number;
  /** Resolves when the server process exits, whoever stopped it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';

export function devServerArgs(options: TemporalDevServerOptions): string[] {
  const args = ['server', 'start-dev', '--ip', HOST, '--port', String(options.port)];
  if (options.headless) args.push('--headless');
  else args.push('--ui-port', String(options.uiPort));
  if (options.dbFile) args.push('--db-filename', options.dbFile);
  for (const pragma of options.sqlitePragmas ?? []) args.push('--sqlite-pragma', pragma);
  args.push('--namespace', options.namespace);
  for (const sa of options.searchAttributes) args.push('--search-attribute', `${sa.name}=${sa.type}`);
  // As in deploy/temporal/dynamicconfig/cluster.yaml: the default of 10 in-flight updates per workflow refuses a
  // burst of actions on one project with RESOURCE_EXHAUSTED once a worker crash has held them up.
  args.push('--dynamic-config-value', 'history.maxInFlightUpdates=256');
  // As there too: an action's write activity goes back to the worker with the answer to its workflow task.
  args.push('--dynamic-config-value', 'system.enableActivityEagerExecution=true');
  args.push('--log-level', 'warn');
  return args;
}

/** Runs `temporal server start-dev` and resolves once its namespace answers over gRPC. */
export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<TemporalDevServer> {
  const cli = locateTemporalCli();
  if (options.dbFile) mkdirSync(dirname(options.dbFile), { recursive: true });
  // One writer per SQLite file: a second instance on the same data folder is refused (SQLITE_BUSY otherwise).
  const lock = options.dbFile
    ? acquireInstanceLock(`${options.dbFile}.lock`, {
        vi: 'Tệp dữ liệu Temporal',
        en: 'the Temporal database file',
      })
    : undefined;
  const address = `${HOST}:${options.port}`;
  // Own process group: a terminal Ctrl-C reaches only our process, which stops the server in order.
  const child = spawn(cli, devServerArgs(options), { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  if (child.pid !== undefined) options.onSpawn?.(child.pid);
  let stopping = false;
  // While it stops, the server's internal workers log closed connections and cancelled contexts: noise, not news.
  const log = (line: string) => {
    if (!(stopping && line.includes('level='))) options.log(line);
  };
  forwardLines(child.stdout, log);
  forwardLines(child.stderr, log);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      lock?.release();
      resolve({ code, signal });
    }),
  );
  child.once('error', () => lock?.release());
  const stop = () => {
    stopping = true;
    return stopProcess(child, 10000);
  };
  try {
    await Promise.race([
      waitForNamespace(options.port, options.namespace, options.readyTimeoutMs ?? 60000),
      exited.then(({ code, signal }) => {
        throw new Error(`Temporal dev server exited during start-up (code ${code}, signal ${signal})`);
      }),
      new Promise((_, reject) =>
        child.once('error', (err) => reject(new Error(`could not run ${cli}: ${err.message}`))),
      ),
    ]);
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    address,
    uiUrl: options.headless ? undefined : `http://${HOST}:${options.uiPort}`,
    pid: child.pid,
    exited,
    stop,
  };
}

async function waitForNamespace(port: number, namespace: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const address = `${HOST}:${port}`;
  await waitForTcp(HOST, port, timeoutMs);
  let lastError: unknown;
  while (Date.now() < deadline) {
    let connection: Connection | undefined;
    try {
      connection = await Connection.connect({ address, connectTimeout: 2000 });
      await connection.workflowService.describeNamespace({ namespace });
      return;
    } catch (err) {
      lastError = err;
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await connection?.close().catch(() => undefined);
    }
  }
  throw new Error(
    `Temporal dev server at ${address} did not answer for namespace "${namespace}" within ${timeoutMs} ms: ${String(lastError)}`,
  );
}
