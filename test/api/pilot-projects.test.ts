/**
 * Pilot projects (đề án điểm, issue 15) over HTTP, on the real API, worker, Temporal and PostgreSQL: a national
 * project linking three content areas over two years, its support split by year at approval; the year's advances
 * stay within 70% of the year's part; the Department closes the year with its certified progress, carrying the unused
 * part into the next year, whose advances wait for its first day; the last year ends with acceptance.
 */
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { newProjectRequest, todayInVietnam } from '../support/request-bodies';
import { PATH_USERS, ensureTestUsers } from '../support/test-users';

let api: ApiHarness;
let unit: ApiClient;
let officer: ApiClient;
let deptLeader: ApiClient;
let cucOfficer: ApiClient;
let cucLeader: ApiClient;
let minister: ApiClient;

const today = todayInVietnam();
const year = Number(today.slice(0, 4));

beforeAll(async () => {
  api = await startApiHarness();
  await ensureTestUsers(api.worker.dataSource, PATH_USERS);
  [unit, officer, deptLeader, cucOfficer, cucLeader, minister] = await Promise.all(
    ['unit.hn', 'officer.hn', 'approver.hn', 'officer.cuc', 'leader.cuc', 'minister'].map((login) =>
      ApiClient.login(api.baseUrl, `${login}@demo.local`),
    ),
  );
}, 120000);

afterAll(async () => {
  await api?.stop();
});

const pilot = (overrides: Record<string, unknown> = {}) =>
  newProjectRequest('Đề án điểm: phát triển sản phẩm chè Hà Nội — đào tạo, máy móc, hội chợ', {
    scope: 'NATIONAL',
    category: 'TRAINING',
    totalCostVnd: 6_500_000_000,
    requestedSupportVnd: 2_100_000_000,
    plannedStart: today,
    plannedEnd: `${year + 1}-11-30`,
    pilot: {
      linkedCategories: ['MACHINERY', 'PRODUCTS_AND_FAIRS'],
      years: [
        { year, supportVnd: 1_000_000_000 },
        { year: year + 1, supportVnd: 1_100_000_000 },
      ],
    },
    ...overrides,
  });

async function act(client: ApiClient, id: string, body: Record<string, unknown>, status = 200) {
  const res = await client.post(`/projects/${id}/actions`, body);
  expect({ action: body.action, status: res.status, body: res.status === status ? null : res.body }).toMatchObject({
    status,
  });
  return res;
}

it('refuses terms that do not fit, each under its field', async () => {
  const local = await unit.post('/projects', pilot({ scope: 'LOCAL' }));
  expect(local.status).toBe(400);
  expect(local.body.fields.pilot).toContain('Đề án điểm là đề án khuyến công quốc gia');
  const oneYear = await unit.post('/projects', pilot({ plannedEnd: `${year}-12-31` }));
  expect(oneYear.status).toBe(400);
  expect(oneYear.body.fields.plannedEnd).toContain('thực hiện trên một năm');
  const sum = await unit.post('/projects', pilot({ requestedSupportVnd: 2_100_000_001 }));
  expect(sum.status).toBe(400);
  expect(sum.body.fields['pilot.years']).toContain('phải bằng kinh phí đề nghị hỗ trợ 2.100.000.001 đ');
  const badCategory = await unit.post(
    '/projects',
    pilot({ pilot: { linkedCategories: ['NOPE'], years: [{ year, supportVnd: 2_100_000_000 }] } }),
  );
  expect(badCategory.status).toBe(400);
});

it('splits the support by year, advances by each year’s progress and carries the unused part over', async () => {
  const created = await unit.post('/projects', pilot());
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  await act(unit, id, { action: 'submit' });
  await act(officer, id, { action: 'open_appraisal' });
  await act(deptLeader, id, { action: 'register' });
  await act(cucOfficer, id, { action: 'open_ministry_appraisal' });
  await act(cucLeader, id, {
    action: 'approve',
    decisionNo: '1234/QĐ-BCT',
    decisionDate: today,
    approvedSupportVnd: 2_000_000_000,
  });
  let detail = (await unit.get(`/projects/${id}`)).body;
  // 2,000,000,000 in the proportions 1,000 : 1,100, whole VND, the last year taking the rounding.
  expect(detail.pilot.linkedCategories).toEqual(['MACHINERY', 'PRODUCTS_AND_FAIRS']);
  expect(detail.pilot.years.map((y: { allocatedVnd: number }) => y.allocatedVnd)).toEqual([952_380_952, 1_047_619_048]);
  await act(cucOfficer, id, { action: 'sign_contract', contractNo: 'HĐ-ĐĐ-01', contractDate: today });

  // 70% of this year's 952,380,952 is 666,666,666.
  const over = await act(
    cucOfficer,
    id,
    { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 666_666_667 },
    409,
  );
  expect(over.body.message).toContain(`Tạm ứng năm ${year} sẽ là 666.666.667 đ, vượt 70% kinh phí của năm`);
  await act(cucOfficer, id, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 600_000_000 });

  // The unit may not close the year; the Department certifies its progress and carries 352,380,952 over.
  await act(unit, id, { action: 'close_pilot_year', progressPercent: 80, reportDate: today }, 403);
  await act(officer, id, { action: 'close_pilot_year', progressPercent: 80, reportDate: today });
  detail = (await unit.get(`/projects/${id}`)).body;
  expect(detail.pilot.years[0]).toMatchObject({
    closed: true,
    progressPercent: 80,
    advancesVnd: 600_000_000,
    carriedOutVnd: 352_380_952,
  });
  expect(detail.pilot.years[1]).toMatchObject({
    open: true,
    carriedInVnd: 352_380_952,
    advanceCapVnd: 980_000_000,
  });
  const early = await act(cucOfficer, id, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 1 }, 409);
  expect(early.body.message).toContain(`Chưa đến năm ${year + 1} của đề án điểm`);
  const last = await act(officer, id, { action: 'close_pilot_year', progressPercent: 90, reportDate: today }, 409);
  expect(last.body.message).toContain('năm cuối của đề án điểm');
  const history = detail.history.find((h: { action: string }) => h.action === 'close_pilot_year');
  expect(history.details).toMatchObject({ pilotYear: year, progressPercent: 80, carriedOverVnd: 352_380_952 });

  // More funding, decided by the Minister, goes to the year under way.
  const asked = await unit.post(`/projects/${id}/adjustments`, {
    kind: 'FUNDING_INCREASE',
    reason: 'Bổ sung hội chợ chè tại Hà Nội',
    changes: { supportVnd: 2_100_000_000 },
  });
  expect(asked.status).toBe(201);
  expect((await officer.post(`/adjustments/${asked.body.id}/actions`, { action: 'certify' })).status).toBe(200);
  const decided = await minister.post(`/adjustments/${asked.body.id}/actions`, {
    action: 'approve',
    decisionNo: '99/QĐ-BCT',
    decisionDate: today,
  });
  expect(decided.status).toBe(200);
  const after = (await unit.get(`/projects/${id}`)).body;
  expect(after.pilot.years.map((y: { allocatedVnd: number }) => y.allocatedVnd)).toEqual([952_380_952, 1_147_619_048]);
});

it('is not offered on a project of one year', async () => {
  const plain = await unit.post('/projects', newProjectRequest('Đào tạo nghề chè', { scope: 'NATIONAL' }));
  expect(plain.status).toBe(201);
  const res = await act(
    officer,
    plain.body.id,
    { action: 'close_pilot_year', progressPercent: 80, reportDate: today },
    409,
  );
  expect(res.body.message).toContain('close_pilot_year');
});
