/**
 * Observability over HTTP: /api/metrics carries the named series after a login, an action and a refused
 * action; the probes answer; each request writes one JSON line with its request id and user.
 */
import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { createApiApp } from '../../apps/api/src/create-app';
import { ensureDemoUsers } from '../../scripts/demo-users';
import { ApiClient } from '../support/api-harness';
import { WorkerHarness, startWorkerHarness } from '../support/worker-harness';
import { uniqueTaskQueue } from '../support/test-env';
import { eventually } from '../support/eventually';

const newProject = {
  scope: 'LOCAL',
  provinceCode: 'HN',
  category: 'MACHINERY',
  title: 'Đề án kiểm tra số liệu vận hành',
  implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
  beneficiary: 'HTX Kiểm Thử',
  totalCostVnd: 450000000,
  requestedSupportVnd: 135000000,
  plannedStart: '2026-03-01',
  plannedEnd: '2026-11-30',
};

let worker: WorkerHarness;
const apps: INestApplication[] = [];
const lines: Array<Record<string, any>> = [];

/** An app on a free port whose JSON log lines land in `lines`. */
async function startApp(env: Record<string, string> = {}): Promise<string> {
  const app = await createApiApp({
    logger: false,
    logDestination: { write: (line: string) => lines.push(JSON.parse(line)) },
    env,
  });
  await app.listen(0, '127.0.0.1');
  apps.push(app);
  return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
}

async function scrape(baseUrl: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl}/metrics`, { headers });
  return { status: res.status, contentType: res.headers.get('content-type'), text: await res.text() };
}

/** The value of one sample line, e.g. `kc_actions_total{action="submit",outcome="performed"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

let baseUrl: string;

beforeAll(async () => {
  worker = await startWorkerHarness(uniqueTaskQueue('observability'));
  await ensureDemoUsers(worker.dataSource);
  process.env.TEMPORAL_TASK_QUEUE = worker.taskQueue;
  baseUrl = await startApp();
});

afterAll(async () => {
  for (const app of apps) await app.close();
  await worker?.stop();
});

describe('GET /api/metrics', () => {
  it('counts a performed and a refused action, and times requests by route pattern', async () => {
    const officer = await ApiClient.login(baseUrl, 'officer.hn@demo.local');
    const approver = await ApiClient.login(baseUrl, 'approver.hn@demo.local');
    const created = await officer.post('/projects', newProject);
    expect(created.status).toBe(201);
    // The approver may not submit: a refused action; then the officer submits.
    expect((await approver.post(`/projects/${created.body.id}/actions`, { action: 'submit' })).status).toBe(403);
    expect((await officer.post(`/projects/${created.body.id}/actions`, { action: 'submit' })).status).toBe(200);

    const { status, contentType, text } = await scrape(baseUrl);
    expect(status).toBe(200);
    expect(contentType).toMatch(/^text\/plain/);
    expect(sample(text, 'kc_actions_total{action="create_project",outcome="performed"}')).toBe(1);
    expect(sample(text, 'kc_actions_total{action="submit",outcome="performed"}')).toBe(1);
    expect(sample(text, 'kc_actions_total{action="submit",outcome="forbidden"}')).toBe(1);
    expect(
      sample(text, 'kc_http_request_duration_seconds_count{method="POST",route="/api/auth/login",status="200"}'),
    ).toBe(2);
    expect(
      sample(
        text,
        'kc_http_request_duration_seconds_count{method="POST",route="/api/projects/:id/actions",status="403"}',
      ),
    ).toBe(1);
    // Read-model gauges: the families are there even when every queue is empty.
    expect(sample(text, 'kc_read_model_up')).toBe(1);
    for (const family of ['kc_escalations_open', 'kc_queue_size', 'kc_notifications']) {
      expect(text).toContain(`# TYPE ${family} gauge`);
    }
  });

  it('reports open escalations and queue sizes by province from the read model', async () => {
    const app = await startApp(); // a fresh app: its 15-second snapshot cache is empty
    const project = await worker.dataSource.query(`SELECT id FROM projects WHERE province_code = 'HN' LIMIT 1`);
    await worker.dataSource.query(
      `INSERT INTO escalations (id, idempotency_key, project_id, province_code, reason, stalled_state, level, due_at, status, opened_at)
       VALUES (gen_random_uuid(), 'observability-' || gen_random_uuid(), $1, 'HN', 'STALLED', 'DRAFT', 2, now(), 'OPEN', now())`,
      [project[0].id],
    );
    const { text } = await scrape(app);
    expect(sample(text, 'kc_escalations_open{level="2",status="OPEN"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'kc_queue_size{queue="escalations",province="HN"}')).toBeGreaterThanOrEqual(1);
  });

  it('wants the bearer token when METRICS_TOKEN is set', async () => {
    const guarded = await startApp({ METRICS_TOKEN: 'scrape-secret-0123456789' });
    const refused = await scrape(guarded);
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.text)).toMatchObject({
      statusCode: 401,
      message: expect.stringMatching(/METRICS_TOKEN/),
    });
    expect((await scrape(guarded, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await scrape(guarded, { authorization: 'Bearer scrape-secret-0123456789' })).status).toBe(200);
  });
});

describe('probes', () => {
  it('GET /api/livez answers 200 without asking the dependencies', async () => {
    const res = await fetch(`${baseUrl}/livez`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'up' });
  });

  it('GET /api/readyz answers 200 when PostgreSQL and Temporal answer', async () => {
    const res = await fetch(`${baseUrl}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'up',
      components: { postgres: { status: 'up' }, temporal: { status: 'up' } },
    });
  });
});

describe('readiness while shutting down', () => {
  it('GET /api/readyz answers 503 during the drain delay after shutdown begins, then the listener closes', async () => {
    process.env.API_DRAIN_DELAY_SECONDS = '2';
    let draining: string;
    try {
      draining = await startApp();
    } finally {
      delete process.env.API_DRAIN_DELAY_SECONDS;
    }
    const app = apps.pop()!;
    expect((await fetch(`${draining}/readyz`)).status).toBe(200);
    const closing = app.close(); // what SIGTERM does through enableShutdownHooks
    // The flag is set once Nest reaches its before-shutdown hooks; the listener stays open for the delay.
    const res = await eventually(async () => {
      const answer = await fetch(`${draining}/readyz`);
      expect(answer.status).toBe(503);
      return answer;
    });
    expect(await res.json()).toMatchObject({ statusCode: 503, message: expect.stringContaining('shutting down') });
    expect((await fetch(`${draining}/livez`)).status).toBe(200);
    await closing;
    await expect(fetch(`${draining}/livez`)).rejects.toThrow();
  });
});

describe('request log', () => {
  it('writes one JSON line per request with the request id, route, user and project', async () => {
    const login = await fetch(`${baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'officer.hn@demo.local', password: 'demo1234' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const created = await new ApiClient(baseUrl, accessToken).post('/projects', newProject);
    const requestId = `obs-${Date.now()}`;
    const res = await fetch(`${baseUrl}/projects/${created.body.code}`, {
      headers: { authorization: `Bearer ${accessToken}`, 'x-request-id': requestId },
    });
    expect(res.status).toBe(200);
    const line = lines.find((l) => l.requestId === requestId);
    expect(line).toMatchObject({
      level: 'info',
      service: 'api',
      msg: 'request',
      method: 'GET',
      route: '/api/projects/:id',
      status: 200,
      user: { email: 'officer.hn@demo.local', role: 'officer', id: expect.any(String) },
      projectCode: created.body.code,
    });
    expect(line!.durationMs).toEqual(expect.any(Number));
    expect(line!.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
