/**
 * Runs the Temporal server (frontend, history, matching and worker services in one process) on PostgreSQL, with the
 * config template kept in deploy/temporal/config/cluster.yaml, then makes sure the application's namespace and
 * search attributes exist (the server binary has no auto-setup: that lives only in a deprecated docker image).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { NativeConnection } from '@temporalio/worker';
import { forwardLines, stopProcess, waitForTcp } from '@kc/devstack';
import { ensureSearchAttributes } from '../../apps/worker/src/search-attributes';
import type { PostgresServer } from './cluster-postgres';
import { repoRoot } from '@kc/config';
import type { TemporalDatabaseNames } from './temporal-databases';
import type { TemporalServerBinaries } from './temporal-server-binaries';

const HOST = '127.0.0.1';
const DEPLOY_DIR = join(repoRoot(), 'deploy', 'temporal');

/** The frontend's gRPC port; history, matching and worker listen on +1, +2 and +6 (membership likewise). */
export interface TemporalServerPorts {
  frontend: number;
  http: number;
  membership: number;
}

export interface TemporalServerOptions {
  binaries: TemporalServerBinaries;
  postgres: PostgresServer;
  databases: TemporalDatabaseNames;
  ports: TemporalServerPorts;
  namespace: string;
  /** Days a closed workflow's history is kept. */
  retentionDays?: number;
  log: (line: string) => void;
  startTimeoutMs?: number;
}

export interface TemporalServer {
  address: string;
  pid?: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

/** Every port the server listens on, for a check that they are free. */
export function serverPorts(ports: TemporalServerPorts): number[] {
  const offsets = [0, 1, 2, 6];
  return [ports.http, ...offsets.map((o) => ports.frontend + o), ...offsets.map((o) => ports.membership + o)];
}

export async function startTemporalServer(options: TemporalServerOptions): Promise<TemporalServer> {
  const { postgres, ports } = options;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KC_TEMPORAL_DB: options.databases.persistence,
    KC_TEMPORAL_VISIBILITY_DB: options.databases.visibility,
    KC_TEMPORAL_DB_ADDR: `${postgres.host}:${postgres.port}`,
    KC_TEMPORAL_DB_USER: postgres.user,
    KC_TEMPORAL_DB_PASSWORD: postgres.password,
    KC_TEMPORAL_PORT: String(ports.frontend),
    KC_TEMPORAL_HTTP_PORT: String(ports.http),
    KC_TEMPORAL_MEMBERSHIP_PORT: String(ports.membership),
    KC_TEMPORAL_DYNAMIC_CONFIG: join(DEPLOY_DIR, 'dynamicconfig', 'cluster.yaml'),
  };
  // No authorizer: the server listens on 127.0.0.1 only. A shared deployment puts mTLS and an authorizer in the
  // config instead (docs/OPERATIONS.md).
  const args = ['--root', DEPLOY_DIR, '--config', 'config', '--env', 'cluster', '--allow-no-auth', 'start'];
  // Own process group: a terminal Ctrl-C reaches only the orchestrator, which stops the server last.
  const child = spawn(options.binaries.server, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  forwardLines(child.stdout, options.log);
  forwardLines(child.stderr, options.log);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  const address = `${HOST}:${ports.frontend}`;
  const stop = () => stopProcess(child, 20000);
  try {
    await Promise.race([
      prepareNamespace(address, options),
      exited.then(({ code, signal }) => {
        throw new Error(`Temporal server exited during start-up (code ${code}, signal ${signal}); see its log`);
      }),
      new Promise((_, reject) =>
        child.once('error', (err) => reject(new Error(`could not run the server: ${err.message}`))),
      ),
    ]);
  } catch (err) {
    await stop();
    throw err;
  }
  return { address, pid: child.pid, exited, stop };
}

async function prepareNamespace(address: string, options: TemporalServerOptions): Promise<void> {
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  await waitForTcp(HOST, options.ports.frontend, timeoutMs);
  const connection = await retryUntil(deadline, 'the frontend to answer', async () => {
    const c = await Connection.connect({ address, connectTimeout: 2000 });
    try {
      await c.workflowService.getSystemInfo({});
      return c;
    } catch (err) {
      await c.close();
      throw err;
    }
  });
  try {
    await registerNamespace(connection, options.namespace, options.retentionDays ?? 30);
    // A new namespace reaches every service's cache within about 10 s; until then polls and starts are refused.
    await retryUntil(deadline, `namespace "${options.namespace}" to be usable`, () =>
      connection.workflowService.countWorkflowExecutions({ namespace: options.namespace }),
    );
  } finally {
    await connection.close();
  }
  const native = await NativeConnection.connect({ address });
  try {
    await ensureSearchAttributes(native, options.namespace);
  } finally {
    await native.close();
  }
}

async function registerNamespace(connection: Connection, namespace: string, retentionDays: number): Promise<void> {
  try {
    await connection.workflowService.registerNamespace({
      namespace,
      workflowExecutionRetentionPeriod: msToTs(`${retentionDays} days`),
    });
  } catch (err) {
    if (!/already exists/i.test(String((err as Error).message))) throw err;
  }
}

async function retryUntil<T>(deadline: number, what: string, attempt: () => Promise<T>): Promise<T> {
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      await new Promise((done) => setTimeout(done, 500));
    }
  }
  throw new Error(
    `Temporal server: gave up waiting for ${what}: ${lastError instanceof Error ? lastError.message : lastError}`,
  );
}
