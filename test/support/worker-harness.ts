import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { createDataSource } from '@kc/persistence';
import { SmtpMailer } from '@kc/notifications';
import { createProjectWorker } from '../../apps/worker/src/project-worker';
import { testEnv } from './test-env';

export interface WorkerHarness {
  client: Client;
  dataSource: DataSource;
  taskQueue: string;
  stop(): Promise<void>;
}

/** A real worker (prebuilt bundle, real activities, real PostgreSQL) on its own task queue, in this process. */
export async function startWorkerHarness(
  taskQueue: string,
  options: {
    smtpUrl?: string;
    /** Another bundle than dist/workflow-bundle.js (an earlier release's). */ workflowBundlePath?: string;
  } = {},
): Promise<WorkerHarness> {
  installQuietRuntime();
  const env = testEnv();
  const dataSource = await createDataSource(env.databaseUrl, 4).initialize();
  const nativeConnection = await NativeConnection.connect({ address: env.temporalAddress });
  const mailer = new SmtpMailer({
    smtpUrl: options.smtpUrl ?? env.smtpUrl,
    from: 'KhuyenCong Flow <test@khuyencong.local>',
  });
  const worker: Worker = await createProjectWorker({
    connection: nativeConnection,
    namespace: env.namespace,
    taskQueue,
    dataSource,
    mailer,
    publicUrl: 'http://127.0.0.1:3000',
    workflowBundlePath: options.workflowBundlePath,
  });
  const running = worker.run();
  const connection = await Connection.connect({ address: env.temporalAddress });
  const client = new Client({ connection, namespace: env.namespace });
  return {
    client,
    dataSource,
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
      mailer.close();
      await connection.close();
      await nativeConnection.close();
      await dataSource.destroy();
    },
  };
}

let runtimeInstalled = false;

/** The SDK's INFO lines about worker states drown the test output; keep warnings and errors. */
function installQuietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // Already installed by an earlier test file in this process.
  }
}
