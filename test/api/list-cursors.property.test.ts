/**
 * Forged page cursors (issue 12, defect 3), property-based with a fixed seed: every list route gets random and
 * mutated cursors (real ones with flipped, cut or spliced characters; base64url of hostile JSON; well-shaped
 * cursors with impossible instants and keys), random sort keys and filters. Whatever comes in: never a 5xx, and a
 * refused cursor is a 400 whose message is Vietnamese first and English after " / ".
 */
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { newProjectRequest } from '../support/request-bodies';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 120);

const LIST_ROUTES = [
  '/projects',
  '/queues/late-reports',
  '/queues/stalled',
  '/queues/escalations',
  '/queues/upcoming',
  '/audit',
  '/dashboard',
  '/reviews/nine-month/latest',
];

let api: ApiHarness;
let admin: ApiClient;
let officer: ApiClient;
const tokens: Record<'admin' | 'officer', string> = { admin: '', officer: '' };
const realCursors: string[] = [];

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const cursorOf = (at: unknown, key: unknown) => b64(JSON.stringify([at, key]));

const HOSTILE_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  "'; DROP TABLE projects; --",
  "' OR '1'='1",
  '%_\\',
  '------------------------------------',
  '00000000-0000-0000-0000-000000000000',
  'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ',
  '["x"]',
  '[]',
  '[null]',
  '[1,2,3]',
  '{"a":1}',
  'x'.repeat(500),
  'Đề án 🏭',
];

const INSTANTS = [
  new Date().toISOString(),
  '2026-02-30T00:00:00.000Z',
  '0000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '1',
  '2026',
  '2026-13-01',
  'infinity',
  '-infinity',
  'epoch',
  'now',
  'allballs',
  '2026-01-01T00:00:00+99:00',
  '2026-01-01 00:00:00',
  'Tue, 01 Dec 2026 00:00:00 GMT',
];

function keysFor(): fc.Arbitrary<unknown> {
  const uuid = fc.uuid();
  return fc.oneof(
    uuid,
    fc.constantFrom(...HOSTILE_TEXT),
    uuid.map((id) => JSON.stringify([id])),
    fc.tuple(uuid, fc.constantFrom('P0001', '', '\u0000', "'", 'x'.repeat(70))).map((t) => JSON.stringify(t)),
    fc.tuple(uuid, fc.constantFrom('P0001', 'P0002', ':', '')).map(([id, p]) => JSON.stringify([`${id}:${p}`])),
    fc.anything({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? 'null'),
    fc.anything({ maxDepth: 2 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
  );
}

function mutate(cursor: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.nat({ max: Math.max(0, cursor.length - 1) }).map((i) => cursor.slice(0, i)),
    fc
      .tuple(fc.nat({ max: Math.max(0, cursor.length - 1) }), fc.constantFrom(...'AZaz09-_+/=%.~ \u0000é'))
      .map(([i, c]) => cursor.slice(0, i) + c + cursor.slice(i + 1)),
    fc.string({ maxLength: 20 }).map((s) => cursor + s),
    fc.constant(cursor.split('').reverse().join('')),
    fc.constant(Buffer.from(cursor, 'base64url').toString('base64')),
    fc.constant(encodeURIComponent(cursor) + '%'),
  );
}

const cursorArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.base64String({ maxLength: 120 }),
  fc.anything({ maxDepth: 2 }).map((v) => b64(JSON.stringify(v) ?? 'null')),
  fc.tuple(fc.constantFrom(...INSTANTS), keysFor()).map(([a, k]) => cursorOf(a, k)),
  fc.tuple(fc.constantFrom(...INSTANTS), keysFor()).map(([a, k]) => cursorOf(a, k)),
  fc
    .tuple(fc.oneof(fc.constantFrom(...INSTANTS), fc.anything({ maxDepth: 1 })), keysFor())
    .map(([a, k]) => cursorOf(a, k)),
  fc.constantFrom(...HOSTILE_TEXT),
  fc.constant('__REAL__'),
  fc.constant('__MUTATED__'),
);

/** Per parameter: values the route accepts, then values it must refuse with 400. */
const FILTER_VALUES: Record<string, [string[], string[]]> = {
  state: [
    ['DRAFT', 'IN_PROGRESS'],
    ['NOPE', "'", ''],
  ],
  province: [
    ['HN', 'BN'],
    ['XX', "HN'--", ''],
  ],
  scope: [['LOCAL', 'NATIONAL'], ['GLOBAL']],
  category: [['MACHINERY', 'TRAINING'], ['X']],
  level: [
    ['0', '1', '2'],
    ['3', '-1', '1e3', 'NaN'],
  ],
  status: [
    ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'],
    ["OPEN'", 'open'],
  ],
  officer: [['officer.hn@demo.local'], ['x', '"a b"@demo.local']],
  days: [
    ['1', '7', '90'],
    ['91', '0', '-5', '1.5', '1e9'],
  ],
  limit: [
    ['1', '2', '50', '200'],
    ['501', '0', '-1', '1.5', '99999999999999999999', 'abc'],
  ],
  format: [['json', 'csv', 'xlsx'], ['pdf']],
  q: [['chè', 'Hỗ trợ', '%_\\', "'; DROP TABLE projects; --"], ['x'.repeat(201)]],
  before: [
    ['1', '9223372036854775807'],
    ['0', '9223372036854775808', '9999999999999999999', '-1', 'x'],
  ],
  sort: [[], ['createdAt', '-createdAt', 'id;DROP', 'dueAt', 'title desc']],
  order: [[], ['asc', 'desc', "x'"]],
  disbursementThresholdPct: [
    ['0', '50', '100'],
    ['101', '-1', '1.5', 'x'],
  ],
  progressThresholdPct: [
    ['0', '50', '100'],
    ['101', '-1', 'x'],
  ],
};

const valuesOf = (name: string, mode: 'valid' | 'any') => {
  const [valid, invalid] = FILTER_VALUES[name];
  return fc.constantFrom(...(mode === 'valid' ? valid : [...valid, ...invalid]));
};

const QUEUE_FILTERS = ['province', 'scope', 'category', 'officer', 'level', 'limit', 'format'];
/** The query parameters each route takes; sort and order are taken by none, so they must be refused with 400. */
const ROUTE_FILTERS: Record<string, string[]> = {
  '/projects': ['state', 'province', 'category', 'scope', 'q', 'limit'],
  '/queues/late-reports': QUEUE_FILTERS,
  '/queues/stalled': QUEUE_FILTERS,
  '/queues/escalations': [...QUEUE_FILTERS, 'status'],
  '/queues/upcoming': [...QUEUE_FILTERS, 'days'],
  '/audit': ['limit', 'before'],
  '/dashboard': ['province', 'scope', 'category'],
  '/reviews/nine-month/latest': ['disbursementThresholdPct', 'progressThresholdPct'],
};

/** Mostly the route's own parameters with accepted values (so the cursor reaches the query), sometimes any. */
function filtersFor(route: string): fc.Arbitrary<Record<string, string>> {
  const pick = (names: string[], mode: 'valid' | 'any') =>
    fc.record(Object.fromEntries(names.map((name) => [name, valuesOf(name, mode)])), { requiredKeys: [] });
  const own = ROUTE_FILTERS[route];
  return fc.oneof(
    { weight: 6, arbitrary: pick(own, 'valid') },
    { weight: 2, arbitrary: pick(own, 'any') },
    { weight: 1, arbitrary: pick(Object.keys(FILTER_VALUES), 'any') },
  ) as fc.Arbitrary<Record<string, string>>;
}

/** A GET that reads any answer (JSON, CSV, XLSX) and never throws on a body that is not JSON. */
async function get(path: string, token: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${api.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text.slice(0, 200) };
  }
}

async function tokenOf(email: string): Promise<string> {
  const res = await new ApiClient(api.baseUrl).post('/auth/login', { email, password: 'demo1234' });
  return res.body.accessToken;
}

function queryString(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    search.append(name, typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

beforeAll(async () => {
  api = await startApiHarness();
  admin = await ApiClient.login(api.baseUrl, 'admin@demo.local');
  officer = await ApiClient.login(api.baseUrl, 'officer.hn@demo.local');
  tokens.admin = await tokenOf('admin@demo.local');
  tokens.officer = await tokenOf('officer.hn@demo.local');
  for (let i = 0; i < 3; i += 1) {
    const res = await officer.post(
      '/projects',
      newProjectRequest(`Đề án thử con trỏ ${i} ${randomUUID().slice(0, 6)}`),
    );
    expect(res.status).toBe(201);
  }
  const page = await officer.get('/projects?limit=1');
  realCursors.push(page.body.nextCursor);
  const audit = await admin.get('/audit?limit=1');
  if (audit.body.nextCursor) realCursors.push(String(audit.body.nextCursor));
  expect(realCursors[0]).toEqual(expect.any(String));
});

afterAll(async () => {
  await api?.stop();
});

describe.each(LIST_ROUTES)('GET /api%s with random and mutated cursors, sort keys and filters', (route) => {
  it('never answers 5xx; a refusal is 400 with a bilingual message', async () => {
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        cursorArb,
        fc.nat({ max: 1000 }).chain((i) => mutate(realCursors[i % realCursors.length])),
        filtersFor(route),
        fc.boolean(),
        async (cursor, mutated, filters, asAdmin) => {
          const value = cursor === '__REAL__' ? realCursors[0] : cursor === '__MUTATED__' ? mutated : cursor;
          const path = `${route}${queryString({ ...filters, cursor: value })}`;
          const res = await get(path, asAdmin ? tokens.admin : tokens.officer).catch((err: Error) => ({
            status: 599,
            body: { message: err.message },
          }));
          if (res.status >= 500) failures.push(`${res.status} GET ${path}: ${JSON.stringify(res.body)}`);
          if (res.status === 400) {
            expect(String(res.body?.message)).toMatch(/^[^/]*[À-ỹđĐ][^]* \/ [^]*[a-z]/);
          }
          expect(res.status).toBeLessThan(500);
        },
      ),
      { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
    );
    expect(failures).toEqual([]);
  });
});

/** Forgeries that reached PostgreSQL or JSON.parse before (500), each checked on its own route. */
const KNOWN_FORGERIES: Array<[string, string]> = [
  ['/projects', cursorOf('1', '------------------------------------')],
  ['/projects', cursorOf('2026-01-01T00:00:00.000Z', '------------------------------------')],
  ['/projects', cursorOf('275760-09-13', '00000000-0000-0000-0000-000000000000')],
  ['/projects', cursorOf('0000-01-01T00:00:00.000Z', '4dfe4356-8ebe-5e72-bf1c-b31500000004')],
  ['/projects', cursorOf('2026-01-01T00:00:00+99:00', '00000000-0000-0000-0000-000000000000')],
  ['/queues/late-reports', cursorOf('2026-01-01T00:00:00.000Z', 'not json')],
  ['/queues/stalled', cursorOf('2026-01-01T00:00:00.000Z', '{')],
  ['/queues/escalations', cursorOf('1', '["00000000-0000-0000-0000-000000000000"]')],
  ['/queues/upcoming', cursorOf('2026-01-01T00:00:00.000Z', '["a\u0000b"]')],
  ['/queues/late-reports', cursorOf('2026-01-01T00:00:00.000Z', '["00000000-0000-0000-0000-000000000000","\u0000"]')],
];

describe('known forgeries', () => {
  it.each(KNOWN_FORGERIES)('GET /api%s?cursor=%s answers 400 with a bilingual message', async (route, cursor) => {
    const res = await get(`${route}?cursor=${cursor}`, tokens.officer);
    expect(res).toEqual({
      status: 400,
      body: expect.objectContaining({ message: expect.stringMatching(/^cursor không hợp lệ.* \/ invalid cursor/) }),
    });
  });
});

describe('the cursors a list hands out keep working', () => {
  it('follows /api/projects page by page to the end with no repeat', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const res: { status: number; body: any } = await officer.get(
        `/projects?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.status).toBe(200);
      for (const item of res.body.items as Array<{ id: string }>) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});
