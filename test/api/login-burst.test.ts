/**
 * A burst of logins cannot starve the API (issue 12, defect 5): 200 parallel logins with unknown emails and wrong
 * passwords, the address rate limit and the lockout raised so that the password-hashing gate is what is tested,
 * while another user's GET /api/projects keeps answering. Every login is answered 401 or 429 (with Retry-After),
 * never 5xx, and every read is 200. The reads' p95 before and during the burst is printed, not asserted: this
 * machine's speed is not the point.
 */
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';

let api: ApiHarness;
let reader: ApiClient;

const p95 = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.max(0, Math.ceil(ms.length * 0.95) - 1)] ?? NaN;

async function timedRead(): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await reader.get('/projects?limit=5');
  return { status: res.status, ms: performance.now() - started };
}

beforeAll(async () => {
  api = await startApiHarness({
    env: {
      RATE_LIMIT_LOGIN: '100000',
      LOGIN_LOCKOUT_AFTER_FAILURES: '100000',
      PASSWORD_HASH_CONCURRENCY: '2',
      PASSWORD_HASH_QUEUE: '16',
    },
  });
  reader = await ApiClient.login(api.baseUrl, 'officer.bn@demo.local');
});

afterAll(async () => {
  await api?.stop();
});

it('answers 200 parallel bad logins with 401 or a fast 429, while another user keeps reading', async () => {
  const before: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const read = await timedRead();
    expect(read.status).toBe(200);
    before.push(read.ms);
  }

  let bursting = true;
  const during: Array<{ status: number; ms: number }> = [];
  const readLoop = (async () => {
    while (bursting) during.push(await timedRead());
  })();
  const logins = await Promise.all(
    Array.from({ length: 200 }, async (_, i) => {
      const body =
        i % 2 === 0
          ? { email: `nobody-${i}@demo.local`, password: 'whatever-it-is' }
          : { email: 'officer.hn@demo.local', password: `wrong-password-${i}` };
      const started = performance.now();
      const res = await fetch(`${api.baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      await res.text();
      return { status: res.status, retryAfter: res.headers.get('retry-after'), ms: performance.now() - started };
    }),
  );
  bursting = false;
  await readLoop;

  const byStatus = logins.reduce<Record<number, number>>(
    (acc, l) => ({ ...acc, [l.status]: (acc[l.status] ?? 0) + 1 }),
    {},
  );
  const refused = logins.filter((l) => l.status === 429);
  console.log(
    [
      `200 parallel bad logins: ${JSON.stringify(byStatus)}; 429 answered in p95 ${p95(refused.map((l) => l.ms)).toFixed(0)} ms,`,
      `401 in p95 ${p95(logins.filter((l) => l.status === 401).map((l) => l.ms)).toFixed(0)} ms`,
      `GET /api/projects p95: before ${p95(before).toFixed(0)} ms (${before.length} reads),`,
      `during ${p95(during.map((r) => r.ms)).toFixed(0)} ms (${during.length} reads, statuses ${[...new Set(during.map((r) => r.status))].join(',')})`,
    ].join('\n'),
  );

  expect(logins.every((l) => l.status === 401 || l.status === 429)).toBe(true);
  expect(refused.length).toBeGreaterThan(0);
  expect(refused.every((l) => l.retryAfter === '1')).toBe(true);
  expect(during.length).toBeGreaterThan(0);
  expect(during.every((r) => r.status === 200)).toBe(true);
  // Once the burst is over, a right password gets in at once.
  await ApiClient.login(api.baseUrl, 'officer.hn@demo.local');
});
