/**
 * Bad input, property-based (fast-check): every route of the OpenAPI document gets generated bodies, query
 * strings, headers and path parameters (malformed JSON, wrong types, huge bodies, absurd VND amounts, impossible
 * dates, SQL and script fragments, NFC/NFD Vietnamese, emoji). Whatever comes in: never a 5xx, every refusal is
 * `{statusCode, error, message}` with a Vietnamese message and its English after ` / `, a refusal changes no data,
 * and the API still answers /api/health at the end. Runs are deterministic: FUZZ_SEED (default below) is printed
 * by fast-check on a failure, with the path to replay it.
 */
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { approvalDecision, todayInVietnam } from '../support/request-bodies';

const SEED = Number(process.env.FUZZ_SEED ?? 20260301);
/** Per route and method: 30 route × method pairs today, so about 1,500 requests (about 10 s here). */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 50);

let api: ApiHarness;
let db: DataSource;
const tokens: Record<string, string> = {};
let existing: { id: string; code: string };

// ---------------------------------------------------------------------------------------------------------
// What is sent

/** A JSON number literal JSON.stringify cannot write (beyond 2^53, 1e400), spliced into the body text. */
class RawNumber {
  constructor(readonly literal: string) {}
}

function toJsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, inner: unknown) => {
    if (inner instanceof RawNumber) {
      raws.push(inner.literal);
      return `@@RAW${raws.length - 1}@@`;
    }
    return inner;
  });
  return (text ?? 'null').replace(/"@@RAW(\d+)@@"/g, (_m, i: string) => raws[Number(i)]);
}

const NFC_TEXT = 'Hỗ trợ máy sấy nông sản Tân Cương';
const HOSTILE_TEXT = [
  "'; DROP TABLE projects; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  NFC_TEXT,
  NFC_TEXT.normalize('NFD'),
  'Đề án 🏭👷‍♀️🇻🇳',
  '%_\\',
  '\\',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\u202egnp.exe',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '../../etc/passwd',
  '',
  ' ',
  'x'.repeat(5000),
];

const BAD_AMOUNTS: unknown[] = [
  -1,
  0,
  -450000000,
  1.5,
  0.1,
  new RawNumber('1e30'),
  new RawNumber('1e400'),
  new RawNumber('-1e400'),
  new RawNumber('9007199254740993'),
  new RawNumber('123456789012345678901234567890'),
  new RawNumber('-0'),
  Number.MAX_SAFE_INTEGER + 1,
  '9007199254740993',
  '123456789012345678901234567890',
  '450000000',
  '1.5',
  '1e30',
  '-1',
  'NaN',
  'Infinity',
  '0x10',
  '',
  true,
  null,
  [450000000],
  { value: 1 },
];

const BAD_DATES: unknown[] = [
  '2026-02-30',
  '2026-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '0000-00-00',
  '9999-99-99',
  '',
  'yesterday',
  '2026-1-1',
  '01/04/2026',
  '2026-04-01T00:00:00Z',
  '+202026-04-01',
  20260401,
  null,
  ['2026-04-01'],
];

const WRONG_TYPES: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  [],
  [1, 'a'],
  {},
  { nested: { deeper: [] } },
  '',
  'x'.repeat(300000),
];

const scalarArb = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.constantFrom(...BAD_AMOUNTS),
  fc.constantFrom(...BAD_DATES),
  fc.constantFrom(...WRONG_TYPES),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
);

/** Any JSON value, with dangerous keys among the generated ones. */
const jsonishArb = fc.oneof(
  { depthSize: 'small' },
  scalarArb,
  fc.anything({ maxDepth: 2, maxKeys: 4, withNullPrototype: true }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'action', '$where'), scalarArb),
);

// ---------------------------------------------------------------------------------------------------------
// The routes, from the OpenAPI document

interface SchemaObject {
  type?: string;
  enum?: unknown[];
  example?: unknown;
  $ref?: string;
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  allOf?: SchemaObject[];
}

interface Operation {
  parameters?: Array<{ name: string; in: string; schema?: SchemaObject }>;
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, e.g. /api/projects/{id}/actions. */
  path: string;
  pathParams: string[];
  queryParams: Array<{ name: string; schema: SchemaObject }>;
  /** A plausible body built from the schema's examples, which mutations then spoil one field at a time. */
  template: Record<string, unknown> | null;
  bodySchema: SchemaObject | null;
}

function resolveSchema(doc: OpenApiDocument, schema: SchemaObject | undefined): SchemaObject | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolveSchema(doc, doc.components?.schemas?.[schema.$ref.split('/').pop()!]);
  if (schema.allOf?.length) return resolveSchema(doc, schema.allOf[0]);
  return schema;
}

function exampleOf(doc: OpenApiDocument, raw: SchemaObject | undefined, depth = 0): unknown {
  const schema = resolveSchema(doc, raw);
  if (!schema || depth > 3) return null;
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.properties) {
    return Object.fromEntries(
      Object.entries(schema.properties).map(([key, inner]) => [key, exampleOf(doc, inner, depth + 1)]),
    );
  }
  switch (schema.type) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return {};
    default:
      return 'Hỗ trợ';
  }
}

function routesOf(doc: OpenApiDocument): Route[] {
  const routes: Route[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const upper = method.toUpperCase();
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(upper)) continue;
      // It takes no input, and would end the sessions of the users fuzzing here (test/api/sessions.test.ts has it).
      if (upper === 'POST' && path === '/api/auth/logout') continue;
      const parameters = operation.parameters ?? [];
      const bodySchema = resolveSchema(doc, operation.requestBody?.content?.['application/json']?.schema) ?? null;
      const example = bodySchema ? exampleOf(doc, bodySchema) : null;
      routes.push({
        method: upper as Route['method'],
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: resolveSchema(doc, p.schema) ?? {} })),
        template: example && typeof example === 'object' && !Array.isArray(example) ? (example as never) : null,
        bodySchema,
      });
    }
  }
  return routes;
}

// ---------------------------------------------------------------------------------------------------------
// Generated requests

interface FuzzRequest {
  method: Route['method'];
  url: string;
  headers: Record<string, string>;
  body?: string;
}

function pathParamArb(name: string): fc.Arbitrary<string> {
  const real = name === 'year' ? ['2027', '2026'] : name === 'scopeKey' ? ['DEFAULT', 'PROVINCE:HN'] : [];
  return fc.oneof(
    fc.constantFrom('@existing-id', '@existing-code', ...real),
    fc.uuid().map((u) => u),
    fc.constantFrom(
      'not-a-uuid',
      "'; DROP TABLE projects; --",
      '<script>alert(1)</script>',
      NFC_TEXT.normalize('NFD'),
      '🏭',
      '%00',
      '%E0%A4%A',
      '%',
      'x'.repeat(2000),
      '-1',
      '1e30',
      '99999999999999999999',
      '2026.5',
      '00000000-0000-0000-0000-000000000000',
    ),
  );
}

// '..' is left out: fetch resolves it before sending, so it would test only unknown routes.
const RAW_PATH_PARAMS = ['%00', '%E0%A4%A', '%'];

function concretePath(route: Route, params: Record<string, string>): string {
  return route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === '@existing-id') return existing.id;
    if (value === '@existing-code') return encodeURIComponent(existing.code);
    // These are sent as written (a NUL, broken percent-encoding): what a hostile client would send.
    return RAW_PATH_PARAMS.includes(value) ? value : encodeURIComponent(value);
  });
}

const queryValueArb = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT.filter((t) => t.length < 3000)),
  fc.constantFrom(...BAD_AMOUNTS.filter((v) => typeof v === 'string' || typeof v === 'number').map(String)),
  fc.constantFrom(...BAD_DATES.filter((v) => typeof v === 'string')),
  fc.constantFrom('NOPE', 'draft', 'HN', 'LOCAL', 'IN_PROGRESS', 'csv', 'xlsx', '0', '1', '2', '500', '501', 'true'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

function queryArb(route: Route): fc.Arbitrary<string> {
  const known = route.queryParams.map((p) => p.name);
  const entry = fc.tuple(
    fc.constantFrom(...known, ...known, 'unknownField', '__proto__', 'q[]', 'limit[$gt]'),
    queryValueArb,
  );
  return fc.array(entry, { maxLength: 4 }).map((pairs) => {
    const search = new URLSearchParams();
    for (const [key, value] of pairs) search.append(key, value);
    const text = search.toString();
    return text ? `?${text}` : '';
  });
}

/** A plausible body with one thing wrong (or, sometimes, with hostile but valid text). */
function mutatedBodyArb(route: Route): fc.Arbitrary<unknown> {
  const template = route.template ?? {};
  const keys = Object.keys(template);
  const nestedKeys = keys.flatMap((k) =>
    template[k] && typeof template[k] === 'object' && !Array.isArray(template[k])
      ? Object.keys(template[k] as object).map((inner) => `${k}.${inner}`)
      : [],
  );
  const paths = [...keys, ...nestedKeys];
  const valueFor = (path: string): fc.Arbitrary<unknown> => {
    const leaf = path.split('.').pop()!;
    if (/Vnd$|Pct$/.test(leaf)) return fc.constantFrom(...BAD_AMOUNTS);
    if (/Date$|Day$|^planned/.test(leaf)) return fc.constantFrom(...BAD_DATES);
    return jsonishArb;
  };
  if (!paths.length) return jsonishArb;
  return fc.oneof(
    fc.constantFrom(...paths).chain((path) =>
      valueFor(path).map((value) => {
        const body = structuredClone(template);
        const [head, inner] = path.split('.');
        if (inner) (body[head] as Record<string, unknown>)[inner] = value;
        else body[head] = value;
        return body;
      }),
    ),
    fc.constantFrom(...paths).map((path) => {
      const body = structuredClone(template);
      delete body[path.split('.')[0]];
      return body;
    }),
    fc.tuple(fc.string({ maxLength: 12 }), jsonishArb).map(([key, value]) => ({ ...template, [`x${key}`]: value })),
  );
}

const MALFORMED_JSON = [
  '{',
  '{"title": ',
  "{'title': 'x'}",
  '{"a":1,}',
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":undefined}',
  'nul',
  '[',
  '"unterminated',
  '{"a":"\\x41"}',
  '{"a":"\\ud800"}',
  '\u0000',
  '\ufeff{}',
  '<xml/>',
  'title=x&scope=LOCAL',
];

function bodyArb(route: Route): fc.Arbitrary<string | undefined> {
  if (route.method === 'GET' || route.method === 'DELETE') return fc.constant(undefined);
  return fc.oneof(
    { weight: 6, arbitrary: mutatedBodyArb(route).map(toJsonText) },
    { weight: 2, arbitrary: jsonishArb.map(toJsonText) },
    { weight: 2, arbitrary: fc.constantFrom(...MALFORMED_JSON) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

const USERS = ['admin', 'officer.hn', 'approver.hn', 'unit.hn', 'supervisor.national'];

function headersArb(route: Route): fc.Arbitrary<Record<string, string>> {
  const isWrite = route.method !== 'GET';
  const auth = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...USERS).map((u) => `Bearer ${tokens[u]}`) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '',
        'Bearer',
        'Bearer garbage',
        'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.',
        'Basic YWRtaW5AZGVtby5sb2NhbDpkZW1vMTIzNA==',
        `bearer ${'A'.repeat(5000)}`,
      ),
    },
  );
  const contentType = fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/json') },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'text/plain',
        'application/json; charset=utf-16',
        'application/json; charset=latin1',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=xyz',
        'application/merge-patch+json',
        '',
      ),
    },
  );
  // What a header may carry at all (undici refuses DEL and control characters): visible ASCII and Latin-1.
  const printable = fc.string({
    unit: fc
      .oneof(fc.integer({ min: 0x21, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff }))
      .map((c) => String.fromCharCode(c)),
    maxLength: 140,
  });
  return fc
    .record(
      {
        authorization: auth,
        'content-type': contentType,
        'idempotency-key': isWrite ? fc.oneof(fc.uuid(), printable) : fc.constant(undefined),
        'x-request-id': printable,
        'content-encoding': fc.constantFrom('gzip', 'br', 'identity', 'x-nope'),
        'accept-language': fc.constantFrom('vi', 'en', '*', 'vi-VN;q=x'),
      },
      { requiredKeys: ['authorization', 'content-type'] },
    )
    .map(
      (h) =>
        Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>,
    );
}

function requestArb(route: Route): fc.Arbitrary<FuzzRequest> {
  const params = fc.record(Object.fromEntries(route.pathParams.map((p) => [p, pathParamArb(p)])));
  return fc
    .record({ params, query: queryArb(route), headers: headersArb(route), body: bodyArb(route) })
    .map(({ params: values, query, headers, body }) => ({
      method: route.method,
      url: `${api.baseUrl.replace(/\/api$/, '')}${concretePath(route, values as Record<string, string>)}${query}`,
      headers: body === undefined ? { ...headers, 'content-encoding': 'identity' } : headers,
      body,
    }));
}

// ---------------------------------------------------------------------------------------------------------
// What must hold

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

async function send(request: FuzzRequest): Promise<Answer> {
  const res = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
}

const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

function describeExchange(request: FuzzRequest, answer: Answer): string {
  const body =
    request.body && request.body.length > 300
      ? `${request.body.slice(0, 300)}… (${request.body.length} chars)`
      : request.body;
  return `${request.method} ${request.url.slice(0, 400)}\nheaders ${JSON.stringify(request.headers).slice(0, 300)}\nbody ${body}\n→ ${answer.status} ${answer.text.slice(0, 500)}`;
}

/** No 5xx; a refusal is JSON `{statusCode, error, message}` with "Vietnamese / English". */
function expectWellFormedAnswer(request: FuzzRequest, answer: Answer): void {
  const context = describeExchange(request, answer);
  if (answer.status >= 500) throw new Error(`server error\n${context}`);
  if (answer.status < 400) return;
  if (!answer.contentType.includes('application/json')) throw new Error(`refusal is not JSON\n${context}`);
  const body = JSON.parse(answer.text) as { statusCode?: unknown; error?: unknown; message?: unknown };
  if (body.statusCode !== answer.status || typeof body.error !== 'string') {
    throw new Error(`refusal without {statusCode, error}\n${context}`);
  }
  const message = typeof body.message === 'string' ? body.message : '';
  const slash = message.indexOf(' / ');
  if (slash <= 0 || !VIETNAMESE_LETTER.test(message.slice(0, slash)) || !message.slice(slash + 3).trim()) {
    throw new Error(`refusal message is not "Vietnamese / English"\n${context}`);
  }
}

const SNAPSHOT_TABLES = [
  'projects',
  'project_transitions',
  'disbursements',
  'report_periods',
  'progress_reports',
  'escalations',
  'deadline_policies',
  'calendar_overrides',
  'nine_month_reviews',
  'project_code_counters',
  'project_adjustments',
  'local_support_caps',
  'national_cap_versions',
  'periodic_reports',
  'attachments',
] as const;

/** Row count and a digest of every row, per table: a refused request must leave every one as it was. */
async function dataSnapshot(): Promise<Record<string, string>> {
  const select = SNAPSHOT_TABLES.map(
    (t) =>
      `(SELECT count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM ${t} x) AS ${t}`,
  ).join(', ');
  const [row] = (await db.query(`SELECT ${select}`)) as Array<Record<string, string>>;
  return row;
}

/** After an accepted write, the workflow may still be writing (report periods opened by its loop): wait for calm. */
async function settledSnapshot(): Promise<Record<string, string>> {
  let previous = await dataSnapshot();
  for (let i = 0; i < 20; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const next = await dataSnapshot();
    if (JSON.stringify(next) === JSON.stringify(previous)) return next;
    previous = next;
  }
  return previous;
}

let accepted = 0;
let refused = 0;

/** Sends one request and checks the answer and, for a refusal or a read, that no data changed. */
async function sendAndCheck(request: FuzzRequest, before: Record<string, string>): Promise<Record<string, string>> {
  const answer = await send(request);
  expectWellFormedAnswer(request, answer);
  const changesData = answer.status < 400 && request.method !== 'GET';
  if (changesData) {
    accepted += 1;
    return settledSnapshot();
  }
  refused += answer.status >= 400 ? 1 : 0;
  const after = await dataSnapshot();
  expect({ request: describeExchange(request, answer), data: after }).toEqual({
    request: describeExchange(request, answer),
    data: before,
  });
  return after;
}

// ---------------------------------------------------------------------------------------------------------

const projectBody = (overrides: Record<string, unknown> = {}) => ({
  scope: 'LOCAL',
  provinceCode: 'HN',
  category: 'MACHINERY',
  title: 'Hỗ trợ máy sấy nông sản (thử dữ liệu xấu)',
  implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
  beneficiary: 'HTX Chè Tân Cương',
  totalCostVnd: 450000000,
  requestedSupportVnd: 135000000,
  plannedStart: '2026-03-01',
  plannedEnd: '2026-11-30',
  ...overrides,
});

let routes: Route[];

beforeAll(async () => {
  // Strict limits are another test's business; here every request must reach validation.
  api = await startApiHarness({
    env: {
      RATE_LIMIT_LOGIN: '1000000',
      RATE_LIMIT_WRITE: '1000000',
      LOGIN_LOCKOUT_AFTER_FAILURES: '1000000',
    },
  });
  db = api.worker.dataSource;
  for (const user of USERS) {
    const res = await new ApiClient(api.baseUrl).post('/auth/login', {
      email: `${user}@demo.local`,
      password: 'demo1234',
    });
    tokens[user] = res.body.accessToken;
  }
  const officer = new ApiClient(api.baseUrl, tokens['officer.hn']);
  const approver = new ApiClient(api.baseUrl, tokens['approver.hn']);
  const created = await officer.post('/projects', projectBody());
  expect(created.status).toBe(201);
  existing = { id: created.body.id, code: created.body.code };
  for (const [client, body] of [
    [officer, { action: 'submit' }],
    [officer, { action: 'open_appraisal' }],
    [approver, { action: 'approve', ...approvalDecision() }],
    // Signed today: a contract dated months ago owes its past reports at once, and the notices and escalations that
    // follow in the background would change the data this test expects every refusal to leave alone.
    [officer, { action: 'sign_contract', contractNo: 'HĐ-FUZZ', contractDate: todayInVietnam() }],
  ] as const) {
    expect((await client.post(`/projects/${existing.id}/actions`, body)).status).toBe(200);
  }
  const docs = await fetch(`${api.baseUrl}/docs-json`);
  routes = routesOf((await docs.json()) as OpenApiDocument);
});

afterAll(async () => {
  await api?.stop();
});

it('reads the routes from the OpenAPI document', () => {
  const names = routes.map((r) => `${r.method} ${r.path}`);
  expect(names).toEqual(
    expect.arrayContaining(['POST /api/projects', 'POST /api/projects/{id}/actions', 'GET /api/projects']),
  );
  expect(routes.length).toBeGreaterThan(20);
});

it('answers every generated request to every route without a 5xx, refusals bilingual and changing nothing', async () => {
  let before = await settledSnapshot();
  for (const route of routes) {
    await fc.assert(
      fc.asyncProperty(requestArb(route), async (request) => {
        before = await sendAndCheck(request, before);
      }),
      { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
    );
  }
  console.log(
    `fuzzed ${routes.length} routes × ${RUNS_PER_ROUTE} runs (seed ${SEED}): ${refused} refused, ${accepted} writes accepted`,
  );
  expect(refused).toBeGreaterThan(routes.length * RUNS_PER_ROUTE * 0.5);
  // Every route × 50 runs, each with a snapshot of the tables: minutes on a loaded 2-core machine.
}, 600_000);

// ---------------------------------------------------------------------------------------------------------
// Targeted properties: each bad value on each field it could reach must be a 400 (413 for size) that changes nothing

async function expectRefusedUnchanged(
  method: 'POST' | 'PUT',
  path: string,
  user: string,
  body: string,
  status: number,
): Promise<void> {
  const request: FuzzRequest = {
    method,
    url: `${api.baseUrl}${path}`,
    headers: { authorization: `Bearer ${tokens[user]}`, 'content-type': 'application/json' },
    body,
  };
  const before = await dataSnapshot();
  const answer = await send(request);
  expectWellFormedAnswer(request, answer);
  if (answer.status !== status) throw new Error(`expected ${status}\n${describeExchange(request, answer)}`);
  expect(await dataSnapshot()).toEqual(before);
}

it('answers 413 to a body over 256 KB on every write route, changing nothing', async () => {
  const huge = toJsonText({ title: 'Đề án '.repeat(50000), note: 'x' });
  expect(huge.length).toBeGreaterThan(256 * 1024);
  const writes = routes.filter((r) => r.method !== 'GET');
  expect(writes.length).toBeGreaterThan(8);
  for (const route of writes) {
    const path = concretePath(route, { id: '@existing-id', year: '2027', scopeKey: 'DEFAULT' }).replace(/^\/api/, '');
    await expectRefusedUnchanged(route.method as 'POST' | 'PUT', path, 'admin', huge, 413);
  }
});

it('refuses negative, fractional and astronomically large VND amounts, as numbers and as strings', async () => {
  const targets: Array<{ path: () => string; user: string; body: (amount: unknown) => unknown; zeroOk?: boolean }> = [
    { path: () => '/projects', user: 'officer.hn', body: (a) => projectBody({ totalCostVnd: a }) },
    { path: () => '/projects', user: 'officer.hn', body: (a) => projectBody({ requestedSupportVnd: a }) },
    {
      path: () => `/projects/${existing.id}/actions`,
      user: 'officer.hn',
      body: (a) => ({ action: 'record_disbursement', kind: 'ADVANCE', amountVnd: a }),
    },
    {
      path: () => `/projects/${existing.id}/actions`,
      user: 'approver.hn',
      body: (a) => ({ action: 'approve', ...approvalDecision(), approvedSupportVnd: a }),
    },
    {
      path: () => `/projects/${existing.id}/reports`,
      user: 'unit.hn',
      body: (a) => ({ period: 'P0001', physicalProgressPct: 10, fundsUsedVnd: a }),
      zeroOk: true,
    },
  ];
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...targets), fc.constantFrom(...BAD_AMOUNTS), async (target, amount) => {
      fc.pre(!(target.zeroOk && (amount === 0 || (amount instanceof RawNumber && amount.literal === '-0'))));
      await expectRefusedUnchanged('POST', target.path(), target.user, toJsonText(target.body(amount)), 400);
    }),
    { seed: SEED, numRuns: 60 },
  );
});

it('refuses impossible dates with 400 wherever a date is taken, changing nothing', async () => {
  // contractDate and minutesDate are optional fields: null there means "not given", which the workflow then refuses.
  const targets: Array<{
    method: 'POST' | 'PUT';
    path: () => string;
    user: string;
    body: (day: unknown) => unknown;
    optional?: boolean;
  }> = [
    { method: 'POST', path: () => '/projects', user: 'officer.hn', body: (d) => projectBody({ plannedStart: d }) },
    { method: 'POST', path: () => '/projects', user: 'officer.hn', body: (d) => projectBody({ plannedEnd: d }) },
    {
      method: 'POST',
      path: () => `/projects/${existing.id}/actions`,
      user: 'officer.hn',
      body: (d) => ({ action: 'sign_contract', contractNo: 'HĐ-X', contractDate: d }),
      optional: true,
    },
    {
      method: 'POST',
      path: () => `/projects/${existing.id}/actions`,
      user: 'approver.hn',
      body: (d) => ({ action: 'accept', minutesNo: 'BB-X', minutesDate: d }),
      optional: true,
    },
    {
      method: 'POST',
      path: () => `/projects/${existing.id}/deadlines/extend`,
      user: 'officer.hn',
      body: (d) => ({ periodKey: 'P0001', newDueDay: d, reason: 'Đơn vị đề nghị' }),
    },
    {
      method: 'PUT',
      path: () => '/admin/calendar/2026',
      user: 'admin',
      body: (d) => ({ extraDaysOff: [d], makeUpWorkdays: [] }),
    },
  ];
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...targets), fc.constantFrom(...BAD_DATES), async (target, day) => {
      fc.pre(!(target.optional && day === null));
      await expectRefusedUnchanged(target.method, target.path(), target.user, toJsonText(target.body(day)), 400);
    }),
    { seed: SEED, numRuns: 50 },
  );
});

async function storedTitle(id: string): Promise<string> {
  const [row] = (await db.query(`SELECT title FROM projects WHERE id = $1`, [id])) as Array<{ title: string }>;
  return row.title;
}

async function searchIds(user: string, q: string): Promise<string[]> {
  const res = await new ApiClient(api.baseUrl, tokens[user]).get(`/projects?q=${encodeURIComponent(q)}&limit=200`);
  expect(res.status).toBe(200);
  return (res.body.items as Array<{ id: string }>).map((p) => p.id);
}

it('stores SQL and script fragments, emoji and Vietnamese as plain text, found again by a search for them', async () => {
  const texts = HOSTILE_TEXT.filter((t) => !t.includes('\u0000') && t.trim().length >= 5 && t.length <= 200);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...texts), async (text) => {
      const res = await new ApiClient(api.baseUrl, tokens['officer.hn']).post(
        '/projects',
        projectBody({ title: text }),
      );
      expect(res.status).toBe(201);
      expect(res.body.title).toBe(text.normalize('NFC'));
      expect(await storedTitle(res.body.id)).toBe(text.normalize('NFC'));
      expect(await searchIds('officer.hn', text)).toContain(res.body.id);
    }),
    { seed: SEED, numRuns: 5 },
  );
  const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM projects`)) as Array<{ count: number }>;
  expect(count).toBeGreaterThan(0);
});

it('stores a name sent in NFD as NFC, and a search in either form finds it', async () => {
  const title = 'Hỗ trợ lò sấy chè Thái Nguyên — thử Unicode';
  const beneficiary = 'Hợp tác xã Chè Tân Cương';
  const nfdBody = projectBody({ title: title.normalize('NFD'), beneficiary: beneficiary.normalize('NFD') });
  expect(nfdBody.title).not.toBe(title);
  const res = await new ApiClient(api.baseUrl, tokens['officer.hn']).post('/projects', nfdBody);
  expect(res.status).toBe(201);
  const [row] = (await db.query(
    `SELECT title, beneficiary, title = normalize(title, NFC) AS nfc FROM projects WHERE id = $1`,
    [res.body.id],
  )) as Array<{ title: string; beneficiary: string; nfc: boolean }>;
  expect(row).toEqual({ title, beneficiary, nfc: true });
  for (const q of ['lò sấy chè', 'Hợp tác xã Chè']) {
    expect(await searchIds('officer.hn', q.normalize('NFD'))).toContain(res.body.id);
    expect(await searchIds('officer.hn', q.normalize('NFC'))).toContain(res.body.id);
  }
  // The supervisors' queues take codes and an email as filters: an NFD spelling of a code is the same code.
  const queue = await new ApiClient(api.baseUrl, tokens['supervisor.national']).get(
    `/queues/stalled?province=${encodeURIComponent('HN'.normalize('NFD'))}`,
  );
  expect(queue.status).toBe(200);
});

it('still answers /api/health after all of it', async () => {
  const res = await fetch(`${api.baseUrl}/health`);
  expect(res.status).toBe(200);
});
