import { ConfigError, Env, readOptional, readOptionalPort } from './env';

export interface WorkerObservabilityConfig {
  /** Serves /livez, /readyz and the worker's own /metrics; unset or 0: off. */
  healthPort?: number;
  /** The Temporal SDK's Prometheus exporter (worker and connection metrics, `temporal_*`); unset or 0: off. */
  sdkMetricsPort?: number;
  /** Interface both listen on. */
  host: string;
}

export function loadWorkerObservabilityConfig(env: Env = process.env): WorkerObservabilityConfig {
  return {
    healthPort: readOptionalPort(env, 'WORKER_HEALTH_PORT'),
    sdkMetricsPort: readOptionalPort(env, 'WORKER_METRICS_PORT'),
    host: readOptional(env, 'WORKER_HEALTH_HOST') ?? '127.0.0.1',
  };
}

/** METRICS_TOKEN (or METRICS_TOKEN_FILE): when set, GET /api/metrics wants `Authorization: Bearer <token>`. */
export function loadMetricsToken(env: Env = process.env): string | undefined {
  return readOptional(env, 'METRICS_TOKEN');
}

/** API_DRAIN_DELAY_SECONDS: after SIGTERM, how long /api/readyz answers 503 before the listener closes (default 0). */
export function loadDrainDelaySeconds(env: Env = process.env): number {
  const raw = readOptional(env, 'API_DRAIN_DELAY_SECONDS');
  if (raw === undefined) return 0;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 300) {
    throw new ConfigError('API_DRAIN_DELAY_SECONDS', `must be a whole number of seconds from 0 to 300, got "${raw}"`);
  }
  return seconds;
}
