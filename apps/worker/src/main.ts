import 'reflect-metadata';
import { getHeapStatistics } from 'node:v8';
import { NativeConnection, Worker } from '@temporalio/worker';
import { Client, Connection } from '@temporalio/client';
import {
  ConfigError,
  createLogger,
  describeTemporalConnection,
  loadDatabaseConfig,
  loadLogLevel,
  loadPublicUrl,
  loadTemporalConfig,
  describeWorkerSizing,
  loadWorkerObservabilityConfig,
  loadWorkerSizing,
  readPositiveInt,
  startedWithWorkflowThreadPreload,
} from '@kc/config';
import { SmtpMailer, loadMailConfig } from '@kc/notifications';
import { createDataSource } from '@kc/persistence';
import { createProjectWorker } from './project-worker';
import { ensureSearchAttributes } from './search-attributes';
import { ensureNineMonthReviewSchedule } from './review-schedule';
import { ensureLocalPlanCalendars, ensurePlanCalendars } from './plan-calendar-start';
import { ensurePeriodicReports } from './periodic-reports-start';
import { startHealthServer } from './observability/health-server';
import { installRuntimeTelemetry } from './observability/runtime-telemetry';
import { CountingMailer, WorkerMetrics } from './observability/worker-metrics';

const logger = createLogger('worker', 'info');

async function main(): Promise<void> {
  // Every setting is read and checked before anything connects: a bad one stops the worker naming it.
  const db = loadDatabaseConfig();
  const temporalConfig = loadTemporalConfig();
  const mailConfig = loadMailConfig();
  const publicUrl = loadPublicUrl();
  const shutdownGraceSeconds = readPositiveInt(process.env, 'WORKER_SHUTDOWN_GRACE_SECONDS', 10);
  const observability = loadWorkerObservabilityConfig();
  const sizing = loadWorkerSizing();
  logger.level = loadLogLevel();

  installRuntimeTelemetry(logger, observability);
  const metrics = new WorkerMetrics();
  let worker: Worker | undefined;
  const health = observability.healthPort
    ? await startHealthServer({
        host: observability.host,
        port: observability.healthPort,
        registry: metrics.registry,
        workerState: () => worker?.getState(),
      })
    : undefined;

  const mailer = new CountingMailer(new SmtpMailer(mailConfig), metrics.noticesSent);
  const dataSource = createDataSource(db.url, db.poolSize, db.ssl);
  await dataSource.initialize();
  const connection = await NativeConnection.connect(temporalConfig.connection);
  try {
    await ensureSearchAttributes(connection, temporalConfig.namespace);
    const clientConnection = await Connection.connect(temporalConfig.connection);
    const client = new Client({ connection: clientConnection, namespace: temporalConfig.namespace });
    await ensureNineMonthReviewSchedule(client, temporalConfig.taskQueue);
    await ensurePlanCalendars(client, temporalConfig.taskQueue);
    await ensureLocalPlanCalendars(client, temporalConfig.taskQueue);
    await ensurePeriodicReports(client, temporalConfig.taskQueue);
    await clientConnection.close();
    worker = await createProjectWorker({
      connection,
      namespace: temporalConfig.namespace,
      taskQueue: temporalConfig.taskQueue,
      dataSource,
      mailer,
      publicUrl,
      shutdownGraceSeconds,
      sizing,
    });
    logger.info(
      {
        taskQueue: temporalConfig.taskQueue,
        namespace: temporalConfig.namespace,
        temporal: describeTemporalConnection(temporalConfig.connection),
        healthPort: health?.port,
        sdkMetricsPort: observability.sdkMetricsPort,
        sizing: describeWorkerSizing(sizing),
        // Off when started with the preload (workerNodeArgs), as every script here starts it.
        workflowStackCapture: startedWithWorkflowThreadPreload() ? 'off' : 'on',
        heapLimitMiB: Math.round(getHeapStatistics().heap_size_limit / 1024 / 1024),
      },
      `Worker ready: task queue "${temporalConfig.taskQueue}", namespace "${temporalConfig.namespace}", Temporal ${temporalConfig.address}`,
    );
    // Resolves after SIGINT/SIGTERM, once in-flight tasks have finished (shutdownGraceTime).
    await worker.run();
  } finally {
    mailer.close();
    await connection.close();
    await dataSource.destroy();
    health?.close();
  }
}

main().catch((err) => {
  // A bad setting is said in one line; anything else keeps its stack.
  const fields = err instanceof ConfigError ? {} : { err };
  logger.fatal(fields, `Worker stopped on error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
