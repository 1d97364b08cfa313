/**
 * The audit log records guard refusals (401 no or bad token, 403 a role refused, 429 a rate limit) and idempotent
 * replays (issue 12), each as one row found by the request id the API answered with; and an action, applied or refused.
 */
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { createApiApp } from '../../apps/api/src/create-app';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { newProjectRequest } from '../support/request-bodies';

let api: ApiHarness;
const extraApps: INestApplication[] = [];

interface AuditRow {
  route: string;
  statusCode: number;
  actorEmail: string | null;
  details: Record<string, unknown>;
}

async function send(baseUrl: string, method: string, path: string, token?: string, body?: unknown, extra = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, requestId: res.headers.get('x-request-id')!, body: text ? JSON.parse(text) : undefined };
}

async function rowsOf(requestId: string): Promise<AuditRow[]> {
  return api.worker.dataSource.query(
    `SELECT route, status_code AS "statusCode", actor_email AS "actorEmail", details FROM audit_log
      WHERE request_id = $1 ORDER BY id`,
    [requestId],
  );
}

async function tokenOf(baseUrl: string, email: string): Promise<string> {
  return (await send(baseUrl, 'POST', '/auth/login', undefined, { email, password: 'demo1234' })).body.accessToken;
}

beforeAll(async () => {
  api = await startApiHarness();
});

afterAll(async () => {
  for (const app of extraApps) await app.close();
  await api?.stop();
});

it('records a request refused for want of a token (401), and for a forged one', async () => {
  const none = await send(api.baseUrl, 'GET', '/projects');
  expect(none.status).toBe(401);
  expect(await rowsOf(none.requestId)).toEqual([
    { route: 'GET /api/projects', statusCode: 401, actorEmail: null, details: { refused: 'UNAUTHENTICATED' } },
  ]);
  const forged = await send(api.baseUrl, 'POST', '/projects', 'eyJhbGciOiJub25lIn0.e30.', {});
  expect(forged.status).toBe(401);
  expect(await rowsOf(forged.requestId)).toHaveLength(1);
});

it('records a read refused to a role (403) with who asked', async () => {
  const officer = await tokenOf(api.baseUrl, 'officer.hn@demo.local');
  const res = await send(api.baseUrl, 'GET', '/audit', officer);
  expect(res.status).toBe(403);
  expect(await rowsOf(res.requestId)).toEqual([
    {
      route: 'GET /api/audit',
      statusCode: 403,
      actorEmail: 'officer.hn@demo.local',
      details: { refused: 'FORBIDDEN' },
    },
  ]);
});

it('records a rate-limited request (429), once', async () => {
  const app = await createApiApp({
    logger: false,
    env: { RATE_LIMIT_LOGIN: '1', RATE_LIMIT_LOGIN_WINDOW_SECONDS: '60' },
  });
  extraApps.push(app);
  await app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
  await send(baseUrl, 'POST', '/auth/login', undefined, { email: 'officer.hn@demo.local', password: 'demo1234' });
  const limited = await send(baseUrl, 'POST', '/auth/login', undefined, {
    email: 'officer.hn@demo.local',
    password: 'demo1234',
  });
  expect(limited.status).toBe(429);
  expect(await rowsOf(limited.requestId)).toEqual([
    { route: 'POST /api/auth/login', statusCode: 429, actorEmail: null, details: { refused: 'TOO_MANY_REQUESTS' } },
  ]);
});

it('records an idempotent replay as its own row, marked as a replay', async () => {
  const officer = await tokenOf(api.baseUrl, 'officer.hn@demo.local');
  const key = { 'idempotency-key': `audit-${randomUUID()}` };
  const body = {
    scope: 'LOCAL',
    provinceCode: 'HN',
    category: 'MACHINERY',
    title: 'Đề án thử nhật ký phát lại',
    implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
    beneficiary: 'HTX Chè Tân Cương',
    totalCostVnd: 450000000,
    requestedSupportVnd: 135000000,
    plannedStart: '2026-03-01',
    plannedEnd: '2027-11-30',
  };
  const first = await send(api.baseUrl, 'POST', '/projects', officer, body, key);
  const replay = await send(api.baseUrl, 'POST', '/projects', officer, body, key);
  expect([first.status, replay.status]).toEqual([201, 201]);
  expect((await rowsOf(first.requestId)).map((r) => r.details)).toEqual([{}]);
  expect(await rowsOf(replay.requestId)).toEqual([
    {
      route: 'POST /api/projects',
      statusCode: 201,
      actorEmail: 'officer.hn@demo.local',
      details: { idempotentReplay: true },
    },
  ]);
});

it('records an applied action once, written before its answer left (beside its page’s read), and a refused one with its refusal', async () => {
  const officer = await tokenOf(api.baseUrl, 'officer.hn@demo.local');
  const created = await send(
    api.baseUrl,
    'POST',
    '/projects',
    officer,
    newProjectRequest('Đề án thử nhật ký thao tác'),
  );
  expect(created.status).toBe(201);
  const path = `/projects/${created.body.id}/actions`;
  const submitted = await send(api.baseUrl, 'POST', path, officer, { action: 'submit' });
  expect(submitted.status).toBe(200);
  expect(await rowsOf(submitted.requestId)).toEqual([
    {
      route: 'POST /api/projects/:id/actions',
      statusCode: 200,
      actorEmail: 'officer.hn@demo.local',
      details: { action: 'submit' },
    },
  ]);
  const again = await send(api.baseUrl, 'POST', path, officer, { action: 'submit' });
  expect(again.status).toBe(409);
  expect(await rowsOf(again.requestId)).toEqual([
    {
      route: 'POST /api/projects/:id/actions',
      statusCode: 409,
      actorEmail: 'officer.hn@demo.local',
      details: { action: 'submit', error: again.body.error },
    },
  ]);
});
