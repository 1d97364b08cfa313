import 'reflect-metadata';
import { NativeConnection } from '@temporalio/worker';
import { loadDatabaseConfig, loadTemporalConfig } from '@kc/config';
import { createDataSource } from '@kc/persistence';
import { createProjectWorker } from './project-worker';
import { ensureSearchAttributes } from './search-attributes';

async function main(): Promise<void> {
  const db = loadDatabaseConfig();
  const temporalConfig = loadTemporalConfig();
  const dataSource = createDataSource(db.url, db.poolSize);
  await dataSource.initialize();
  const connection = await NativeConnection.connect({ address: temporalConfig.address });
  try {
    await ensureSearchAttributes(connection, temporalConfig.namespace);
    const worker = await createProjectWorker({
      connection,
      namespace: temporalConfig.namespace,
      taskQueue: temporalConfig.taskQueue,
      dataSource,
    });
    console.log(
      `Worker ready: task queue "${temporalConfig.taskQueue}", namespace "${temporalConfig.namespace}", Temporal ${temporalConfig.address}`,
    );
    // Resolves after SIGINT/SIGTERM, once in-flight tasks have finished (shutdownGraceTime).
    await worker.run();
  } finally {
    await connection.close();
    await dataSource.destroy();
  }
}

main().catch((err) => {
  console.error('Worker stopped on error:', err instanceof Error ? err.message : err);
  process.exit(1);
});
