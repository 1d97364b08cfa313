/**
 * The order in which a plan line's candidates are considered for the allocation (DOMAIN §4.1) over HTTP:
 * `GET /api/plans/:id/lines/:lineId/ranking` lists the projects submitted and not yet approved on the line, pilot
 * projects first, then priority areas, then the earliest submitted, each with its reasons, the cumulative requested
 * support and whether it fits what remains; read with the plan's access (401, 403, 404 across provinces).
 */
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { newProjectRequest, todayInVietnam } from '../support/request-bodies';
import { PATH_USERS, ensureTestUsers } from '../support/test-users';

let api: ApiHarness;
let unitHN: ApiClient;
let unitBN: ApiClient;
let officerHN: ApiClient;
let approverHN: ApiClient;
let officerBN: ApiClient;
let cucOfficer: ApiClient;
let cucLeader: ApiClient;

/** A year no other suite of the run plans in (2040–2059), found by the first national plan that goes in. */
let year: number;
let national: { id: string; line: string; trainingLine: string };
let local: { id: string; line: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startApiHarness();
  await ensureTestUsers(api.worker.dataSource, PATH_USERS);
  [unitHN, unitBN, officerHN, approverHN, officerBN, cucOfficer, cucLeader] = await Promise.all(
    ['unit.hn', 'unit.bn', 'officer.hn', 'approver.hn', 'officer.bn', 'officer.cuc', 'leader.cuc'].map((login) =>
      ApiClient.login(api.baseUrl, `${login}@demo.local`),
    ),
  );
  for (year = 2040; year < 2060; year += 1) {
    // The suites share one database: a year with another suite's national projects would add to the rankings.
    const [{ taken }] = await api.worker.dataSource.query(
      `SELECT count(*)::int AS taken FROM projects
        WHERE scope = 'NATIONAL' AND $1 BETWEEN extract(year FROM planned_start) AND extract(year FROM planned_end)`,
      [year],
    );
    if (taken > 0) continue;
    const res = await cucOfficer.post('/plans', {
      level: 'NATIONAL',
      year,
      lines: [
        { category: 'MACHINERY', fundingSource: 'CENTRAL', assignedVnd: 500_000_000 },
        { category: 'TRAINING', fundingSource: 'CENTRAL', assignedVnd: 500_000_000 },
      ],
    });
    if (res.status === 201) {
      const lineOf = (category: string) => res.body.lines.find((l: any) => l.category === category).id;
      national = { id: res.body.id, line: lineOf('MACHINERY'), trainingLine: lineOf('TRAINING') };
      break;
    }
    expect(res.status).toBe(409);
  }
  const hnPlan = await officerHN.post('/plans', {
    level: 'LOCAL',
    year,
    provinceCode: 'HN',
    lines: [{ category: 'MACHINERY', fundingSource: 'PROVINCIAL', assignedVnd: 300_000_000 }],
  });
  expect(hnPlan.status).toBe(201);
  local = { id: hnPlan.body.id, line: hnPlan.body.lines[0].id };
}, 120000);

afterAll(async () => {
  await api?.stop();
});

const dates = () => ({ plannedStart: `${year}-03-01`, plannedEnd: `${year}-11-30` });

/** A national machinery project of the plan year, created by its unit and (unless `draft`) submitted. */
async function nationalProject(
  unit: ApiClient,
  title: string,
  extra: Record<string, unknown> = {},
  draft = false,
): Promise<string> {
  const bn = unit === unitBN;
  const created = await unit.post(
    '/projects',
    newProjectRequest(title, {
      scope: 'NATIONAL',
      ...dates(),
      ...(bn
        ? {
            provinceCode: 'BN',
            implementingUnit: { name: 'Trung tâm Khuyến công Bắc Ninh', email: 'unit.bn@demo.local' },
          }
        : {}),
      ...extra,
    }),
  );
  expect({ status: created.status, body: created.status === 201 ? null : created.body }).toMatchObject({ status: 201 });
  if (!draft) expect((await unit.post(`/projects/${created.body.id}/actions`, { action: 'submit' })).status).toBe(200);
  return created.body.id;
}

async function act(client: ApiClient, id: string, body: Record<string, unknown>) {
  const res = await client.post(`/projects/${id}/actions`, body);
  expect({ action: body.action, status: res.status, body: res.status === 200 ? null : res.body }).toMatchObject({
    status: 200,
  });
}

const ranking = (client: ApiClient, planId: string, lineId: string) =>
  client.get(`/plans/${planId}/lines/${lineId}/ranking`);

it('ranks a national line’s candidates: the pilot project first, then the priority area, then the earliest submitted', async () => {
  // Approved first, on the line: 30,000,000 held, so 470,000,000 remains.
  ids.approved = await nationalProject(unitHN, 'Đề án đã được giao kế hoạch');
  await act(officerHN, ids.approved, { action: 'open_appraisal' });
  await act(approverHN, ids.approved, { action: 'register' });
  await act(cucOfficer, ids.approved, { action: 'open_ministry_appraisal' });
  await act(cucLeader, ids.approved, {
    action: 'approve',
    decisionNo: '77/QĐ-BCT',
    decisionDate: todayInVietnam(),
    approvedSupportVnd: 30_000_000,
  });

  ids.early = await nationalProject(unitHN, 'Đề án nộp sớm nhất');
  await act(officerHN, ids.early, { action: 'open_appraisal' });
  ids.area = await nationalProject(unitHN, 'Đề án ở địa bàn ưu tiên', { priorityArea: true });
  ids.bn = await nationalProject(unitBN, 'Đề án của Bắc Ninh', { requestedSupportVnd: 100_000_000 });
  ids.pilot = await nationalProject(unitHN, 'Đề án điểm nộp sau cùng', {
    totalCostVnd: 700_000_000,
    requestedSupportVnd: 200_000_000,
    plannedEnd: `${year + 1}-11-30`,
    pilot: {
      linkedCategories: ['TRAINING'],
      years: [
        { year, supportVnd: 120_000_000 },
        { year: year + 1, supportVnd: 80_000_000 },
      ],
    },
  });
  // Not candidates of the line: a draft, and a submitted project of another content area.
  ids.draft = await nationalProject(unitHN, 'Đề án chưa nộp', {}, true);
  ids.training = await nationalProject(unitHN, 'Đề án đào tạo', { category: 'TRAINING' });

  const res = await ranking(cucOfficer, national.id, national.line);
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ planId: national.id, remainingVnd: 470_000_000, hiddenCount: 0 });
  expect(res.body.line).toMatchObject({ id: national.line, approvedVnd: 30_000_000, remainingVnd: 470_000_000 });
  expect(
    res.body.candidates.map((c: any) => [
      c.rank,
      c.id,
      c.reasons.map((r: any) => r.vi),
      c.requestedSupportVnd,
      c.cumulativeRequestedVnd,
      c.fitsRemaining,
    ]),
  ).toEqual([
    [1, ids.pilot, ['Đề án điểm'], 200_000_000, 200_000_000, true],
    [2, ids.area, ['Địa bàn ưu tiên'], 135_000_000, 335_000_000, true],
    // Exactly what remains: it fits.
    [3, ids.early, ['Thứ tự nộp hồ sơ'], 135_000_000, 470_000_000, true],
    [4, ids.bn, ['Thứ tự nộp hồ sơ'], 100_000_000, 570_000_000, false],
  ]);
  expect(res.body.candidates[0]).toMatchObject({
    pilot: true,
    priorityArea: false,
    provinceCode: 'HN',
    reasons: [{ code: 'PILOT', vi: 'Đề án điểm', en: 'Pilot project' }],
    state: { code: 'SUBMITTED', vi: 'Đã nộp Sở Công Thương' },
  });
  expect(res.body.candidates[2].state.code).toBe('BASE_APPRAISAL');
  const submitted = res.body.candidates.map((c: any) => Date.parse(c.submittedAt));
  expect(submitted[2]).toBeLessThan(submitted[1]);

  const training = await ranking(cucOfficer, national.id, national.trainingLine);
  expect(training.body.candidates.map((c: any) => c.id)).toEqual([ids.training]);
});

it('lists only the caller’s own province on the national plan, with the true ranks and how many are left out', async () => {
  const hn = await ranking(officerHN, national.id, national.line);
  expect(hn.status).toBe(200);
  expect(hn.body.candidates.map((c: any) => [c.rank, c.id])).toEqual([
    [1, ids.pilot],
    [2, ids.area],
    [3, ids.early],
  ]);
  expect(hn.body.hiddenCount).toBe(1);
  const bn = await ranking(officerBN, national.id, national.line);
  expect(bn.body.candidates.map((c: any) => [c.rank, c.id, c.cumulativeRequestedVnd, c.fitsRemaining])).toEqual([
    [4, ids.bn, 570_000_000, false],
  ]);
  expect(bn.body.hiddenCount).toBe(3);
});

it('ranks a local line by its province’s projects falling on it by default; another province gets 404', async () => {
  const created = await officerHN.post('/projects', newProjectRequest('Đề án địa phương', dates()));
  expect(created.status).toBe(201);
  await act(officerHN, created.body.id, { action: 'submit' });
  const res = await ranking(approverHN, local.id, local.line);
  expect(res.status).toBe(200);
  expect(res.body.candidates.map((c: any) => [c.rank, c.id, c.fitsRemaining])).toEqual([[1, created.body.id, true]]);
  expect((await ranking(officerBN, local.id, local.line)).status).toBe(404);
  // The national plan's line is not a line of the local plan, nor is an unknown one.
  expect((await ranking(approverHN, local.id, national.line)).status).toBe(404);
  expect((await ranking(approverHN, local.id, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  expect((await ranking(approverHN, '00000000-0000-4000-8000-000000000000', local.line)).status).toBe(404);
});

it('refuses a role that may not read plans (403) and a caller without a token (401)', async () => {
  expect((await ranking(unitHN, local.id, local.line)).status).toBe(403);
  expect((await ranking(new ApiClient(api.baseUrl), local.id, local.line)).status).toBe(401);
});

it('drops a candidate once it is approved, and the line’s remaining amount moves with it', async () => {
  // The pilot project goes through the national path and is approved at what it asked.
  const pilotPath: Array<[ApiClient, Record<string, unknown>]> = [
    [officerHN, { action: 'open_appraisal' }],
    [approverHN, { action: 'register' }],
    [cucOfficer, { action: 'open_ministry_appraisal' }],
    [
      cucLeader,
      { action: 'approve', decisionNo: '78/QĐ-BCT', decisionDate: todayInVietnam(), approvedSupportVnd: 200_000_000 },
    ],
  ];
  for (const [client, body] of pilotPath) await act(client, ids.pilot, body);
  const res = await ranking(cucOfficer, national.id, national.line);
  expect(res.body.remainingVnd).toBe(270_000_000);
  expect(res.body.candidates.map((c: any) => [c.rank, c.id, c.cumulativeRequestedVnd, c.fitsRemaining])).toEqual([
    [1, ids.area, 135_000_000, true],
    [2, ids.early, 270_000_000, true],
    [3, ids.bn, 370_000_000, false],
  ]);
});
