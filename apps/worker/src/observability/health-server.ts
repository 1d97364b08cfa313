import { Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

export type WorkerState = 'INITIALIZED' | 'RUNNING' | 'STOPPED' | 'STOPPING' | 'DRAINING' | 'DRAINED' | 'FAILED';

export interface HealthServerOptions {
  host: string;
  port: number;
  registry: Registry;
  /** The worker's state (worker.getState()), or undefined before the worker exists. */
  workerState: () => WorkerState | undefined;
}

function answer(res: import('node:http').ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/**
 * A few-route HTTP server for Kubernetes probes and Prometheus: GET /livez (the process answers), GET /readyz
 * (200 only while the worker is RUNNING: polling its task queue), GET /metrics (the worker's own series).
 * The worker serves no other HTTP.
 */
export async function startHealthServer(options: HealthServerOptions): Promise<Server & { port: number }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET') return answer(res, 405, { statusCode: 405, message: 'Chỉ nhận GET / GET only' });
    if (path === '/livez') return answer(res, 200, { status: 'up' });
    if (path === '/readyz') {
      const state = options.workerState() ?? 'INITIALIZED';
      return state === 'RUNNING'
        ? answer(res, 200, { status: 'up', worker: state })
        : answer(res, 503, {
            status: 'down',
            worker: state,
            message: `Worker chưa sẵn sàng (trạng thái ${state}) / the worker is not polling (state ${state})`,
          });
    }
    if (path === '/metrics') {
      options.registry
        .metrics()
        .then((text) => res.writeHead(200, { 'content-type': options.registry.contentType }).end(text))
        .catch((err: Error) => answer(res, 500, { statusCode: 500, message: err.message }));
      return;
    }
    answer(res, 404, { statusCode: 404, message: 'Không có / not found: /livez, /readyz, /metrics' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return Object.assign(server, { port: (server.address() as AddressInfo).port });
}
