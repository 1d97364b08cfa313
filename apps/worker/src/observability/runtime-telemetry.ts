import { DefaultLogger, LogEntry, LogLevel, Runtime } from '@temporalio/worker';
import type { Logger, WorkerObservabilityConfig } from '@kc/config';

const PINO_LEVEL: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

const SDK_LEVEL: Record<string, LogLevel> = {
  trace: 'TRACE',
  debug: 'DEBUG',
  info: 'INFO',
  warn: 'WARN',
  error: 'ERROR',
  fatal: 'ERROR',
  silent: 'ERROR',
};

/** Project workflows are `project-<code>` (workflowIdForProject), so every line about one names its project. */
export function projectCodeOfWorkflow(workflowId: unknown): string | undefined {
  return typeof workflowId === 'string' && workflowId.startsWith('project-') ? workflowId.slice(8) : undefined;
}

/** An SDK log entry as one pino line: the SDK's metadata (workflowId, runId, activityType, taskQueue...) kept. */
export function forwardSdkLog(logger: Logger, entry: LogEntry): void {
  // A task token completes the activity on anyone's behalf: it stays out of the logs.
  const meta = { ...entry.meta };
  delete meta.taskToken;
  const projectCode = projectCodeOfWorkflow(meta.workflowId);
  logger[PINO_LEVEL[entry.level]](
    { ...meta, ...(projectCode ? { projectCode } : {}), origin: 'temporal-sdk' },
    entry.message,
  );
}

/**
 * Installs the Temporal Runtime before any connection is made: the SDK's own lines and the workflows' and
 * activities' context loggers go to pino, and, when WORKER_METRICS_PORT is set, Core serves its worker and
 * connection metrics (`temporal_*`) for Prometheus at http://<host>:<port>/metrics.
 */
export function installRuntimeTelemetry(logger: Logger, config: WorkerObservabilityConfig): void {
  Runtime.install({
    logger: new DefaultLogger(SDK_LEVEL[logger.level] ?? 'INFO', (entry) => forwardSdkLog(logger, entry)),
    telemetryOptions: {
      logging: { filter: { core: 'WARN', other: 'ERROR' }, forward: {} },
      ...(config.sdkMetricsPort
        ? { metrics: { prometheus: { bindAddress: `${config.host}:${config.sdkMetricsPort}` } } }
        : {}),
    },
  });
}
