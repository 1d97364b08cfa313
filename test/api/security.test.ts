/**
 * Login hardening, rate limits, HTTP security headers, CORS, request ids and the append-only audit log, on the
 * real API with a real worker and PostgreSQL. Each app here is built with its own strict settings.
 */
import { INestApplication } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { EscalationRepository } from '@kc/persistence';
import { createApiApp } from '../../apps/api/src/create-app';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { TEN_MINUTE_REPORT_POLICY, approvalDecision, todayInVietnam } from '../support/request-bodies';

const ALLOWED_ORIGIN = 'https://kc.example.vn';
const WEB_INDEX = join(__dirname, '..', '..', 'dist', 'web', 'index.html');

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

interface SendOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

async function send(baseUrl: string, method: string, path: string, options: SendOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // HTML or empty: kept as text
  }
  return { status: res.status, headers: res.headers, body };
}

const loginBody = (email: string, password = 'demo1234') => ({ email, password });

async function startApp(env: Record<string, string>): Promise<{ app: INestApplication; baseUrl: string }> {
  const app = await createApiApp({ logger: false, env });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}/api` };
}

let api: ApiHarness;
const tokens: Record<string, string> = {};
const extraApps: INestApplication[] = [];

async function tokenOf(email: string): Promise<string> {
  const res = await send(api.baseUrl, 'POST', '/auth/login', { body: loginBody(email) });
  expect(res.status).toBe(200);
  return res.body.accessToken;
}

beforeAll(async () => {
  api = await startApiHarness({
    env: {
      LOGIN_LOCKOUT_AFTER_FAILURES: '2',
      LOGIN_LOCKOUT_BASE_SECONDS: '2',
      LOGIN_LOCKOUT_MAX_SECONDS: '8',
      CORS_ORIGIN: ALLOWED_ORIGIN,
    },
  });
  for (const who of ['officer.hn', 'approver.hn', 'unit.hn', 'supervisor.hn', 'admin']) {
    tokens[who] = await tokenOf(`${who}@demo.local`);
  }
});

afterAll(async () => {
  for (const app of extraApps) await app.close();
  await api?.stop();
});

describe('login lockout (after 2 wrong passwords: 2 s, then 4 s, 8 s at most)', () => {
  const account = 'officer.bn@demo.local';
  const login = (password: string) => send(api.baseUrl, 'POST', '/auth/login', { body: loginBody(account, password) });

  it('locks the account with a delay that grows at each further failure, and a good login clears it', async () => {
    expect((await login('wrong-1')).status).toBe(401);
    expect((await login('wrong-2')).status).toBe(401); // the second failure starts a 2 s lock

    const locked = await login('demo1234'); // even the right password waits: it is not checked while locked
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ statusCode: 429, error: 'TOO_MANY_REQUESTS' });
    expect(locked.body.message).toMatch(/^Tài khoản tạm khóa .* \/ too many failed logins/);
    const firstWait = Number(locked.headers.get('retry-after'));
    expect(firstWait).toBeGreaterThanOrEqual(1);
    expect(firstWait).toBeLessThanOrEqual(2);

    // Another account is not affected.
    expect((await send(api.baseUrl, 'POST', '/auth/login', { body: loginBody('approver.bn@demo.local') })).status).toBe(
      200,
    );

    // Once the lock has passed, one more wrong password locks it for twice as long.
    await eventually(async () => expect((await login('wrong-3')).status).toBe(401), 10_000, 250);
    const lockedAgain = await login('demo1234');
    expect(lockedAgain.status).toBe(429);
    expect(Number(lockedAgain.headers.get('retry-after'))).toBeGreaterThan(firstWait);

    // The right password after the lock logs in and clears the streak: one failure then does not lock.
    await eventually(async () => expect((await login('demo1234')).status).toBe(200), 15_000, 250);
    expect((await login('wrong-4')).status).toBe(401);
    expect((await login('demo1234')).status).toBe(200);
  });

  it('never locks repeated successful logins', async () => {
    for (let i = 0; i < 12; i += 1) {
      expect(
        (await send(api.baseUrl, 'POST', '/auth/login', { body: loginBody('officer.hn@demo.local') })).status,
      ).toBe(200);
    }
  });
});

describe('tokens expire', () => {
  it('refuses a token after its configured lifetime (JWT_TTL_SECONDS=2) with 401', async () => {
    const short = await startApp({ JWT_TTL_SECONDS: '2' });
    extraApps.push(short.app);
    const login = await send(short.baseUrl, 'POST', '/auth/login', { body: loginBody('officer.hn@demo.local') });
    expect(login.body.expiresIn).toBe(2);
    const token = login.body.accessToken as string;
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(2);
    expect((await send(short.baseUrl, 'GET', '/provinces', { token })).status).toBe(200);
    const expired = await eventually(
      async () => {
        const res = await send(short.baseUrl, 'GET', '/provinces', { token });
        expect(res.status).toBe(401);
        return res;
      },
      10_000,
      250,
    );
    expect(expired.body.message).toContain('hết hạn');
  });
});

describe('rate limits (3 logins per address, 3 writes per user, per minute)', () => {
  let strict: { app: INestApplication; baseUrl: string };

  beforeAll(async () => {
    strict = await startApp({ RATE_LIMIT_LOGIN: '3', RATE_LIMIT_WRITE: '3' });
    extraApps.push(strict.app);
  });

  it('answers the fourth login from one address with 429, a bilingual message and Retry-After', async () => {
    for (const email of ['admin@demo.local', 'officer.hn@demo.local', 'unit.hn@demo.local']) {
      expect((await send(strict.baseUrl, 'POST', '/auth/login', { body: loginBody(email) })).status).toBe(200);
    }
    const refused = await send(strict.baseUrl, 'POST', '/auth/login', { body: loginBody('approver.hn@demo.local') });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ statusCode: 429, error: 'TOO_MANY_REQUESTS' });
    expect(refused.body.message).toMatch(/^Quá nhiều yêu cầu, vui lòng thử lại sau \d+ giây \/ too many requests/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('answers a user’s fourth write with 429 and Retry-After; another user and reads go on', async () => {
    const calendar = { extraDaysOff: [], makeUpWorkdays: [] };
    for (let i = 0; i < 3; i += 1) {
      const res = await send(strict.baseUrl, 'PUT', '/admin/calendar/2099', { token: tokens.admin, body: calendar });
      expect(res.status).toBe(200);
    }
    const refused = await send(strict.baseUrl, 'PUT', '/admin/calendar/2099', { token: tokens.admin, body: calendar });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // The count is per user, across every write route: the officer still writes (an invalid body: 400, not 429).
    const other = await send(strict.baseUrl, 'POST', '/projects', { token: tokens['officer.hn'], body: {} });
    expect(other.status).toBe(400);
    expect((await send(strict.baseUrl, 'GET', '/admin/deadline-policies', { token: tokens.admin })).status).toBe(200);
  });
});

describe('HTTP security headers and CORS', () => {
  it('sends helmet’s headers with a same-origin content security policy', async () => {
    const res = await send(api.baseUrl, 'GET', '/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('upgrade-insecure-requests'); // npm start serves plain http on 127.0.0.1
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('tells the browser not to keep an API answer, and sends no ETag with it', async () => {
    const res = await send(api.baseUrl, 'GET', '/queues/late-reports', { token: tokens['supervisor.hn'] });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('etag')).toBeNull();
    // Routes match whatever the case of the path.
    const shouted = await send(api.baseUrl.replace(/\/api$/, '/API'), 'GET', '/auth/me', {
      token: tokens['supervisor.hn'],
    });
    expect(shouted.status).toBe(200);
    expect(shouted.headers.get('cache-control')).toBe('no-store');
  });

  it('the web app needs nothing the policy refuses: its scripts and styles are same-origin files', async () => {
    expect(existsSync(WEB_INDEX)).toBe(true);
    const html = readFileSync(WEB_INDEX, 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect(html).not.toMatch(/<style|\sstyle=/); // no inline style
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset).toMatch(/^\/(?!\/)/);
    const page = await send(api.baseUrl.replace(/\/api$/, ''), 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('allows the configured origin and refuses a foreign one', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.baseUrl}/projects`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    const allowed = await preflight(ALLOWED_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    const foreign = await preflight('https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

    const read = await send(api.baseUrl, 'GET', '/provinces', {
      token: tokens['officer.hn'],
      headers: { origin: 'https://evil.example' },
    });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no foreign origin at all when CORS_ORIGIN is not set', async () => {
    const plain = await startApp({});
    extraApps.push(plain.app);
    const res = await fetch(`${plain.baseUrl}/projects`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('request ids', () => {
  it('echoes a sane X-Request-Id and replaces anything else with a UUID', async () => {
    const sane = await send(api.baseUrl, 'GET', '/health', { headers: { 'x-request-id': 'client-abc.123:x_y' } });
    expect(sane.headers.get('x-request-id')).toBe('client-abc.123:x_y');
    for (const insane of ['a b', 'x'.repeat(101), '<script>']) {
      const res = await send(api.baseUrl, 'GET', '/health', { headers: { 'x-request-id': insane } });
      expect(res.headers.get('x-request-id')).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
    const none = await send(api.baseUrl, 'GET', '/health');
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the audit log', () => {
  const query = <T = any>(sql: string, params: unknown[] = []): Promise<T[]> =>
    api.worker.dataSource.query(sql, params);

  /** Sends with a fresh request id; answers with the response and the audit rows written under that id. */
  async function audited(method: string, path: string, options: SendOptions = {}) {
    const requestId = `sec-${randomUUID()}`;
    const res = await send(api.baseUrl, method, path, {
      ...options,
      headers: { ...options.headers, 'x-request-id': requestId },
    });
    expect(res.headers.get('x-request-id')).toBe(requestId);
    const rows = await query(
      `SELECT kind, route, target_id, status_code, actor_user_id, actor_email, actor_role, actor_province_code,
              request_id, client_ip, details, occurred_at FROM audit_log WHERE request_id = $1 ORDER BY id`,
      [requestId],
    );
    return { res, rows, requestId };
  }

  const startedAt = new Date();
  const recent = (at: Date) => at.getTime() >= startedAt.getTime() - 1000 && at.getTime() <= Date.now() + 1000;

  it('records logins, successful and failed, with the account, role, province and request id', async () => {
    const ok = await audited('POST', '/auth/login', { body: loginBody('approver.hn@demo.local') });
    expect(ok.res.status).toBe(200);
    expect(ok.rows).toEqual([
      expect.objectContaining({
        kind: 'LOGIN',
        route: 'POST /api/auth/login',
        status_code: 200,
        actor_user_id: ok.res.body.user.id,
        actor_email: 'approver.hn@demo.local',
        actor_role: 'approver',
        actor_province_code: 'HN',
        request_id: ok.requestId,
        details: { outcome: 'SUCCEEDED' },
      }),
    ]);
    expect(recent(ok.rows[0].occurred_at)).toBe(true);
    expect(ok.rows[0].client_ip).toMatch(/127\.0\.0\.1/);

    const wrong = await audited('POST', '/auth/login', { body: loginBody('approver.hn@demo.local', 'nope') });
    expect(wrong.rows).toEqual([
      expect.objectContaining({
        kind: 'LOGIN',
        status_code: 401,
        actor_email: 'approver.hn@demo.local',
        details: { outcome: 'WRONG_PASSWORD' },
      }),
    ]);
    const unknown = await audited('POST', '/auth/login', { body: loginBody('nobody@demo.local') });
    expect(unknown.rows).toEqual([
      expect.objectContaining({
        status_code: 401,
        actor_user_id: null,
        actor_email: 'nobody@demo.local',
        details: { outcome: 'UNKNOWN_EMAIL' },
      }),
    ]);
  });

  it('records project creation and actions, accepted and refused, with the target project', async () => {
    const created = await audited('POST', '/projects', {
      token: tokens['officer.hn'],
      body: {
        scope: 'LOCAL',
        provinceCode: 'HN',
        category: 'MACHINERY',
        title: 'Đề án kiểm tra nhật ký',
        implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
        beneficiary: 'HTX Kiểm Thử',
        totalCostVnd: 450000000,
        requestedSupportVnd: 135000000,
        plannedStart: '2026-03-01',
        plannedEnd: '2026-11-30',
      },
    });
    expect(created.res.status).toBe(201);
    const id = created.res.body.id as string;
    expect(created.rows).toEqual([
      expect.objectContaining({
        kind: 'REQUEST',
        route: 'POST /api/projects',
        target_id: id,
        status_code: 201,
        actor_email: 'officer.hn@demo.local',
        actor_role: 'officer',
        actor_province_code: 'HN',
      }),
    ]);

    const refused = await audited('POST', `/projects/${id}/actions`, {
      token: tokens['approver.hn'],
      body: { action: 'submit' },
    });
    expect(refused.res.status).toBe(403);
    expect(refused.rows).toEqual([
      expect.objectContaining({
        route: 'POST /api/projects/:id/actions',
        target_id: id,
        status_code: 403,
        actor_role: 'approver',
        details: { action: 'submit', error: refused.res.body.error },
      }),
    ]);

    const submitted = await audited('POST', `/projects/${id}/actions`, {
      token: tokens['officer.hn'],
      body: { action: 'submit' },
    });
    expect(submitted.res.status).toBe(200);
    expect(submitted.rows).toEqual([
      expect.objectContaining({
        route: 'POST /api/projects/:id/actions',
        target_id: id,
        status_code: 200,
        actor_email: 'officer.hn@demo.local',
        details: { action: 'submit' },
      }),
    ]);
  });

  it('records an admin change, a report submission and an escalation acknowledgement', async () => {
    const created = await send(api.baseUrl, 'POST', '/projects', {
      token: tokens['officer.hn'],
      body: {
        scope: 'LOCAL',
        provinceCode: 'HN',
        category: 'TRAINING',
        title: 'Đề án kiểm tra nhật ký báo cáo',
        implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
        beneficiary: 'HTX Kiểm Thử',
        totalCostVnd: 240000000,
        requestedSupportVnd: 120000000,
        plannedStart: '2026-03-01',
        plannedEnd: '2027-08-31',
      },
    });
    const id = created.body.id as string;

    const policy = await audited('PUT', `/projects/${id}/deadline-policy`, {
      token: tokens.admin,
      body: TEN_MINUTE_REPORT_POLICY,
    });
    expect(policy.res.status).toBe(200);
    expect(policy.rows).toEqual([
      expect.objectContaining({
        route: 'PUT /api/projects/:id/deadline-policy',
        target_id: id,
        status_code: 200,
        actor_role: 'admin',
        actor_province_code: null,
      }),
    ]);
    const calendar = await audited('PUT', '/admin/calendar/2098', {
      token: tokens.admin,
      body: { extraDaysOff: ['2098-01-02'], makeUpWorkdays: [] },
    });
    expect(calendar.rows).toEqual([
      expect.objectContaining({ route: 'PUT /api/admin/calendar/:year', target_id: '2098', status_code: 200 }),
    ]);

    for (const [who, body] of [
      ['officer.hn', { action: 'submit' }],
      ['officer.hn', { action: 'open_appraisal' }],
      ['approver.hn', { action: 'approve', ...approvalDecision(120000000) }],
      ['officer.hn', { action: 'sign_contract', contractNo: 'HĐ-AUDIT', contractDate: todayInVietnam() }],
    ] as const) {
      expect((await send(api.baseUrl, 'POST', `/projects/${id}/actions`, { token: tokens[who], body })).status).toBe(
        200,
      );
    }
    const reported = await audited('POST', `/projects/${id}/reports`, {
      token: tokens['unit.hn'],
      body: { period: 'P0001', physicalProgressPct: 20, fundsUsedVnd: 50000000 },
    });
    expect(reported.res.status).toBe(201);
    expect(reported.rows).toEqual([
      expect.objectContaining({
        route: 'POST /api/projects/:id/reports',
        target_id: id,
        status_code: 201,
        actor_email: 'unit.hn@demo.local',
        actor_role: 'implementer',
      }),
    ]);

    const escalationKey = `security-test:${id}`;
    await new EscalationRepository(api.worker.dataSource).raise({
      projectId: id,
      provinceCode: 'HN',
      cause: { reason: 'REPORT_OVERDUE', periodKey: 'P0001' },
      level: 1,
      dueAt: new Date().toISOString(),
      noticeKey: escalationKey,
      notified: [],
    });
    const [{ id: escalationId }] = await query(`SELECT id FROM escalations WHERE idempotency_key = $1`, [
      escalationKey,
    ]);
    const ack = await audited('POST', `/escalations/${escalationId}/ack`, { token: tokens['approver.hn'] });
    expect(ack.res.status).toBe(200);
    expect(ack.rows).toEqual([
      expect.objectContaining({
        route: 'POST /api/escalations/:id/ack',
        target_id: escalationId,
        status_code: 200,
        actor_email: 'approver.hn@demo.local',
        actor_role: 'approver',
        actor_province_code: 'HN',
      }),
    ]);
  });

  it('does not record reads', async () => {
    const read = await audited('GET', '/projects', { token: tokens['officer.hn'] });
    expect(read.res.status).toBe(200);
    expect(read.rows).toEqual([]);
  });

  it('is readable by an admin only, newest first, in keyset pages', async () => {
    expect((await send(api.baseUrl, 'GET', '/audit', { token: tokens['supervisor.hn'] })).status).toBe(403);
    const first = await send(api.baseUrl, 'GET', '/audit?limit=3', { token: tokens.admin });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(3);
    const ids = first.body.items.map((r: { id: string }) => Number(r.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(first.body.items[0]).toMatchObject({ occurredAt: expect.stringMatching(/Z$/), actor: expect.any(Object) });
    const next = await send(api.baseUrl, 'GET', `/audit?limit=3&before=${first.body.nextCursor}`, {
      token: tokens.admin,
    });
    expect(Number(next.body.items[0].id)).toBeLessThan(Math.min(...ids));
  });

  it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await expect(query(`UPDATE audit_log SET status_code = 200 WHERE status_code = 401`)).rejects.toThrow(
      /audit_log is append-only \(UPDATE refused\)/,
    );
    await expect(query(`DELETE FROM audit_log`)).rejects.toThrow(/audit_log is append-only \(DELETE refused\)/);
    await expect(query(`TRUNCATE audit_log`)).rejects.toThrow(/audit_log is append-only \(TRUNCATE refused\)/);
    expect((await query(`SELECT count(*)::int AS n FROM audit_log WHERE status_code = 401`))[0].n).toBeGreaterThan(0);
  });
});
