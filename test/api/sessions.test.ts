/**
 * Revocable sessions (issue 12, defect 1), on the real API and PostgreSQL: one algorithm (HS256), `exp` and `iat`
 * required, and every request checks that the token's user still exists, is enabled and has not ended the
 * token's session (logout, password change, an administrator's reset). Each suite signs up its own users, so
 * the demo accounts other suites log in with are never touched.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiHarness, startApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { createTestUser } from '../support/test-users';

const SECRET = process.env.JWT_SECRET ?? 'kc-integration-test-secret-0123456789';
const PASSWORD = 'demo1234';

let api: ApiHarness;
let db: DataSource;

interface Answer {
  status: number;
  body: any;
}

async function send(method: string, path: string, token?: string, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${api.baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** A token signed with the API's own secret, so only the checks under test can refuse it. */
function forge(claims: Record<string, unknown>, alg: 'HS256' | 'HS512' = 'HS256'): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg, typ: 'JWT' })}.${part(claims)}`;
  const signature = createHmac(alg === 'HS256' ? 'sha256' : 'sha512', SECRET)
    .update(unsigned)
    .digest('base64url');
  return `${unsigned}.${signature}`;
}

async function newUser(role = 'officer'): Promise<{ id: string; email: string }> {
  const email = `session-${randomUUID().slice(0, 8)}@demo.local`;
  const { id } = await createTestUser(db, {
    email,
    password: PASSWORD,
    fullName: 'Cán bộ thử phiên',
    role: role as 'officer',
    provinceCode: 'HN',
  });
  return { id, email };
}

async function login(email: string, password = PASSWORD): Promise<string> {
  const res = await send('POST', '/auth/login', undefined, { email, password });
  expect(res.status).toBe(200);
  return res.body.accessToken;
}

const claimsOf = (user: { id: string; email: string }, extra: Record<string, unknown> = {}) => {
  const now = Math.floor(Date.now() / 1000);
  return { sub: user.id, email: user.email, role: 'officer', province: 'HN', iat: now, exp: now + 600, ...extra };
};

beforeAll(async () => {
  api = await startApiHarness();
  db = api.worker.dataSource;
});

afterAll(async () => {
  await api?.stop();
});

describe('tokens: one algorithm, exp required, a real user', () => {
  it('accepts a well-formed HS256 token of a live user (the control case)', async () => {
    const user = await newUser();
    expect((await send('GET', '/projects?limit=1', forge(claimsOf(user)))).status).toBe(200);
  });

  it('refuses a token signed with HS512, even with the right secret', async () => {
    const user = await newUser();
    const res = await send('GET', '/projects?limit=1', forge(claimsOf(user), 'HS512'));
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/^Phiên đăng nhập .* \/ invalid or expired token/);
  });

  it('refuses a token without exp, and one without iat', async () => {
    const user = await newUser();
    expect((await send('GET', '/projects?limit=1', forge(claimsOf(user, { exp: undefined })))).status).toBe(401);
    expect((await send('GET', '/projects?limit=1', forge(claimsOf(user, { iat: undefined })))).status).toBe(401);
  });

  it('refuses a token for a user id that never existed, and a subject that is not a user id', async () => {
    const ghost = { id: randomUUID(), email: 'ghost@demo.local' };
    expect((await send('GET', '/projects?limit=1', forge(claimsOf(ghost)))).status).toBe(401);
    const created = await send('POST', '/projects', forge(claimsOf(ghost)), { title: 'x' });
    expect(created.status).toBe(401);
    expect((await send('GET', '/projects?limit=1', forge(claimsOf({ id: "1' OR '1'='1", email: 'x' })))).status).toBe(
      401,
    );
  });

  it('refuses the token of a deleted user (within the few seconds the status is cached)', async () => {
    const user = await newUser();
    const token = await login(user.email);
    expect((await send('GET', '/projects?limit=1', token)).status).toBe(200);
    await db.query(`DELETE FROM users WHERE id = $1`, [user.id]);
    await eventually(async () => expect((await send('GET', '/projects?limit=1', token)).status).toBe(401), 10_000);
  });

  it('takes the role and province from the user row, not from the token', async () => {
    const user = await newUser();
    const token = forge(claimsOf(user, { role: 'admin', province: null }));
    const audit = await send('GET', '/audit?limit=1', token);
    expect(audit.status).toBe(403);
  });
});

describe('disabled accounts', () => {
  it("refuses a disabled user's token, and their login with a message they can act on", async () => {
    const user = await newUser();
    const token = await login(user.email);
    await db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [user.id]);
    const refused = await eventually(async () => {
      const res = await send('GET', '/projects?limit=1', token);
      expect(res.status).toBe(401);
      return res;
    }, 10_000);
    expect(refused.body.message).toMatch(/vô hiệu hóa.* \/ this account is disabled/);

    const loginRes = await send('POST', '/auth/login', undefined, { email: user.email, password: PASSWORD });
    expect(loginRes.status).toBe(403);
    expect(loginRes.body.message).toMatch(/^Tài khoản đã bị vô hiệu hóa.* \/ this account is disabled/);
    // A wrong password learns nothing more than for an unknown email.
    const wrong = await send('POST', '/auth/login', undefined, { email: user.email, password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toBe('Sai email hoặc mật khẩu / wrong email or password');

    await db.query(`UPDATE users SET disabled_at = NULL WHERE id = $1`, [user.id]);
    await eventually(async () => expect((await send('GET', '/projects?limit=1', token)).status).toBe(200), 10_000);
  });
});

describe('POST /api/auth/logout', () => {
  it('ends every token of the user at once (this process), and a new login works straight after', async () => {
    const user = await newUser();
    const first = await login(user.email);
    const second = await login(user.email);
    expect((await send('GET', '/projects?limit=1', first)).status).toBe(200);
    expect((await send('POST', '/auth/logout', first)).status).toBe(204);
    for (const token of [first, second]) {
      const res = await send('GET', '/projects?limit=1', token);
      expect(res.status).toBe(401);
      expect(res.body.message).toMatch(/đăng xuất.* \/ this session has ended/);
    }
    const fresh = await login(user.email);
    expect((await send('GET', '/projects?limit=1', fresh)).status).toBe(200);
    expect((await send('POST', '/auth/logout')).status).toBe(401);
  });
});

describe('POST /api/auth/password', () => {
  it('changes the password, ends the other tokens and returns a token that carries on', async () => {
    const user = await newUser();
    const current = await login(user.email);
    const otherDevice = await login(user.email);
    const newPassword = 'mây tre đan Phú Nghĩa 2026';

    const res = await send('POST', '/auth/password', current, { currentPassword: PASSWORD, newPassword });
    expect(res.status).toBe(200);
    expect((await send('GET', '/projects?limit=1', res.body.accessToken)).status).toBe(200);
    expect((await send('GET', '/projects?limit=1', otherDevice)).status).toBe(401);
    expect((await send('GET', '/projects?limit=1', current)).status).toBe(401);

    expect((await send('POST', '/auth/login', undefined, { email: user.email, password: PASSWORD })).status).toBe(401);
    await login(user.email, newPassword);
  });

  it('refuses a wrong current password and a weak new one, naming each rule, and changes nothing', async () => {
    const user = await newUser();
    const token = await login(user.email);
    const wrong = await send('POST', '/auth/password', token, {
      currentPassword: 'wrong-password',
      newPassword: 'a long enough passphrase',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toBe('Mật khẩu hiện tại không đúng / the current password is wrong');

    const short = await send('POST', '/auth/password', token, { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.message).toMatch(/ít nhất 10 ký tự \/ the new password must have at least 10 characters/);
    const common = await send('POST', '/auth/password', token, {
      currentPassword: PASSWORD,
      newPassword: '1234567890',
    });
    expect(common.status).toBe(400);
    expect(common.body.message).toMatch(/too common/);
    const missing = await send('POST', '/auth/password', token, { newPassword: 'a long enough passphrase' });
    expect(missing.status).toBe(400);

    expect((await send('GET', '/projects?limit=1', token)).status).toBe(200);
    await login(user.email);
  });
});
