/**
 * Search without diacritics at 200,000 projects: rows generated in SQL beside two projects created through the API,
 * searched over HTTP with and without diacritics, "Đ" typed as "D", upper case and NFD input; and the plan of the
 * exact query the repository builds uses the trigram index (no sequential scan of projects). Timings are printed,
 * not asserted. The rows live in a database of this file's own, dropped at the end.
 */
import { Actor, foldForSearch, projectSearchText } from '@kc/domain';
import { ProjectQueries, runMigrations } from '@kc/persistence';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { newProjectRequest } from '../support/request-bodies';

const PROJECTS = 200_000;
// The generated rows' creator, which tells them from the two projects created through the API.
const GENERATED_BY = '5ea4c400-0000-4000-8000-000000000200';

// Province g % 8 of row g; Hà Nội is index 1, so every rare row below (g ≡ 1 mod 8) is in Hà Nội.
const PROVINCES: Array<[string, string]> = [
  ['BN', 'Bắc Ninh'],
  ['HN', 'Hà Nội'],
  ['TH', 'Thanh Hóa'],
  ['CB', 'Cao Bằng'],
  ['DN', 'Đà Nẵng'],
  ['HCM', 'Thành phố Hồ Chí Minh'],
  ['CT', 'Cần Thơ'],
  ['DB', 'Điện Biên'],
];
// Common titles, none of which holds the searched words below.
const TITLES = [
  'Ứng dụng máy móc tiên tiến trong chế biến chè',
  'Đào tạo nghề mây tre đan',
  'Xây dựng mô hình trình diễn kỹ thuật sản xuất gốm sứ',
  'Hỗ trợ dây chuyền xay xát gạo',
  'Nâng cao năng lực sản xuất nước mắm truyền thống',
  'Truyền nghề thêu ren xuất khẩu',
  'Hỗ trợ lò sấy cà phê nhân',
  'Ứng dụng máy ép dầu lạc',
  'Tham gia hội chợ hàng công nghiệp nông thôn tiêu biểu',
  'Tư vấn lập dự án sản xuất đồ gỗ mỹ nghệ',
  'Chế biến hạt điều xuất khẩu',
  'Sản xuất bún khô, phở khô',
  'Đào tạo nghề dệt thổ cẩm',
  'Hỗ trợ thiết bị xử lý ô nhiễm môi trường làng nghề',
  'Xây dựng điểm giới thiệu sản phẩm OCOP',
  'Hỗ trợ máy đóng gói miến dong',
];
const LOCALITIES = [
  'xã Tân Cương',
  'phường Đồng Xuân',
  'xã Bát Tràng',
  'phường Vạn Phúc',
  'xã Phú Nghĩa',
  'xã Ước Lễ',
  'xã Đường Lâm',
  'phường Hội An',
  'xã Cự Đà',
  'xã Thổ Hà',
  'xã Chuông',
];
const BENEFICIARIES = [
  'Hợp tác xã Chè Tân Cương',
  'Cơ sở sản xuất Hưng Thịnh',
  'Công ty TNHH Thủ công mỹ nghệ Phúc Lộc',
  'Hộ kinh doanh Nguyễn Văn Ánh',
  'Hợp tác xã Nông nghiệp Đồng Tâm',
  'Công ty Cổ phần Thực phẩm Sông Hồng',
  'Cơ sở gốm Chu Đậu',
];
// Rare rows: 40 titles with "Bánh chưng" (g ≡ 17 mod 5000), 200 with "máy sấy" (g ≡ 9 mod 1000, "Máy sấy" in the
// title), 20 beneficiaries "Làng gốm Đường Lâm" (g ≡ 4321 mod 10000), all in Hà Nội.
const RARE = {
  banhChung: { title: 'Hỗ trợ máy đóng gói Bánh chưng Tranh Khúc', modulo: 5000, rest: 17 },
  maySay: { title: 'Hỗ trợ Máy sấy nông sản sau thu hoạch', modulo: 1000, rest: 9 },
  gomDuongLam: { beneficiary: 'Làng gốm Đường Lâm', modulo: 10000, rest: 4321 },
};
const countOf = (r: { modulo: number; rest: number }) => Math.floor((PROJECTS - r.rest) / r.modulo) + 1;

let api: ApiHarness;
let ds: DataSource;
let officerHN: ApiClient;
let approverNational: ApiClient;
let officerBN: ApiClient;
const created: Record<string, { id: string; code: string }> = {};
const timings: string[] = [];
let sharedDatabaseUrl: string;
let ownDatabase: string | undefined;

/** A statement on the server's maintenance database (CREATE or DROP DATABASE cannot run inside the target). */
async function onServer(databaseUrl: string, sql: string): Promise<void> {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  const result = await work();
  timings.push(`${label}: ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)} ms`);
  return result;
}

/** Every page of GET /projects?q=…, as codes. */
async function searchAll(client: ApiClient, q: string): Promise<string[]> {
  const codes: string[] = [];
  let cursor: string | null = null;
  do {
    const res: { status: number; body: any } = await client.get(
      `/projects?limit=200&q=${encodeURIComponent(q)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status).toBe(200);
    codes.push(...res.body.items.map((i: { code: string }) => i.code));
    cursor = res.body.nextCursor;
  } while (cursor);
  expect(new Set(codes).size).toBe(codes.length);
  return codes;
}

async function generateProjects(): Promise<void> {
  const fold = (xs: string[]) => xs.map(foldForSearch);
  const params = [
    PROVINCES.map((p) => p[0]),
    PROVINCES.map((p) => p[1]),
    fold(PROVINCES.map((p) => p[1])),
    TITLES,
    fold(TITLES),
    LOCALITIES,
    fold(LOCALITIES),
    BENEFICIARIES,
    fold(BENEFICIARIES),
    RARE.banhChung.title,
    foldForSearch(RARE.banhChung.title),
    RARE.maySay.title,
    foldForSearch(RARE.maySay.title),
    RARE.gomDuongLam.beneficiary,
    foldForSearch(RARE.gomDuongLam.beneficiary),
    GENERATED_BY,
    PROJECTS,
  ];
  // search_text is built from the same pieces folded by the domain's function (checked on a sample below).
  await ds.query(
    `INSERT INTO projects (id, code, workflow_id, scope, province_code, category, title, implementing_unit_name,
       implementing_unit_email, beneficiary, total_cost_vnd, requested_support_vnd, approved_support_vnd, advances_vnd,
       final_payments_vnd, planned_start, planned_end, state, last_seq, created_by, created_at, updated_at, search_text)
     SELECT gen_random_uuid(), r.code, 'project-' || r.code, 'LOCAL', ($1::text[])[1 + g % 8],
       (ARRAY['TRAINING','MACHINERY','ADVISORY','COMMUNICATION'])[1 + g % 4], r.title, r.unit,
       'unit.' || lower(($1::text[])[1 + g % 8]) || '@demo.local', r.beneficiary, 500000000, 150000000, NULL, 0, 0,
       '2025-03-01', '2025-11-30', (ARRAY['DRAFT','SUBMITTED','BASE_APPRAISAL','REJECTED','SETTLED'])[1 + g % 5], 1,
       $16::uuid, timestamptz '2025-01-01 08:00+07' + g * interval '1 minute', now(),
       r.code_folded || chr(10) || r.title_folded || chr(10) || r.unit_folded || chr(10) || r.beneficiary_folded
     FROM generate_series(1, $17::int) g
     CROSS JOIN LATERAL (SELECT
       'KCĐP-2025-' || ($1::text[])[1 + g % 8] || '-' || lpad(g::text, 6, '0') AS code,
       'kcdp-2025-' || lower(($1::text[])[1 + g % 8]) || '-' || lpad(g::text, 6, '0') AS code_folded,
       CASE WHEN g % 5000 = 17 THEN $10 WHEN g % 1000 = 9 THEN $12
         ELSE ($4::text[])[1 + g % 16] || ' tại ' || ($6::text[])[1 + g % 11] END AS title,
       CASE WHEN g % 5000 = 17 THEN $11 WHEN g % 1000 = 9 THEN $13
         ELSE ($5::text[])[1 + g % 16] || ' tai ' || ($7::text[])[1 + g % 11] END AS title_folded,
       'Trung tâm Khuyến công ' || ($2::text[])[1 + g % 8] AS unit,
       'trung tam khuyen cong ' || ($3::text[])[1 + g % 8] AS unit_folded,
       CASE WHEN g % 10000 = 4321 THEN $14 ELSE ($8::text[])[1 + g % 7] END AS beneficiary,
       CASE WHEN g % 10000 = 4321 THEN $15 ELSE ($9::text[])[1 + g % 7] END AS beneficiary_folded) r`,
    params,
  );
}

beforeAll(async () => {
  // A database of this file's own (migrated like the run's), so 200,000 rows never weigh on the other suites.
  sharedDatabaseUrl = process.env.DATABASE_URL!;
  ownDatabase = `${new URL(sharedDatabaseUrl).pathname.slice(1) || 'postgres'}_search`.slice(0, 63);
  await onServer(sharedDatabaseUrl, `CREATE DATABASE "${ownDatabase}"`);
  const url = new URL(sharedDatabaseUrl);
  url.pathname = `/${ownDatabase}`;
  await runMigrations(url.toString());
  // Codes of its own: the Temporal server is shared with the other suites, whose databases also counted from 0001,
  // and a workflow id already used there would refuse the creation.
  const counters = new Client({ connectionString: url.toString() });
  await counters.connect();
  await counters.query(
    `INSERT INTO project_code_counters (scope, plan_year, province_code, last_serial)
     SELECT 'LOCAL', y, 'HN', 9000 FROM generate_series(2020, 2035) y`,
  );
  await counters.end();
  process.env.DATABASE_URL = url.toString();
  api = await startApiHarness();
  ds = api.worker.dataSource;
  [officerHN, approverNational, officerBN] = await Promise.all(
    ['officer.hn', 'approver.national', 'officer.bn'].map((u) => ApiClient.login(api.baseUrl, `${u}@demo.local`)),
  );
  // Two projects through the API and the workflow: their search_text is written by the worker's activity.
  for (const [key, body] of Object.entries({
    banhChung: newProjectRequest('Hỗ trợ máy sấy Bánh chưng cho làng nghề', {
      beneficiary: 'Cơ sở Bánh chưng Tranh Khúc',
    }),
    dongTam: newProjectRequest('Truyền nghề đan cói', { beneficiary: 'HTX Nông nghiệp Đồng Tâm' }),
  })) {
    const res = await officerHN.post('/projects', body);
    expect(res.status).toBe(201);
    created[key] = { id: res.body.id, code: res.body.code };
  }
  await timed(`INSERT ${PROJECTS.toLocaleString('en')} projects (generate_series, trigram index kept up)`, () =>
    generateProjects(),
  );
  await timed('ANALYZE projects', () => ds.query('ANALYZE projects'));
}, 600_000);

afterAll(async () => {
  await api?.stop();
  process.env.DATABASE_URL = sharedDatabaseUrl;
  // Dropping the database is instant; deleting 200,000 rows one foreign-key check at a time is not.
  if (ownDatabase) await onServer(sharedDatabaseUrl, `DROP DATABASE IF EXISTS "${ownDatabase}" WITH (FORCE)`);
  console.log(`Search at ${PROJECTS.toLocaleString('en')} projects:\n  ${timings.join('\n  ')}`);
}, 120_000);

it('stores what the domain folds: a sample of generated rows and the API-created ones', async () => {
  const rows: Array<{ code: string; title: string; unit: string; beneficiary: string; search_text: string }> =
    await ds.query(
      `SELECT code, title, implementing_unit_name AS unit, beneficiary, search_text FROM projects
       WHERE created_by = $1 AND (hashtext(code) % 200 = 0 OR title LIKE 'Hỗ trợ máy đóng gói Bánh%')
       UNION ALL SELECT code, title, implementing_unit_name, beneficiary, search_text FROM projects WHERE id = ANY($2)`,
      [GENERATED_BY, Object.values(created).map((c) => c.id)],
    );
  expect(rows.length).toBeGreaterThan(500);
  for (const r of rows) {
    expect(r.search_text).toBe(
      projectSearchText({ code: r.code, title: r.title, implementingUnitName: r.unit, beneficiary: r.beneficiary }),
    );
  }
});

it('finds titles typed with or without diacritics, in any case, NFC or NFD', async () => {
  const expected = countOf(RARE.banhChung) + 1;
  for (const q of ['banh chung', 'Bánh chưng', 'BÁNH CHƯNG', 'Bánh chưng'.normalize('NFD'), '  banh   CHUNG ']) {
    const codes = await timed(`GET /projects?q=${JSON.stringify(q)} (national approver, all pages)`, () =>
      searchAll(approverNational, q),
    );
    expect(codes).toHaveLength(expected);
    expect(codes).toContain(created.banhChung!.code);
  }
  // "may say" is in 200 generated titles and the API-created one ("máy sấy"); "máy đóng gói" is not "máy sấy".
  const maySay = await timed('GET /projects?q="may say" (all pages)', () => searchAll(approverNational, 'may say'));
  expect(maySay).toHaveLength(countOf(RARE.maySay) + 1);
  expect(await searchAll(approverNational, 'máy sấy')).toEqual(maySay);
});

it('finds a code typed with "D" for "Đ", and a beneficiary or unit without diacritics', async () => {
  const code = created.dongTam!.code; // KCĐP-2026-HN-….
  expect(code).toMatch(/^KCĐP-/);
  const byCode = await timed(`GET /projects?q=${code.replace('Đ', 'D')}`, () =>
    officerHN.get(`/projects?q=${encodeURIComponent(code.replace('Đ', 'D'))}`),
  );
  expect(byCode.body.items.map((i: { code: string }) => i.code)).toEqual([code]);
  expect((await officerHN.get(`/projects?q=${encodeURIComponent(code.toLowerCase())}`)).body.items).toHaveLength(1);
  expect((await officerHN.get('/projects?q=KCDP-2025-HN-000121')).body.items.map((i: any) => i.code)).toEqual([
    'KCĐP-2025-HN-000121',
  ]);

  const gom = await timed('GET /projects?q="gom duong lam" (Hà Nội officer)', () =>
    searchAll(officerHN, 'gom duong lam'),
  );
  expect(gom).toHaveLength(countOf(RARE.gomDuongLam));
  // "htx nong nghiep dong tam" is only the API-created beneficiary (generated ones say "Hợp tác xã").
  expect(await searchAll(officerHN, 'htx nong nghiep dong tam')).toEqual([code]);
  // A unit name: every Điện Biên row, outside a Hà Nội officer's reach.
  expect((await officerHN.get('/projects?q=khuyen%20cong%20dien%20bien')).body.items).toEqual([]);
  const dienBien = await approverNational.get('/projects?q=khuyen%20cong%20dien%20bien&limit=5');
  expect(dienBien.body.items).toHaveLength(5);
  expect(dienBien.body.items.every((i: any) => i.implementingUnit.name === 'Trung tâm Khuyến công Điện Biên')).toBe(
    true,
  );
});

it('keeps search within reach: a Bắc Ninh officer finds none of the Hà Nội rows', async () => {
  expect(await searchAll(officerBN, 'banh chung')).toEqual([]);
  expect(await searchAll(officerHN, 'banh chung')).toHaveLength(countOf(RARE.banhChung) + 1);
});

it('answers the search from the trigram index, never a sequential scan of projects', async () => {
  const queries = new ProjectQueries(ds);
  const national: Actor = {
    userId: GENERATED_BY,
    email: 'approver.national@demo.local',
    role: 'approver',
    provinceCode: null,
  };
  const hanoi: Actor = { userId: GENERATED_BY, email: 'officer.hn@demo.local', role: 'officer', provinceCode: 'HN' };
  for (const [who, actor, text] of [
    ['national approver', national, 'banh chung'],
    ['Hà Nội officer', hanoi, 'Máy sấy'],
    ['national approver', national, 'KCDP-2025-HN-000121'],
  ] as const) {
    const [sql, parameters] = queries.listQuery(actor, { text }, null, 50).getQueryAndParameters();
    const plan: Array<{ 'QUERY PLAN': string }> = await ds.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
    const lines = plan.map((r) => r['QUERY PLAN']);
    const text_ = lines.join('\n');
    timings.push(`EXPLAIN ANALYZE ${who}, q=${JSON.stringify(text)}:\n    ${lines.join('\n    ')}`);
    expect(text_).toMatch(/Bitmap Index Scan on projects_search_trgm_idx/);
    expect(text_).not.toMatch(/Seq Scan on projects/);
  }
});
