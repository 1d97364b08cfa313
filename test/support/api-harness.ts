import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { createApiApp } from '../../apps/api/src/create-app';
import { ensureDemoUsers } from '../../scripts/demo-users';
import { WorkerHarness, startWorkerHarness } from './worker-harness';
import { uniqueTaskQueue } from './test-env';

export interface ApiHarness {
  baseUrl: string;
  worker: WorkerHarness;
  stop(): Promise<void>;
}

/** The real HTTP API on a free port, with a real worker on its own task queue, and the demo users present. */
export async function startApiHarness(
  options: { smtpUrl?: string; env?: Record<string, string> } = {},
): Promise<ApiHarness> {
  const worker = await startWorkerHarness(uniqueTaskQueue('api'), options);
  await ensureDemoUsers(worker.dataSource);
  process.env.TEMPORAL_TASK_QUEUE = worker.taskQueue;
  const app: INestApplication = await createApiApp({ logger: false, env: options.env });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api`,
    worker,
    async stop() {
      await app.close();
      await worker.stop();
    },
  };
}

export interface HttpResult<T = any> {
  status: number;
  body: T;
}

/** A small JSON client for the API under test. */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    readonly token?: string,
  ) {}

  static async login(baseUrl: string, email: string, password = 'demo1234'): Promise<ApiClient> {
    const res = await new ApiClient(baseUrl).post('/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return new ApiClient(baseUrl, res.body.accessToken);
  }

  get<T = any>(path: string): Promise<HttpResult<T>> {
    return this.request('GET', path);
  }

  post<T = any>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    return this.request('POST', path, typeof body === 'string' ? body : JSON.stringify(body), headers);
  }

  put<T = any>(path: string, body: unknown): Promise<HttpResult<T>> {
    return this.request('PUT', path, JSON.stringify(body));
  }

  patch<T = any>(path: string, body: unknown): Promise<HttpResult<T>> {
    return this.request('PATCH', path, JSON.stringify(body));
  }

  delete<T = any>(path: string): Promise<HttpResult<T>> {
    return this.request('DELETE', path);
  }

  private async request<T>(
    method: string,
    path: string,
    body?: string,
    extraHeaders: Record<string, string> = {},
  ): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }
}
