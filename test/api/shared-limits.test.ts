/**
 * Limits shared between API replicas (issue 12): with RATE_LIMIT_STORE=postgres two API processes on one database
 * count the same logins for a client address, so two replicas do not allow twice the limit; TRUST_PROXY takes the
 * client address from X-Forwarded-For (and only then), so callers behind one proxy are told apart.
 */
import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createApiApp } from '../../apps/api/src/create-app';
import { ApiHarness, startApiHarness } from '../support/api-harness';

let api: ApiHarness;
const apps: INestApplication[] = [];

async function replica(env: Record<string, string>): Promise<string> {
  const app = await createApiApp({ logger: false, env });
  apps.push(app);
  await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
}

async function login(baseUrl: string, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email: 'officer.hn@demo.local', password: 'demo1234' }),
  });
  await res.text();
  return res.status;
}

beforeAll(async () => {
  api = await startApiHarness(); // the demo users, and a worker
});

afterAll(async () => {
  for (const app of apps) await app.close();
  await api?.stop();
});

it('counts logins from one address across two replicas (postgres store), and per replica in memory', async () => {
  const window = String(600 + Math.floor(Math.random() * 1000)); // a key of its own in a shared test database
  const shared = { RATE_LIMIT_STORE: 'postgres', RATE_LIMIT_LOGIN: '3', RATE_LIMIT_LOGIN_WINDOW_SECONDS: window };
  const [a, b] = [await replica(shared), await replica(shared)];
  const statuses = [await login(a), await login(b), await login(a), await login(b), await login(a)];
  expect(statuses).toEqual([200, 200, 200, 429, 429]);

  const memory = { RATE_LIMIT_LOGIN: '3', RATE_LIMIT_LOGIN_WINDOW_SECONDS: window };
  const [c, d] = [await replica(memory), await replica(memory)];
  const separate = [await login(c), await login(d), await login(c), await login(d), await login(c), await login(d)];
  expect(separate).toEqual([200, 200, 200, 200, 200, 200]);
});

it('takes the client address from X-Forwarded-For only when TRUST_PROXY says so', async () => {
  const base = { RATE_LIMIT_STORE: 'postgres', RATE_LIMIT_LOGIN: '2', RATE_LIMIT_LOGIN_WINDOW_SECONDS: '1700' };
  const behindProxy = await replica({ ...base, TRUST_PROXY: 'loopback' });
  const first = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
  const second = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
  const from = (ip: string) => ({ 'x-forwarded-for': ip, 'x-request-id': `proxy-${randomUUID()}` });
  expect([await login(behindProxy, from(first)), await login(behindProxy, from(first))]).toEqual([200, 200]);
  expect(await login(behindProxy, from(first))).toBe(429);
  expect(await login(behindProxy, from(second))).toBe(200);
  const rows: Array<{ client_ip: string }> = await api.worker.dataSource.query(
    `SELECT client_ip FROM audit_log WHERE kind = 'LOGIN' AND client_ip = $1`,
    [second],
  );
  expect(rows).toHaveLength(1);

  // Without TRUST_PROXY a forged header changes nothing: every request counts for the socket's address.
  const direct = await replica({ ...base, RATE_LIMIT_LOGIN_WINDOW_SECONDS: '1800' });
  const forged = [
    await login(direct, from('192.0.2.1')),
    await login(direct, from('192.0.2.2')),
    await login(direct, from('192.0.2.3')),
  ];
  expect(forged).toEqual([200, 200, 429]);
});

it('locks an account after wrong passwords counted across two replicas (postgres store)', async () => {
  const shared = {
    RATE_LIMIT_STORE: 'postgres',
    LOGIN_LOCKOUT_AFTER_FAILURES: '2',
    LOGIN_LOCKOUT_BASE_SECONDS: '30',
    LOGIN_LOCKOUT_MAX_SECONDS: '60',
  };
  const [a, b] = [await replica(shared), await replica(shared)];
  const wrong = async (baseUrl: string) => {
    const res = await fetch(`${baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'approver.bn@demo.local', password: 'not-the-password' }),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      body: (await res.json()) as { message: string },
    };
  };
  expect((await wrong(a)).status).toBe(401);
  expect((await wrong(b)).status).toBe(401); // the second failure, counted on the other replica: locked now
  const locked = await wrong(a);
  expect(locked.status).toBe(429);
  expect(locked.body.message).toMatch(/^Tài khoản tạm khóa .* \/ too many failed logins/);
  expect(Number(locked.retryAfter)).toBeGreaterThan(20);
  // A right password on either replica is refused too while the lock lasts.
  const right = await fetch(`${b}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'approver.bn@demo.local', password: 'demo1234' }),
  });
  expect(right.status).toBe(429);
  await api.worker.dataSource.query(`DELETE FROM login_failure_streaks WHERE account = 'approver.bn@demo.local'`);
});
