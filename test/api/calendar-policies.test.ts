/**
 * Issue 14 over HTTP: every date of the annual plan calendar is a policy value per level and province. The admin
 * reads each milestone's default, override and the day it falls due in a plan year after the Civil Code roll-over,
 * sets one (each bad field refused with a 400 naming it, in Vietnamese then English, never a 500, nothing stored),
 * resets one or all; each write is in the audit log under its level, province and milestone, and the running
 * calendar of the level is told (its history shows the signal and a second read of its dates). Others get a 403
 * naming who may.
 *
 * Cà Mau's local dates are this suite's own (no other suite sets them); the level's own local dates are reset at the
 * end.
 */
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { PLAN_CALENDAR_WORKFLOW_TYPE, planCalendarWorkflowId } from '@kc/domain';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { eventually } from '../support/eventually';
import { todayInVietnam } from '../support/request-bodies';

const PROVINCE = 'CM';
const base = '/admin/calendar-policies';
const cm = (year = 2027) => `${base}?level=LOCAL&provinceCode=${PROVINCE}&year=${year}`;

let api: ApiHarness;
let admin: ApiClient;
let officerHN: ApiClient;
let cucOfficer: ApiClient;

const byMilestone = (body: { milestones: Array<{ milestone: string }> }) =>
  Object.fromEntries(body.milestones.map((m) => [m.milestone, m])) as Record<string, any>;

beforeAll(async () => {
  api = await startApiHarness();
  [admin, officerHN, cucOfficer] = await Promise.all(
    ['admin@demo.local', 'officer.hn@demo.local', 'officer.cuc@demo.local'].map((email) =>
      ApiClient.login(api.baseUrl, email),
    ),
  );
  await admin.delete(`${base}/LOCAL?provinceCode=${PROVINCE}`);
});

afterAll(async () => {
  if (admin) {
    await admin.delete(`${base}/LOCAL?provinceCode=${PROVINCE}`);
    await admin.delete(`${base}/LOCAL`);
  }
  await api?.stop();
});

it('shows every milestone with its default, no override, and the day it falls due after the roll-over', async () => {
  const res = await admin.get(cm());
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ level: 'LOCAL', provinceCode: PROVINCE, year: 2027 });
  expect(res.body.milestones).toHaveLength(8);
  const due = res.body.milestones.map((m: any) => m.effective.dueAt);
  expect([...due].sort()).toEqual(due);
  const m = byMilestone(res.body);
  expect(m.DOSSIERS_TO_DEPARTMENT).toMatchObject({
    label: { vi: 'Gửi hồ sơ đề án về Sở Công Thương', en: 'Dossiers to the Department' },
    default: { yearOffset: -1, month: 5, day: 20, remindDaysBefore: 10 },
    defaultSource: 'BUILT_IN',
    override: null,
    updatedAtLocal: null,
    // Wednesday 20 May 2026: no roll-over.
    effective: { nominalDay: '2026-05-20', dueDay: '2026-05-20', rolled: false },
  });
  expect(m.DOSSIERS_TO_DEPARTMENT.legalBasis).toContain('TT 36/2013/TT-BCT');
  // Saturday 22 January 2028 → Monday 24 January (BLDS 2015 art. 148).
  expect(m.SETTLEMENT_CUTOFF.effective).toMatchObject({ nominalDay: '2028-01-22', dueDay: '2028-01-24', rolled: true });
  // The level's own dates when no province is named; this year when no year is.
  const level = await admin.get(`${base}?level=NATIONAL`);
  expect(level.status).toBe(200);
  expect(level.body).toMatchObject({
    level: 'NATIONAL',
    provinceCode: null,
    year: Number(todayInVietnam().slice(0, 4)),
  });
});

it('refuses everyone but the administrator, naming who may', async () => {
  for (const client of [officerHN, cucOfficer]) {
    const read = await client.get(cm());
    expect(read.status).toBe(403);
    expect(read.body.message).toContain('quản trị hệ thống');
    expect((await client.put(`${base}/LOCAL/GUIDANCE?provinceCode=${PROVINCE}`, { day: 15 })).status).toBe(403);
    expect((await client.delete(`${base}/LOCAL?provinceCode=${PROVINCE}`)).status).toBe(403);
  }
});

it('sets a province’s milestone, shown as its override with the new due day; resets it', async () => {
  const saved = await admin.put(`${base}/LOCAL/SETTLEMENT_CUTOFF?provinceCode=${PROVINCE}&year=2027`, {
    day: 15,
    remindDaysBefore: 5,
  });
  expect(saved.status).toBe(200);
  const m = byMilestone(saved.body);
  expect(m.SETTLEMENT_CUTOFF).toMatchObject({
    default: { month: 1, day: 22, remindDaysBefore: 10 },
    override: { day: 15, remindDaysBefore: 5 },
    // Saturday 15 January 2028 → Monday 17 January; reminded 5 days before, at 00:00 on 12/01.
    effective: { month: 1, day: 15, nominalDay: '2028-01-15', dueDay: '2028-01-17', remindDaysBefore: 5 },
  });
  expect(m.SETTLEMENT_CUTOFF.effective.remindAt).toBe('2028-01-11T17:00:00.000Z');
  expect(m.SETTLEMENT_CUTOFF.updatedAtLocal).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
  expect(m.FISCAL_YEAR_END.override).toBeNull();
  // The next plan year reads the same override.
  expect(byMilestone((await admin.get(cm(2028))).body).SETTLEMENT_CUTOFF.effective.nominalDay).toBe('2029-01-15');

  const reset = await admin.delete(`${base}/LOCAL/SETTLEMENT_CUTOFF?provinceCode=${PROVINCE}&year=2027`);
  expect(reset.status).toBe(200);
  expect(byMilestone(reset.body).SETTLEMENT_CUTOFF).toMatchObject({
    override: null,
    effective: { nominalDay: '2028-01-22' },
  });
});

it('puts the level’s own date under a province’s, field by field', async () => {
  expect((await admin.put(`${base}/LOCAL/GUIDANCE`, { month: 4, remindDaysBefore: 7 })).status).toBe(200);
  expect((await admin.put(`${base}/LOCAL/GUIDANCE?provinceCode=${PROVINCE}`, { day: 15 })).status).toBe(200);
  const m = byMilestone((await admin.get(cm())).body);
  expect(m.GUIDANCE).toMatchObject({
    default: { month: 4, day: 31, remindDaysBefore: 7 },
    defaultSource: 'LEVEL',
    override: { day: 15 },
    // Wednesday 15 April 2026.
    effective: { month: 4, day: 15, remindDaysBefore: 7, nominalDay: '2026-04-15', dueDay: '2026-04-15' },
  });
  // Reset everything of the province: the level's date shows through. 31 April is read as the month's last day
  // (BLDS 2015 art. 147); Thursday 30 April and Friday 1 May 2026 are holidays, then the weekend: Monday 4 May.
  const all = await admin.delete(`${base}/LOCAL?provinceCode=${PROVINCE}&year=2027`);
  expect(all.status).toBe(200);
  expect(all.body.milestones.every((x: any) => x.override === null)).toBe(true);
  expect(byMilestone(all.body).GUIDANCE.effective).toMatchObject({
    nominalDay: '2026-04-30',
    dueDay: '2026-05-04',
    rolled: true,
  });
  expect((await admin.delete(`${base}/LOCAL`)).status).toBe(200);
});

it('refuses bad input with a 400 naming each field, in Vietnamese then English, and stores nothing', async () => {
  const before = (await admin.get(cm())).body;
  const put = (path: string, body: unknown) => admin.put(`${base}/${path}?provinceCode=${PROVINCE}`, body);
  const cases: Array<[string, unknown, string]> = [
    ['LOCAL/GUIDANCE', { month: 13 }, 'month'],
    ['LOCAL/GUIDANCE', { month: 0, day: 10 }, 'month'],
    // 20 June is the registration's month: 31 does not exist in it.
    ['LOCAL/REGISTRATION_TO_CUC', { day: 31 }, 'day'],
    ['LOCAL/REGISTRATION_TO_CUC', { month: 2, day: 30 }, 'day'],
    ['LOCAL/GUIDANCE', { day: 32 }, 'day'],
    ['LOCAL/GUIDANCE', { remindDaysBefore: 61 }, 'remindDaysBefore'],
    ['LOCAL/GUIDANCE', { remindDaysBefore: -1 }, 'remindDaysBefore'],
    ['LOCAL/GUIDANCE', { remindDaysBefore: 2.5 }, 'remindDaysBefore'],
    ['LOCAL/GUIDANCE', { yearOffset: 2 }, 'yearOffset'],
    ['LOCAL/GUIDANCE', { month: '5' }, 'month'],
    ['LOCAL/GUIDANCE', {}, 'override'],
    ['LOCAL/GUIDANCE', { day: null }, 'override'],
    ['LOCAL/GUIDANCE', { week: 2 }, 'week'],
    ['LOCAL/GUIDANCE', [1, 2], ''],
    ['REGIONAL/GUIDANCE', { day: 1 }, 'level'],
    ['LOCAL/NOPE', { day: 1 }, 'milestone'],
  ];
  for (const [path, body, field] of cases) {
    const res = await put(path, body);
    expect({ path, body, status: res.status }).toEqual({ path, body, status: 400 });
    expect(res.body.message).toMatch(/^[^/]*[ạảãàáâậầấẩẫăắằặẳẵđêềếệểễơờớợởỡôồốộổỗưừứựửữ].* \/ .+/i);
    if (field)
      expect({ path, body, fields: Object.keys(res.body.fields ?? {}) }).toMatchObject({
        fields: expect.arrayContaining([field]),
      });
  }
  const wrongQuery = [
    `${base}?level=LOCAL&provinceCode=ZZ`,
    `${base}?level=REGIONAL`,
    `${base}`,
    `${base}?level=LOCAL&year=1999`,
    `${base}?level=LOCAL&year=abc`,
  ];
  for (const path of wrongQuery)
    expect({ path, status: (await admin.get(path)).status }).toEqual({ path, status: 400 });
  expect((await admin.delete(`${base}/LOCAL?provinceCode=XX`)).status).toBe(400);
  expect((await admin.delete(`${base}/ALL`)).status).toBe(400);
  expect((await admin.get(cm())).body).toEqual(before);
});

it('keeps each write in the audit log under its level, province and milestone', async () => {
  await admin.put(`${base}/LOCAL/PLAN_APPROVAL?provinceCode=${PROVINCE}`, { month: 1, yearOffset: 0 });
  await admin.put(`${base}/LOCAL/PLAN_APPROVAL?provinceCode=${PROVINCE}`, { month: 14 });
  await admin.delete(`${base}/LOCAL/PLAN_APPROVAL?provinceCode=${PROVINCE}`);
  const log = await admin.get(`/audit?action=${encodeURIComponent('/admin/calendar-policies')}&limit=50`);
  expect(log.status).toBe(200);
  const rows = log.body.items.filter((r: any) => r.targetId === `LOCAL:${PROVINCE}:PLAN_APPROVAL`);
  expect(rows.map((r: any) => [r.route, r.statusCode])).toEqual(
    expect.arrayContaining([
      ['PUT /api/admin/calendar-policies/:level/:milestone', 200],
      ['PUT /api/admin/calendar-policies/:level/:milestone', 400],
      ['DELETE /api/admin/calendar-policies/:level/:milestone', 200],
    ]),
  );
  expect(rows[0].actor.email).toBe('admin@demo.local');
});

it('tells the running calendar of the level, which reads its dates again', async () => {
  // Last year's calendar: the API tells it too (its 22/01 cut-off may be ahead), and no worker starts it, so the
  // test owns it. This year's and next year's are started by the cluster's workers (npm run test:cluster), and a
  // real calendar may be busy sending a due reminder when the signal comes.
  const year = Number(todayInVietnam().slice(0, 4)) - 1;
  const workflowId = planCalendarWorkflowId(year, 'LOCAL');
  let startedHere = true;
  const handle = await api.worker.client.workflow
    .start(PLAN_CALENDAR_WORKFLOW_TYPE, {
      workflowId,
      taskQueue: api.worker.taskQueue,
      args: [
        {
          year,
          level: 'LOCAL',
          provinceCodes: [PROVINCE],
          // Far ahead: the calendar only waits during the test.
          compressed: {
            startAt: new Date(Date.now() + 3_600_000).toISOString(),
            stepSeconds: 60,
            remindSecondsBefore: 1,
          },
        },
      ],
    })
    .catch((err: unknown) => {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      startedHere = false;
      return api.worker.client.workflow.getHandle(workflowId);
    });
  try {
    const reads = async () =>
      ((await handle.fetchHistory()).events ?? []).filter(
        (e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'loadPlanCalendar',
      ).length;
    await eventually(async () => expect(await reads()).toBeGreaterThanOrEqual(1));
    const before = await reads();
    const saved = await admin.put(`${base}/LOCAL/FISCAL_YEAR_END?provinceCode=${PROVINCE}`, { remindDaysBefore: 3 });
    expect(saved.status).toBe(200);
    expect(saved.body.notifiedCalendars).toContain(workflowId);
    await eventually(async () => expect(await reads()).toBe(before + 1));
    // A national change tells only the national calendars (none run here, unless the cluster's workers started them).
    const national = await admin.put(`${base}/NATIONAL/FISCAL_YEAR_END?provinceCode=${PROVINCE}`, { day: 30 });
    expect(national.status).toBe(200);
    expect(
      (national.body.notifiedCalendars as string[]).filter((id) => !id.startsWith('plan-calendar-NATIONAL-')),
    ).toEqual([]);
  } finally {
    if (startedHere) await handle.terminate('calendar-policies.test done');
    await admin.delete(`${base}/NATIONAL?provinceCode=${PROVINCE}`);
    await admin.delete(`${base}/LOCAL?provinceCode=${PROVINCE}`);
  }
});
