/**
 * GET /api/plans/lapse-radar over HTTP on real PostgreSQL: the projects of a plan year whose support would lapse at
 * 31/12 at their pace, with the amounts, within the caller's reach; refused to the units.
 */
import { randomUUID } from 'node:crypto';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';

let api: ApiHarness;
const year = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
);
const tag = randomUUID().slice(0, 6);

async function insert(province: string, end: string, contractDaysAgo: number): Promise<string> {
  const ds = api.worker.dataSource;
  const [{ id: createdBy }] = await ds.query(`SELECT id FROM users ORDER BY email LIMIT 1`);
  const code = `KCQG-${year}-${province}-R${tag}-${randomUUID().slice(0, 4)}`;
  await ds.query(
    `INSERT INTO projects (id, code, workflow_id, scope, province_code, category, title, implementing_unit_name,
       implementing_unit_email, beneficiary, total_cost_vnd, requested_support_vnd, approved_support_vnd, advances_vnd,
       final_payments_vnd, planned_start, planned_end, state, last_seq, created_by, created_at, updated_at, search_text,
       contract_date)
     VALUES (gen_random_uuid(), $1::varchar, 'project-' || $1::varchar, 'NATIONAL', $2::varchar, 'MACHINERY', 'Đề án thử radar',
       'Trung tâm Khuyến công', 'unit.' || lower($2::varchar) || '@demo.local', 'HTX Thử', 900000000, 300000000, 300000000,
       120000000, 0, $3, $4, 'IN_PROGRESS', 1, $5, now(), now(), lower($1::varchar), current_date - $6::int)`,
    [code, province, `${year}-01-02`, end, createdBy, contractDaysAgo],
  );
  return code;
}

beforeAll(async () => {
  api = await startApiHarness();
});

afterAll(async () => {
  await api?.stop();
});

it('lists the projects whose money would lapse, with the amounts, within the reach; refuses the units', async () => {
  const lateEnd = await insert('HN', `${year + 1}-03-31`, 5);
  const silent = await insert('HN', `${year}-12-20`, 400);
  const onPace = await insert('HN', `${year}-12-20`, 5);
  const otherProvince = await insert('BN', `${year + 1}-03-31`, 5);
  type Item = { code: string; reasons: string[]; reasonsVi: string[] };
  const ours = (items: Item[]) => items.filter((i) => i.code.includes(`-R${tag}-`));

  const officer = await ApiClient.login(api.baseUrl, 'officer.hn@demo.local');
  const res = await officer.get(`/plans/lapse-radar?year=${year}`);
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ year, fiscalYearEnd: `${year}-12-31`, staleAfterDays: 45 });
  const items = ours(res.body.items);
  expect(items.map((i) => i.code).sort()).toEqual([lateEnd, silent].sort());
  const late = items.find((i) => i.code === lateEnd)!;
  expect(late).toMatchObject({ reasons: ['ENDS_AFTER_FISCAL_YEAR'], atRiskVnd: 180000000, paidVnd: 120000000 });
  expect(late.reasonsVi[0]).toBe('Thời gian kết thúc dự kiến sau 31/12 của năm kế hoạch');
  expect(items.find((i) => i.code === silent)!.reasons).toEqual(['NO_RECENT_PROGRESS']);
  expect(items.some((i) => i.code === onPace || i.code === otherProvince)).toBe(false);

  // A Hà Nội officer naming Bắc Ninh still sees only Hà Nội (nothing); a national supervisor sees Bắc Ninh.
  expect(ours((await officer.get(`/plans/lapse-radar?year=${year}&provinceCode=BN`)).body.items)).toEqual([]);
  const national = await ApiClient.login(api.baseUrl, 'supervisor.national@demo.local');
  const bn = await national.get(`/plans/lapse-radar?year=${year}&provinceCode=BN`);
  expect(ours(bn.body.items).map((i) => i.code)).toEqual([otherProvince]);

  const unit = await ApiClient.login(api.baseUrl, 'unit.hn@demo.local');
  expect((await unit.get(`/plans/lapse-radar?year=${year}`)).status).toBe(403);
  expect((await officer.get('/plans/lapse-radar?year=nineteen')).status).toBe(400);
  expect((await officer.get('/plans/lapse-radar?provinceCode=XX')).status).toBe(400);
});
