/**
 * Issue 14: figures read a province by its code in the plan year or by today's unit (DOMAIN §13.1). Two approved
 * 2019 local plans, Bắc Giang's and Bắc Ninh's (merged into Bắc Ninh in 2025), read apart by the default and
 * together with provinceBy=CURRENT; the province filter follows the reading.
 */
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';

let api: ApiHarness;
let cucOfficer: ApiClient;
let officerBN: ApiClient;
/** A pre-merger year no other suite plans in. */
const YEAR = 2019;

async function insertPlan(provinceCode: string, assignedVnd: number): Promise<void> {
  const ds = api.worker.dataSource;
  const [{ id }] = await ds.query(
    `INSERT INTO plans (id, level, year, province_code, title, status, decision_no, decision_date, created_by)
     VALUES (gen_random_uuid(), 'LOCAL', $1, $2, $3, 'APPROVED', '12/QĐ-UBND', '2019-01-15', gen_random_uuid())
     RETURNING id`,
    [YEAR, provinceCode, `Kế hoạch khuyến công năm ${YEAR} (${provinceCode})`],
  );
  await ds.query(
    `INSERT INTO plan_lines (id, plan_id, category, funding_source, assigned_vnd, initial_vnd)
     VALUES (gen_random_uuid(), $1, 'MACHINERY', 'PROVINCIAL', $2, $2)`,
    [id, assignedVnd],
  );
}

beforeAll(async () => {
  api = await startApiHarness();
  await api.worker.dataSource.query(`DELETE FROM plans WHERE year = $1`, [YEAR]);
  await insertPlan('BG', 1_200_000_000);
  await insertPlan('BN', 800_000_000);
  [cucOfficer, officerBN] = await Promise.all(
    ['officer.cuc@demo.local', 'officer.bn@demo.local'].map((email) => ApiClient.login(api.baseUrl, email)),
  );
});

afterAll(async () => {
  await api?.worker.dataSource.query(`DELETE FROM plans WHERE year = $1`, [YEAR]).catch(() => undefined);
  await api?.stop();
});

const rowsOf = (body: any) => body.byProvince.map((p: any) => [p.provinceCode, p.provinceName, p.assignedVnd]).sort();

it('reads provinces by their code in the plan year by default: Bắc Giang apart from Bắc Ninh', async () => {
  const board = await cucOfficer.get(`/dashboard?year=${YEAR}`);
  expect(board.status).toBe(200);
  expect(board.body.provinceBy).toBe('AT_THE_TIME');
  expect(rowsOf(board.body)).toEqual([
    ['BG', 'Bắc Giang', 1_200_000_000],
    ['BN', 'Bắc Ninh', 800_000_000],
  ]);
  const bg = await cucOfficer.get(`/dashboard?year=${YEAR}&provinceCode=BG`);
  expect(bg.body.assignedVnd).toBe(1_200_000_000);
});

it('reads them by today’s unit with provinceBy=CURRENT: one Bắc Ninh row, and provinceCode=BN takes both', async () => {
  const board = await cucOfficer.get(`/dashboard?year=${YEAR}&provinceBy=CURRENT`);
  expect(board.body.provinceBy).toBe('CURRENT');
  expect(rowsOf(board.body)).toEqual([['BN', 'Bắc Ninh', 2_000_000_000]]);
  expect(board.body.assignedVnd).toBe(2_000_000_000);
  const bn = await cucOfficer.get(`/dashboard?year=${YEAR}&provinceCode=BN&provinceBy=CURRENT`);
  expect(bn.body.assignedVnd).toBe(2_000_000_000);
  // Asked by the former code, the current reading still means today's unit.
  const bg = await cucOfficer.get(`/dashboard?year=${YEAR}&provinceCode=BG&provinceBy=CURRENT`);
  expect(bg.body.assignedVnd).toBe(2_000_000_000);
  // Bắc Ninh's Department reaches Bắc Giang's former plans either way.
  expect((await officerBN.get(`/dashboard?year=${YEAR}&provinceBy=CURRENT`)).body.assignedVnd).toBe(2_000_000_000);
});

it('refuses an unknown reading with a 400 naming the field', async () => {
  const bad = await cucOfficer.get(`/dashboard?year=${YEAR}&provinceBy=TODAY`);
  expect(bad.status).toBe(400);
  expect(bad.body.fields).toHaveProperty('provinceBy');
});
