import 'reflect-metadata';
import { NativeConnection } from '@temporalio/worker';
import { Client, Connection } from '@temporalio/client';
import { loadDatabaseConfig, loadPublicUrl, loadTemporalConfig, readPositiveInt } from '@kc/config';
import { SmtpMailer, loadMailConfig } from '@kc/notifications';
import { createDataSource } from '@kc/persistence';
import { createProjectWorker } from './project-worker';
import { ensureSearchAttributes } from './search-attributes';
import { ensureNineMonthReviewSchedule } from './review-schedule';

async function main(): Promise<void> {
  const db = loadDatabaseConfig();
  const temporalConfig = loadTemporalConfig();
  const shutdownGraceSeconds = readPositiveInt(process.env, 'WORKER_SHUTDOWN_GRACE_SECONDS', 10);
  const mailer = new SmtpMailer(loadMailConfig());
  const dataSource = createDataSource(db.url, db.poolSize);
  await dataSource.initialize();
  const connection = await NativeConnection.connect({ address: temporalConfig.address });
  try {
    await ensureSearchAttributes(connection, temporalConfig.namespace);
    const clientConnection = await Connection.connect({ address: temporalConfig.address });
    await ensureNineMonthReviewSchedule(
      new Client({ connection: clientConnection, namespace: temporalConfig.namespace }),
      temporalConfig.taskQueue,
    );
    await clientConnection.close();
    const worker = await createProjectWorker({
      connection,
      namespace: temporalConfig.namespace,
      taskQueue: temporalConfig.taskQueue,
      dataSource,
      mailer,
      publicUrl: loadPublicUrl(),
      shutdownGraceSeconds,
    });
    console.log(
      `Worker ready: task queue "${temporalConfig.taskQueue}", namespace "${temporalConfig.namespace}", Temporal ${temporalConfig.address}`,
    );
    // Resolves after SIGINT/SIGTERM, once in-flight tasks have finished (shutdownGraceTime).
    await worker.run();
  } finally {
    mailer.close();
    await connection.close();
    await dataSource.destroy();
  }
}

main().catch((err) => {
  console.error('Worker stopped on error:', err instanceof Error ? err.message : err);
  process.exit(1);
});
