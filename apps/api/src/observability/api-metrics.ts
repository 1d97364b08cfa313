import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The API's Prometheus series, on a registry of its own (several apps may share a process in tests). */
export class ApiMetrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'kc_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly actions = new Counter({
    name: 'kc_actions_total',
    help: 'Actions asked of the API (lifecycle actions, reports, deadline moves, escalations) by type and outcome',
    labelNames: ['action', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    // Process metrics (CPU, memory, event loop lag) only for the real process: tests build many apps.
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'kc_api_' });
  }
}
