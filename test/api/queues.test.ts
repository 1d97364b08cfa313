/**
 * The supervisors' queues and the dashboard over HTTP, on real projects whose seconds-long policies make
 * reports late and projects stall: reach, filters, ordering, keyset pagination while rows keep changing,
 * CSV and XLSX exports.
 */
import ExcelJS from 'exceljs';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy, NINE_MONTH_REVIEW_SCHEDULE_ID } from '@kc/domain';
import { readCaughtMessages } from '@kc/devstack';
import { ensureNineMonthReviewSchedule } from '../../apps/worker/src/review-schedule';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { approvalDecision, todayInVietnam, certifiedProgress } from '../support/request-bodies';

let api: ApiHarness;
let admin: ApiClient;
let officerHN: ApiClient;
let approverHN: ApiClient;
let officerBN: ApiClient;
let approverBN: ApiClient;
let supervisorHN: ApiClient;
let supervisorNational: ApiClient;
let unitHN: ApiClient;
const codes: Record<string, string> = {};

const policy = (every: string, stall: DeadlinePolicy['stall']['limits'] = {}): DeadlinePolicy => ({
  reporting: {
    cadence: { kind: 'EVERY', every },
    remindBefore: [],
    overdueRepeatEvery: { duration: 'PT1H' },
    escalateLevel1After: { duration: 'PT2S' },
    escalateLevel1AfterMissedInARow: 2,
    escalateLevel2After: { duration: 'PT1H' },
  },
  stall: {
    ...DEFAULT_DEADLINE_POLICY.stall,
    limits: stall,
    escalateLevel1After: { duration: 'PT1H' },
    escalateLevel2After: { duration: 'PT2H' },
  },
});

async function project(
  officer: ApiClient,
  approver: ApiClient,
  province: string,
  overrides: Record<string, unknown>,
  p: DeadlinePolicy,
  until: 'SUBMITTED' | 'CONTRACTED',
): Promise<string> {
  const created = await officer.post('/projects', {
    scope: 'LOCAL',
    provinceCode: province,
    category: 'MACHINERY',
    title: 'Đề án hàng đợi',
    implementingUnit: { name: 'Trung tâm Khuyến công', email: `unit.${province.toLowerCase()}@demo.local` },
    beneficiary: 'HTX',
    totalCostVnd: 400000000,
    requestedSupportVnd: 100000000,
    plannedStart: '2026-03-01',
    plannedEnd: '2027-12-31',
    ...overrides,
  });
  expect(created.status).toBe(201);
  const id = created.body.id;
  expect((await admin.put(`/projects/${id}/deadline-policy`, p)).status).toBe(200);
  const act = (c: ApiClient, body: object) => c.post(`/projects/${id}/actions`, body);
  await act(officer, { action: 'submit' });
  if (until === 'CONTRACTED') {
    await act(officer, { action: 'open_appraisal' });
    await act(approver, { action: 'approve', ...approvalDecision(100000000) });
    await act(officer, { action: 'sign_contract', contractNo: 'HĐ-Q', contractDate: todayInVietnam() });
    await act(officer, certifiedProgress());
    await act(officer, { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 30000000 });
  }
  return created.body.code;
}

const codesIn = (items: Array<{ code: string }>) => new Set(items.map((i) => i.code));

beforeAll(async () => {
  api = await startApiHarness();
  [admin, officerHN, approverHN, officerBN, approverBN, supervisorHN, supervisorNational, unitHN] = await Promise.all(
    [
      'admin',
      'officer.hn',
      'approver.hn',
      'officer.bn',
      'approver.bn',
      'supervisor.hn',
      'supervisor.national',
      'unit.hn',
    ].map((u) => ApiClient.login(api.baseUrl, `${u}@demo.local`)),
  );
  codes.machineryHN = await project(officerHN, approverHN, 'HN', {}, policy('PT3S'), 'CONTRACTED');
  codes.trainingHN = await project(
    officerHN,
    approverHN,
    'HN',
    { category: 'TRAINING', title: 'Đào tạo nghề' },
    policy('PT4S'),
    'CONTRACTED',
  );
  codes.machineryBN = await project(officerBN, approverBN, 'BN', {}, policy('PT3S'), 'CONTRACTED');
  codes.stalledHN = await project(
    officerHN,
    approverHN,
    'HN',
    { title: 'Hồ sơ chờ thẩm định' },
    policy('PT1H', { SUBMITTED: { duration: 'PT2S' } }),
    'SUBMITTED',
  );
  // Wait until both Hà Nội projects have an escalated late report and Bắc Ninh has one too.
  await eventually(async () => {
    const national = await supervisorNational.get('/queues/late-reports?level=1&limit=500');
    const seen = codesIn(national.body.items);
    expect([codes.machineryHN, codes.trainingHN, codes.machineryBN].every((c) => seen.has(c))).toBe(true);
  }, 60000);
});

afterAll(async () => {
  await api?.stop();
});

it('shows a province supervisor its own late reports, most overdue first, with what, how long and who', async () => {
  const res = await supervisorHN.get('/queues/late-reports?limit=500');
  expect(res.status).toBe(200);
  const items = res.body.items as Array<any>;
  expect(items.every((i) => i.provinceCode === 'HN')).toBe(true);
  expect(codesIn(items).has(codes.machineryBN)).toBe(false);
  const row = items.find((i) => i.code === codes.machineryHN);
  expect(row).toMatchObject({
    provinceName: 'Hà Nội',
    officer: { email: 'officer.hn@demo.local' },
    what: { kind: 'REPORT', period: 'P0001', label: { vi: 'kỳ 1', en: 'period 1' } },
    daysOverdue: { working: expect.any(Number), calendar: expect.any(Number) },
    lastAction: expect.objectContaining({ action: expect.any(String), by: expect.stringContaining('@demo.local') }),
  });
  const dues = items.map((i) => Date.parse(i.dueAt));
  expect([...dues].sort((a, b) => a - b)).toEqual(dues);
  // Another province's filter reveals nothing.
  expect((await supervisorHN.get('/queues/late-reports?province=BN')).body.items).toEqual([]);
});

it('filters by province, scope, category, officer and level', async () => {
  const bn = await supervisorNational.get('/queues/late-reports?province=BN&limit=500');
  expect(bn.body.items.length).toBeGreaterThan(0);
  expect(bn.body.items.every((i: any) => i.provinceCode === 'BN')).toBe(true);
  const training = await supervisorHN.get('/queues/late-reports?category=TRAINING&limit=500');
  // Other suites' Hà Nội training projects may be late too (the suites share one database): all are training.
  expect(codesIn(training.body.items).has(codes.trainingHN)).toBe(true);
  expect(training.body.items.every((i: any) => i.category === 'TRAINING')).toBe(true);
  expect(codesIn(training.body.items).has(codes.machineryHN)).toBe(false);
  const national = await supervisorHN.get('/queues/late-reports?scope=NATIONAL');
  // Other suites' national Hà Nội projects may be late too (the cluster step shares one database): none is local.
  expect(national.body.items.every((i: any) => i.code.startsWith('KCQG-'))).toBe(true);
  const byOfficer = await supervisorNational.get('/queues/late-reports?officer=officer.bn@demo.local&limit=500');
  // Other suites' Bắc Ninh projects may be late too: the filter must keep officer.bn's projects only.
  expect(codesIn(byOfficer.body.items).has(codes.machineryBN)).toBe(true);
  expect(byOfficer.body.items.every((i: any) => i.officer?.email === 'officer.bn@demo.local')).toBe(true);
  const level1 = await supervisorHN.get('/queues/late-reports?level=1&limit=500');
  expect(level1.body.items.length).toBeGreaterThan(0);
  expect(level1.body.items.every((i: any) => i.escalationLevel === 1)).toBe(true);
  expect((await supervisorHN.get('/queues/late-reports?level=7')).status).toBe(400);
  expect((await supervisorHN.get('/queues/late-reports?cursor=nonsense')).status).toBe(400);
  expect((await unitHN.get('/queues/late-reports')).status).toBe(403);
});

it('pages with a stable keyset cursor while new periods keep falling due', async () => {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: { body: { items: Array<any>; nextCursor: string | null } } = await supervisorNational.get(
      `/queues/late-reports?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
    );
    for (const i of page.body.items) seen.push(`${i.code}:${i.what.period}`);
    cursor = page.body.nextCursor;
    pages += 1;
    // Let the projects' 3-second periods fall due between pages.
    await new Promise((resolve) => setTimeout(resolve, 300));
  } while (cursor && pages < 200);
  expect(new Set(seen).size).toBe(seen.length);
  expect(pages).toBeGreaterThan(1);
});

it('lists stalled projects, upcoming deadlines and escalations; resolving takes one off the open list', async () => {
  await eventually(async () => {
    const stalled = await supervisorHN.get('/queues/stalled');
    const row = stalled.body.items.find((i: any) => i.code === codes.stalledHN);
    expect(row).toMatchObject({
      what: { kind: 'STALL', state: 'SUBMITTED', stateLabel: { vi: 'Đã nộp Sở Công Thương' } },
    });
  }, 20000);
  // Its periods last 3 s: between one falling due and the workflow opening the next, none is upcoming.
  await eventually(async () => {
    const upcoming = await supervisorHN.get('/queues/upcoming?days=1&limit=500');
    expect(upcoming.body.items.some((i: any) => i.code === codes.machineryHN && i.what.kind === 'REPORT')).toBe(true);
  }, 20000);

  const open = await supervisorHN.get('/queues/escalations?limit=500');
  const escalation = open.body.items.find((i: any) => i.code === codes.machineryHN);
  expect(escalation.escalation).toMatchObject({ status: 'OPEN', level: 1 });
  await approverHN.post(`/escalations/${escalation.escalation.id}/ack`, {});
  await approverHN.post(`/escalations/${escalation.escalation.id}/resolve`, { note: 'Đã nhắc đơn vị' });
  const after = await supervisorHN.get('/queues/escalations?limit=500');
  expect(after.body.items.some((i: any) => i.escalation.id === escalation.escalation.id)).toBe(false);
  const resolved = await supervisorHN.get('/queues/escalations?status=RESOLVED&limit=500');
  expect(resolved.body.items.some((i: any) => i.escalation.id === escalation.escalation.id)).toBe(true);
});

it('exports the same query to CSV and XLSX with Vietnamese headers', async () => {
  const token = (supervisorHN as unknown as { token: string }).token;
  const csv = await fetch(`${api.baseUrl}/queues/late-reports?format=csv`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(csv.headers.get('content-type')).toContain('text/csv');
  const text = Buffer.from(await csv.arrayBuffer());
  expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(text.toString('utf8')).toContain('"Mã đề án (Code)","Tên đề án (Title)","Tỉnh, thành phố (Province)"');
  expect(text.toString('utf8')).toContain(codes.machineryHN);
  const xlsx = await fetch(`${api.baseUrl}/queues/late-reports?format=xlsx`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(1).getCell(1).value).toBe('Mã đề án (Code)');
  expect(sheet.getRow(1).getCell(3).value).toBe('Tỉnh, thành phố (Province)');
  const codesInSheet = sheet.getColumn(1).values.slice(2);
  expect(codesInSheet).toContain(codes.machineryHN);
  expect(codesInSheet).not.toContain(codes.machineryBN);
});

it('sums plan, disbursement, states and late counts per province and for the reach', async () => {
  const hn = await officerHN.get('/dashboard');
  expect(hn.status).toBe(200);
  expect(hn.body.reach.provinceCode).toBe('HN');
  expect(hn.body.provinces.map((p: any) => p.provinceCode)).toEqual(['HN']);
  const province = hn.body.provinces[0];
  expect(province.plannedSupportVnd).toBeGreaterThanOrEqual(200000000);
  expect(province.disbursedVnd.advances).toBeGreaterThanOrEqual(60000000);
  expect(province.percentOfPlan).toBeGreaterThan(0);
  expect(province.late).toBeGreaterThanOrEqual(2);
  expect(province.stalled).toBeGreaterThanOrEqual(1);
  expect(province.countsByState.CONTRACTED).toBeGreaterThanOrEqual(2);
  const national = await supervisorNational.get('/dashboard');
  expect(national.body.provinces.map((p: any) => p.provinceCode)).toEqual(expect.arrayContaining(['BN', 'HN']));
  expect(national.body.reach.plannedSupportVnd).toBeGreaterThanOrEqual(province.plannedSupportVnd);
  expect((await unitHN.get('/dashboard')).status).toBe(403);
});

it('runs the nine-month review on demand, stores it, mails the province supervisors and shows it on the dashboard', async () => {
  const res = await supervisorHN.post('/reviews/nine-month', {});
  expect(res.status).toBe(200);
  // This suite's two Hà Nội projects under way at least (other suites' projects in the shared database add more).
  expect(res.body.summary.flagged).toBeGreaterThanOrEqual(2);
  const rows = res.body.review.rows as Array<any>;
  expect(rows.every((r) => r.provinceCode === 'HN')).toBe(true);
  const row = rows.find((r) => r.code === codes.machineryHN);
  expect(row).toMatchObject({ disbursedPct: 30, reasons: expect.arrayContaining(['LOW_DISBURSEMENT']) });
  const national = await supervisorNational.get('/reviews/nine-month/latest');
  expect(national.body.rows.map((r: any) => r.code)).toEqual(
    expect.arrayContaining([codes.machineryHN, codes.machineryBN]),
  );
  await eventually(async () => {
    const mails = await readCaughtMessages(process.env.KC_TEST_MAIL_DIR!);
    // The supervisors get one on-demand review mail a year: this run's, or an earlier suite's run this year.
    const review = mails.find((m) => m.subject.startsWith('[Rà soát 9 tháng') && m.subject.includes('Hà Nội'));
    expect(review?.to).toContain('supervisor.hn@demo.local');
  }, 20000);
  const dashboard = await supervisorHN.get('/dashboard');
  expect(dashboard.body.nineMonthReview.flagged).toBe(rows.length);
  expect((await unitHN.post('/reviews/nine-month', {})).status).toBe(403);
});

it('keeps a Temporal Schedule for 30 September, 08:00 Vietnam time', async () => {
  await ensureNineMonthReviewSchedule(api.worker.client, api.worker.taskQueue);
  await ensureNineMonthReviewSchedule(api.worker.client, api.worker.taskQueue); // idempotent
  const schedule = await api.worker.client.schedule.getHandle(NINE_MONTH_REVIEW_SCHEDULE_ID).describe();
  expect(schedule.spec.timezone).toBe('Asia/Ho_Chi_Minh');
  expect(schedule.spec.calendars?.[0]).toMatchObject({
    month: [{ start: 'SEPTEMBER' }],
    dayOfMonth: [{ start: 30 }],
    hour: [{ start: 8 }],
  });
});

it('lists the dashboard’s provinces by risk, then by name in Vietnamese order', async () => {
  const national = await supervisorNational.get('/dashboard');
  const provinces = national.body.provinces as Array<{ provinceName: string; late: number; stalled: number }>;
  expect(provinces.length).toBeGreaterThanOrEqual(2);
  const vietnamese = new Intl.Collator('vi');
  for (let i = 1; i < provinces.length; i++) {
    const [a, b] = [provinces[i - 1]!, provinces[i]!];
    const order = b.late + b.stalled - (a.late + a.stalled) || b.late - a.late;
    expect(order < 0 || (order === 0 && vietnamese.compare(a.provinceName, b.provinceName) < 0)).toBe(true);
  }
  // Hà Nội has the late and stalled projects of this file: it comes before any province with none.
  const calm = provinces.findIndex((p) => p.late + p.stalled === 0);
  if (calm >= 0) expect(provinces.findIndex((p) => p.provinceName === 'Hà Nội')).toBeLessThan(calm);
});
