/**
 * "Việc cần xử lý" over HTTP: each user's inbox lists what waits for that user, within reach. The officer sees
 * dossiers to appraise, the approver projects to approve, the implementing unit only its own reports due, and
 * a Bắc Ninh user nothing of Hà Nội; escalations reach the people the notifier mails.
 */
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy } from '@kc/domain';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { approvalDecision, newProjectRequest, todayInVietnam } from '../support/request-bodies';

let api: ApiHarness;
let admin: ApiClient;
let officerHN: ApiClient;
let approverHN: ApiClient;
let supervisorHN: ApiClient;
let supervisorNational: ApiClient;
let unitHN: ApiClient;
let officerBN: ApiClient;
let approverBN: ApiClient;
let unitBN: ApiClient;

/** Reports every few seconds, a level-1 escalation two seconds after a missed one; no stall clock. */
const fastReports = (every: string): DeadlinePolicy => ({
  reporting: {
    cadence: { kind: 'EVERY', every },
    remindBefore: [],
    overdueRepeatEvery: { duration: 'PT1H' },
    escalateLevel1After: { duration: 'PT2S' },
    escalateLevel1AfterMissedInARow: 2,
    escalateLevel2After: { duration: 'PT1H' },
  },
  stall: { ...DEFAULT_DEADLINE_POLICY.stall, limits: {} },
});

type Stage = 'SUBMITTED' | 'BASE_APPRAISAL' | 'CONTRACTED';

async function projectAt(
  stage: Stage,
  title: string,
  overrides: Record<string, unknown> = {},
  policy?: DeadlinePolicy,
) {
  const created = await officerHN.post('/projects', newProjectRequest(title, overrides));
  expect(created.status).toBe(201);
  const { id, code } = created.body as { id: string; code: string };
  if (policy) {
    const saved = await admin.put(`/projects/${id}/deadline-policy`, policy);
    expect({ status: saved.status, body: saved.body }).toMatchObject({ status: 200 });
  }
  const steps: Array<[ApiClient, Record<string, unknown>]> = [[officerHN, { action: 'submit' }]];
  if (stage !== 'SUBMITTED') steps.push([officerHN, { action: 'open_appraisal' }]);
  if (stage === 'CONTRACTED') {
    steps.push([approverHN, { action: 'approve', ...approvalDecision() }]);
    steps.push([officerHN, { action: 'sign_contract', contractNo: '01/HĐ-INBOX', contractDate: todayInVietnam() }]);
  }
  for (const [client, body] of steps) {
    const res = await client.post(`/projects/${id}/actions`, body);
    expect({ action: body.action, status: res.status }).toEqual({ action: body.action, status: 200 });
  }
  return { id, code };
}

const codes = (items: Array<{ code: string }>) => items.map((i) => i.code);

let submitted: { id: string; code: string };
let appraising: { id: string; code: string };
let reporting: { id: string; code: string };
let otherUnit: { id: string; code: string };
let nationalToRegister: { id: string; code: string };

beforeAll(async () => {
  api = await startApiHarness();
  [admin, officerHN, approverHN, supervisorHN, supervisorNational, unitHN, officerBN, approverBN, unitBN] =
    await Promise.all(
      [
        'admin',
        'officer.hn',
        'approver.hn',
        'supervisor.hn',
        'supervisor.national',
        'unit.hn',
        'officer.bn',
        'approver.bn',
        'unit.bn',
      ].map((u) => ApiClient.login(api.baseUrl, `${u}@demo.local`)),
    );
  submitted = await projectAt('SUBMITTED', 'Hộp việc: hồ sơ chờ thẩm định');
  appraising = await projectAt('BASE_APPRAISAL', 'Hộp việc: chờ phê duyệt');
  reporting = await projectAt('CONTRACTED', 'Hộp việc: báo cáo tiến độ', {}, fastReports('PT4S'));
  otherUnit = await projectAt(
    'CONTRACTED',
    'Hộp việc: đơn vị khác',
    { implementingUnit: { name: 'HTX Mây tre Phú Vinh', email: 'htx.phuvinh@demo.local' } },
    fastReports('PT1H'),
  );
  nationalToRegister = await projectAt('BASE_APPRAISAL', 'Hộp việc: đề án quốc gia chờ đăng ký', {
    scope: 'NATIONAL',
    plannedStart: '2027-02-01',
    plannedEnd: '2027-11-30',
  });
}, 120000);

afterAll(async () => {
  await api?.stop();
});

it('the officer sees the submitted dossier to appraise, with the step to take, and not the approver’s', async () => {
  const res = await officerHN.get('/inbox?limit=200');
  expect(res.status).toBe(200);
  const mine = res.body.projects.find((p: { code: string }) => p.code === submitted.code);
  expect(mine).toMatchObject({
    projectId: submitted.id,
    state: 'SUBMITTED',
    stateLabel: { vi: 'Đã nộp Sở Công Thương' },
    actions: [{ action: 'open_appraisal', label: { vi: 'Tiến hành thẩm định cấp cơ sở' } }],
  });
  expect(codes(res.body.projects)).not.toContain(appraising.code);
  expect(res.body.reports).toEqual([]);
  expect(res.body.escalations).toEqual([]);
  expect(res.body.counts.projects).toBeGreaterThanOrEqual(res.body.projects.length);
});

it('the approver sees the project to approve, not the dossier still with the officer', async () => {
  const res = await approverHN.get('/inbox?limit=200');
  expect(res.status).toBe(200);
  const mine = res.body.projects.find((p: { code: string }) => p.code === appraising.code);
  expect(mine.actions.map((a: { action: string }) => a.action)).toEqual(['approve']);
  expect(codes(res.body.projects)).not.toContain(submitted.code);
  expect(res.body.reports).toEqual([]);
});

it('a national project awaiting registration shows the Department’s registration deadline, 20/6 of the year before', async () => {
  const res = await approverHN.get('/inbox?limit=200');
  expect(res.status).toBe(200);
  const mine = res.body.projects.find((p: { code: string }) => p.code === nationalToRegister.code);
  expect(mine.actions.map((a: { action: string }) => a.action)).toEqual(['register']);
  // The policy's day (20 June, TT 17/2018) of 2026 for the 2027 plan: long past, so earlier than the step's own limit.
  expect(mine.deadline).toMatchObject({
    dueDay: '2026-06-20',
    dueLocal: '20/06/2026',
    tone: 'OVERDUE',
    basis: { vi: 'Hạn Sở đăng ký với Cục cho kế hoạch năm 2027' },
  });
  // A local project waiting in the same state keeps its own time limit, with no registration basis.
  const local = res.body.projects.find((p: { code: string }) => p.code === appraising.code);
  expect(local.deadline?.basis).toBeUndefined();
});

it('the implementing unit sees only its own projects’ reports due, with the days left or overdue', async () => {
  const res = await eventually(async () => {
    const answer = await unitHN.get('/inbox?limit=200');
    expect(codes(answer.body.reports)).toContain(reporting.code);
    return answer;
  }, 30000);
  expect(codes(res.body.reports)).not.toContain(otherUnit.code);
  for (const report of res.body.reports) {
    const project = await unitHN.get(`/projects/${report.projectId}`);
    expect(project.status).toBe(200);
    expect(project.body.implementingUnit.email).toBe('unit.hn@demo.local');
    expect(['OVERDUE', 'SOON', 'LATER']).toContain(report.deadline.tone);
    expect(report.deadline.dueLocal).toMatch(/\d{2}\/\d{2}\/\d{4}/);
  }
  expect(codes(res.body.projects)).not.toContain(otherUnit.code);
  expect(res.body.escalations).toEqual([]);
  const counts = await unitHN.get('/inbox/counts');
  expect(counts.status).toBe(200);
  expect(counts.body.reports).toBeGreaterThanOrEqual(1);
  expect(counts.body.total).toBe(
    counts.body.projects + counts.body.reports + counts.body.escalations + counts.body.adjustments,
  );
});

it('a late report escalated at level 1 reaches the province supervisor and approver, not the national level', async () => {
  await eventually(async () => {
    const res = await supervisorHN.get('/inbox?limit=200');
    const item = res.body.escalations.find((e: { code: string }) => e.code === reporting.code);
    expect(item).toMatchObject({ level: 1, what: { kind: 'REPORT' }, deadline: { tone: 'OVERDUE' } });
  }, 45000);
  expect(codes((await approverHN.get('/inbox?limit=200')).body.escalations)).toContain(reporting.code);
  expect(codes((await supervisorNational.get('/inbox?limit=200')).body.escalations)).not.toContain(reporting.code);
  expect(codes((await officerHN.get('/inbox?limit=200')).body.escalations)).not.toContain(reporting.code);
  const counts = await supervisorHN.get('/inbox/counts');
  expect(counts.body.escalations).toBeGreaterThanOrEqual(1);
  // The report arrives late; once reported, the period no longer waits for the unit.
  const period = (await unitHN.get('/inbox?limit=200')).body.reports.find(
    (r: { code: string }) => r.code === reporting.code,
  );
  const sent = await unitHN.post(`/projects/${reporting.id}/reports`, {
    period: period.period,
    physicalProgressPct: 20,
    fundsUsedVnd: 1000000,
  });
  expect(sent.status).toBe(201);
  await eventually(async () => {
    const after = (await unitHN.get('/inbox?limit=200')).body.reports;
    expect(after.map((r: { code: string; period: string }) => `${r.code}/${r.period}`)).not.toContain(
      `${reporting.code}/${period.period}`,
    );
  });
}, 90000);

it('a Bắc Ninh user sees nothing of Hà Nội', async () => {
  for (const client of [officerBN, approverBN, unitBN]) {
    const res = await client.get('/inbox?limit=200');
    expect(res.status).toBe(200);
    const all = [...res.body.projects, ...res.body.reports, ...res.body.escalations].map((i) => i.code);
    expect(all.filter((code: string) => code.includes('-HN-'))).toEqual([]);
  }
});

it('supervisors and admins have no lifecycle step waiting; a bad limit is a 400 naming it', async () => {
  expect((await admin.get('/inbox?limit=200')).body.projects).toEqual([]);
  expect((await supervisorHN.get('/inbox?limit=200')).body.projects).toEqual([]);
  const bad = await officerHN.get('/inbox?limit=0');
  expect(bad.status).toBe(400);
  expect(bad.body.message).toContain('limit');
  expect((await officerHN.get('/inbox?unknown=1')).status).toBe(400);
  expect((await new ApiClient(api.baseUrl).get('/inbox?limit=200')).status).toBe(401);
});
