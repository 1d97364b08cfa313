/**
 * Deadlines that enforce themselves, on the real Temporal dev server, real PostgreSQL and a real SMTP
 * catcher, with seconds-long policies: reminders, overdue notices, escalations, stalls, extensions,
 * and a mail relay that goes away for a while. Every notice must arrive exactly once.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MailCatcher, findFreePort, startMailCatcher } from '@kc/devstack';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy } from '@kc/domain';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { caughtNotices, keysOf } from '../support/caught-notices';
import { eventually } from '../support/eventually';
import { approvalDecision } from '../support/request-bodies';

let api: ApiHarness;
let catcher: MailCatcher;
let smtpPort: number;
let mailDir: string;
let admin: ApiClient;
let officer: ApiClient;
let approver: ApiClient;
let unit: ApiClient;
let supervisor: ApiClient;
let supervisorBN: ApiClient;

/** A policy in seconds: everything else far away, so only what a test is about happens. */
function secondsPolicy(
  reporting: Partial<DeadlinePolicy['reporting']>,
  stall: Partial<DeadlinePolicy['stall']> = {},
): DeadlinePolicy {
  return {
    reporting: {
      cadence: { kind: 'EVERY', every: 'PT10M' },
      remindBefore: [],
      overdueRepeatEvery: { duration: 'PT10M' },
      escalateLevel1After: { duration: 'PT10M' },
      escalateLevel1AfterMissedInARow: 2,
      escalateLevel2After: { duration: 'PT20M' },
      ...reporting,
    },
    stall: { ...DEFAULT_DEADLINE_POLICY.stall, limits: {}, ...stall },
  };
}

const project = {
  scope: 'LOCAL',
  provinceCode: 'HN',
  category: 'MACHINERY',
  title: 'Hỗ trợ máy sấy nông sản (thử thời hạn)',
  implementingUnit: { name: 'Trung tâm Khuyến công Hà Nội', email: 'unit.hn@demo.local' },
  beneficiary: 'HTX Chè Tân Cương',
  totalCostVnd: 450000000,
  requestedSupportVnd: 135000000,
  plannedStart: '2026-03-01',
  plannedEnd: '2027-11-30',
};

/** Creates a project with the given policy and walks it to the given point. */
async function projectWith(
  policy: DeadlinePolicy,
  until: 'SUBMITTED' | 'CONTRACTED',
): Promise<{ id: string; code: string }> {
  const created = await officer.post('/projects', project);
  expect(created.status).toBe(201);
  const { id, code } = created.body;
  const set = await admin.put(`/projects/${id}/deadline-policy`, policy);
  expect(set.status).toBe(200);
  const act = async (client: ApiClient, body: Record<string, unknown>) => {
    const res = await client.post(`/projects/${id}/actions`, body);
    expect(res.status).toBe(200);
  };
  await act(officer, { action: 'submit' });
  if (until === 'CONTRACTED') {
    await act(officer, { action: 'open_appraisal' });
    await act(approver, { action: 'approve', ...approvalDecision() });
    await act(officer, { action: 'sign_contract', contractNo: 'HĐ-DL', contractDate: '2026-04-01' });
  }
  return { id, code };
}

const notices = (code: string) => caughtNotices(mailDir, code);

function expectEachOnce(keys: string[]): void {
  expect(new Set(keys).size).toBe(keys.length);
}

beforeAll(async () => {
  mailDir = mkdtempSync(join(tmpdir(), 'kc-deadline-mail-'));
  smtpPort = await findFreePort();
  catcher = await startMailCatcher({ smtpPort, mailDir, log: () => undefined });
  api = await startApiHarness({ smtpUrl: catcher.smtpUrl });
  [admin, officer, approver, unit, supervisor, supervisorBN] = await Promise.all(
    ['admin', 'officer.hn', 'approver.hn', 'unit.hn', 'supervisor.hn', 'officer.bn'].map((u) =>
      ApiClient.login(api.baseUrl, `${u}@demo.local`),
    ),
  );
});

afterAll(async () => {
  await api?.stop();
  await catcher?.stop();
});

it('sends only the early reminders when the report comes in on time', async () => {
  const { id, code } = await projectWith(
    secondsPolicy({
      cadence: { kind: 'EVERY', every: 'PT12S' },
      remindBefore: [{ duration: 'PT8S' }, { duration: 'PT4S' }],
      overdueRepeatEvery: { duration: 'PT3S' },
      escalateLevel1After: { duration: 'PT5S' },
    }),
    'CONTRACTED',
  );
  await eventually(async () => expect(keysOf(await notices(code))).toContain('P0001:REMINDER:2'), 30000);
  const report = await unit.post(`/projects/${id}/reports`, {
    period: 'P0001',
    physicalProgressPct: 20,
    fundsUsedVnd: 50000000,
    issues: 'Đang lắp đặt máy sấy',
  });
  expect(report.status).toBe(201);
  expect(report.body).toMatchObject({ periodKey: 'P0001', version: 1, onTime: true });
  // P0002's first reminder comes 4 s after P0001 fell due: by then an overdue notice would have come too.
  await eventually(async () => expect(keysOf(await notices(code))).toContain('P0002:REMINDER:1'), 30000);
  const p1 = keysOf(await notices(code)).filter((k) => k.startsWith('P0001'));
  expect(p1).toEqual(['P0001:REMINDER:1', 'P0001:REMINDER:2']);
  const reminder = (await notices(code)).find((n) => n.kind === 'REMINDER')!.message;
  expect(reminder.to).toEqual(['unit.hn@demo.local']);
  expect(reminder.subject).toContain('[Nhắc hạn]');
  expect(reminder.text).toContain(code);

  const reports = await officer.get(`/projects/${id}/reports`);
  expect(reports.body[0]).toMatchObject({
    period: 'P0001',
    status: 'ON_TIME',
    versions: [expect.objectContaining({ version: 1 })],
  });
  // A second report for the period needs "correction" and becomes version 2; the first is kept.
  const again = await unit.post(`/projects/${id}/reports`, {
    period: 'P0001',
    physicalProgressPct: 25,
    fundsUsedVnd: 60000000,
  });
  expect(again.status).toBe(409);
  expect(again.body.message).toContain('correction');
  const corrected = await unit.post(`/projects/${id}/reports`, {
    period: 'P0001',
    physicalProgressPct: 25,
    fundsUsedVnd: 60000000,
    correction: true,
  });
  expect(corrected.body.version).toBe(2);
  const notOpen = await unit.post(`/projects/${id}/reports`, {
    period: 'P0099',
    physicalProgressPct: 1,
    fundsUsedVnd: 0,
  });
  expect(notOpen.status).toBe(409);
  expect(notOpen.body.message).toContain('P0001');
  const after = await officer.get(`/projects/${id}/reports`);
  expect(after.body[0].versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
});

it('repeats overdue notices, escalates to the Department then the national level once each, and stops when the report arrives', async () => {
  const { id, code } = await projectWith(
    secondsPolicy({
      cadence: { kind: 'EVERY', every: 'PT8S' },
      overdueRepeatEvery: { duration: 'PT3S' },
      escalateLevel1After: { duration: 'PT4S' },
      escalateLevel2After: { duration: 'PT7S' },
    }),
    'CONTRACTED',
  );
  await eventually(async () => expect(keysOf(await notices(code))).toContain('P0001:ESCALATION_2:1'), 40000);
  const late = await unit.post(`/projects/${id}/reports`, {
    period: 'P0001',
    physicalProgressPct: 10,
    fundsUsedVnd: 0,
  });
  expect(late.body.onTime).toBe(false);
  const overdueAtSubmission = keysOf(await notices(code)).filter((k) => k.startsWith('P0001:OVERDUE')).length;
  // P0002 fell due 8 s after P0001 and was missed too: two in a row escalate at once.
  await eventually(async () => expect(keysOf(await notices(code))).toContain('P0002:OVERDUE:3'), 40000);
  const all = await notices(code);
  expectEachOnce(keysOf(all));
  const p1 = keysOf(all).filter((k) => k.startsWith('P0001'));
  expect(p1).toEqual(
    expect.arrayContaining(['P0001:OVERDUE:1', 'P0001:OVERDUE:2', 'P0001:ESCALATION_1:1', 'P0001:ESCALATION_2:1']),
  );
  // At most the one notice already on its way when the report arrived.
  expect(p1.filter((k) => k.startsWith('P0001:OVERDUE')).length).toBeLessThanOrEqual(overdueAtSubmission + 1);
  expect(keysOf(all)).toContain('P0002:ESCALATION_1:1');

  const overdue = all.find((n) => n.key.endsWith('P0001:OVERDUE:1'))!.message;
  expect(overdue.to).toEqual(expect.arrayContaining(['unit.hn@demo.local', 'officer.hn@demo.local']));
  expect(overdue.subject).toContain('[Quá hạn]');
  const department = all.find((n) => n.key.endsWith('P0001:ESCALATION_1:1'))!.message;
  expect(department.to).toEqual(expect.arrayContaining(['approver.hn@demo.local', 'supervisor.hn@demo.local']));
  const level2 = all.find((n) => n.key.endsWith('P0001:ESCALATION_2:1'))!.message;
  // A local project's level 2 goes to the UBND tỉnh (DOMAIN.md §10.2), not to the Department's leaders again.
  expect(level2.to).toContain('ubnd.hn@demo.local');
  expect(level2.text.split('\n')[0]).toBe('Kính gửi: Ủy ban nhân dân thành phố Hà Nội');

  const reports = await officer.get(`/projects/${id}/reports`);
  expect(reports.body.find((r: { period: string }) => r.period === 'P0001').status).toBe('LATE');

  // One escalation for P0001's report: level 1 then level 2 in place; the late report closed it by itself.
  const state = await officer.get(`/projects/${id}/deadlines`);
  const p1Escalations = state.body.escalations.filter((e: { periodKey: string }) => e.periodKey === 'P0001');
  expect(p1Escalations).toHaveLength(1);
  expect(p1Escalations[0]).toMatchObject({ level: 2, status: 'AUTO_CLOSED', closedReason: 'REPORT_SUBMITTED' });
  expect(p1Escalations[0].levels.map((l: { level: number }) => l.level)).toEqual([1, 2]);
  expect((await approver.post(`/escalations/${p1Escalations[0].id}/ack`, {})).status).toBe(409);

  // The Department leader works P0002's escalation, still open: acknowledge, then resolve with a note; the
  // supervisor, who receives it, only reads it (read-only seat, issue 13).
  const escalation = state.body.escalations.find((e: { periodKey: string }) => e.periodKey === 'P0002');
  expect(escalation.status).toBe('OPEN');
  expect((await officer.post(`/escalations/${escalation.id}/ack`, {})).status).toBe(403);
  expect((await supervisorBN.post(`/escalations/${escalation.id}/ack`, {})).status).toBe(403);
  expect((await supervisor.post(`/escalations/${escalation.id}/ack`, {})).status).toBe(403);
  const acked = await approver.post(`/escalations/${escalation.id}/ack`, {});
  expect(acked.body.status).toBe('ACKNOWLEDGED');
  expect((await approver.post(`/escalations/${escalation.id}/resolve`, {})).status).toBe(400);
  const resolved = await approver.post(`/escalations/${escalation.id}/resolve`, {
    note: 'Đã kiểm tra thực tế, đơn vị đã nộp báo cáo',
  });
  expect(resolved.body).toMatchObject({
    status: 'RESOLVED',
    resolutionNote: 'Đã kiểm tra thực tế, đơn vị đã nộp báo cáo',
    resolvedByName: expect.any(String),
  });
  expect((await approver.post(`/escalations/${escalation.id}/resolve`, { note: 'lần nữa' })).status).toBe(409);
  expect(state.body.notifications.length).toBeGreaterThan(3);
});

it('moves the timers when a deadline is extended', async () => {
  const { id, code } = await projectWith(
    secondsPolicy({ cadence: { kind: 'EVERY', every: 'PT8S' }, overdueRepeatEvery: { duration: 'PT3S' } }),
    'CONTRACTED',
  );
  const refused = await unit.post(`/projects/${id}/deadlines/extend`, {
    periodKey: 'P0001',
    newDueDay: '2030-01-31',
    reason: 'x',
  });
  expect(refused.status).toBe(403);
  const noReason = await officer.post(`/projects/${id}/deadlines/extend`, {
    periodKey: 'P0001',
    newDueDay: '2030-01-31',
    reason: '',
  });
  expect(noReason.status).toBe(400);
  const extended = await officer.post(`/projects/${id}/deadlines/extend`, {
    periodKey: 'P0001',
    newDueDay: '2030-01-31',
    reason: 'Thiết bị nhập khẩu về chậm',
  });
  expect(extended.status).toBe(200);
  expect(extended.body.periods[0].extended).toMatchObject({ dueDay: '2030-01-31' });
  // P0002 is due 8 s after P0001 was: its overdue notices come, P0001's never do.
  await eventually(async () => expect(keysOf(await notices(code))).toContain('P0002:OVERDUE:2'), 40000);
  const keys = keysOf(await notices(code));
  expect(keys.filter((k) => k.startsWith('P0001'))).toEqual([]);
  // P0001 is not missed (its deadline moved), so P0002 alone does not escalate at once.
  expect(keys).not.toContain('P0002:ESCALATION_1:1');
  const reports = await officer.get(`/projects/${id}/reports`);
  // dueDay is the extended day, as dueAt (24:00 local that day).
  expect(reports.body[0]).toMatchObject({ period: 'P0001', status: 'OPEN', extended: true, dueDay: '2030-01-31' });
});

it('marks a stalled appraisal and escalates it level by level', async () => {
  const { code } = await projectWith(
    secondsPolicy(
      {},
      {
        limits: { SUBMITTED: { duration: 'PT3S' } },
        escalateLevel1After: { duration: 'PT3S' },
        escalateLevel2After: { duration: 'PT6S' },
      },
    ),
    'SUBMITTED',
  );
  await eventually(async () => expect(keysOf(await notices(code))).toContain('STATE-SUBMITTED:ESCALATION_2:1'), 30000);
  const all = (await notices(code)).filter((n) => n.periodOrState.startsWith('STATE-'));
  expect(keysOf(all)).toEqual([
    'STATE-SUBMITTED:STALLED:1',
    'STATE-SUBMITTED:ESCALATION_1:1',
    'STATE-SUBMITTED:ESCALATION_2:1',
  ]);
  // Waiting on the Department's own step: its processing time is exceeded, the project is not "chậm tiến độ".
  expect(all[0].message.subject).toContain('Quá thời hạn xử lý ở bước "Đã nộp Sở Công Thương"');
  expect(all[0].message.subject).not.toContain('[Chậm tiến độ]');
  expect(all[0].message.to).toContain('officer.hn@demo.local');
});

it('delivers every notice exactly once when the mail relay is down for a while', async () => {
  const { code } = await projectWith(
    secondsPolicy({
      cadence: { kind: 'EVERY', every: 'PT6S' },
      overdueRepeatEvery: { duration: 'PT2S' },
      escalateLevel1After: { duration: 'PT3S' },
      escalateLevel2After: { duration: 'PT5S' },
    }),
    'CONTRACTED',
  );
  await eventually(async () => expect(keysOf(await notices(code))).toContain('P0001:OVERDUE:1'), 30000);
  await catcher.stop();
  const downSince = Date.now();
  // While the relay is away the worker's sends fail and Temporal retries them with backoff.
  await eventually(async () => {
    const log = await api.worker.dataSource.query(
      `SELECT count(*)::int AS n FROM notification_log n JOIN projects p ON p.id = n.project_id WHERE p.code = $1 AND n.status = 'PENDING' AND n.last_error IS NOT NULL`,
      [code],
    );
    expect(log[0].n).toBeGreaterThan(0);
  }, 30000);
  expect(Date.now() - downSince).toBeLessThan(30000);
  catcher = await startMailCatcher({ smtpPort, mailDir, log: () => undefined });
  await eventually(async () => expect(keysOf(await notices(code))).toContain('P0001:ESCALATION_2:1'), 60000);
  await eventually(async () => {
    const pending = await api.worker.dataSource.query(
      `SELECT count(*)::int AS n FROM notification_log n JOIN projects p ON p.id = n.project_id WHERE p.code = $1 AND n.status <> 'SENT'`,
      [code],
    );
    expect(pending[0].n).toBe(0);
  }, 60000);
  const keys = keysOf(await notices(code));
  expectEachOnce(keys);
  const logged: Array<{ key: string }> = await api.worker.dataSource.query(
    `SELECT idempotency_key AS key FROM notification_log n JOIN projects p ON p.id = n.project_id WHERE p.code = $1`,
    [code],
  );
  // Every logged notice arrived, once.
  expect(keys.length).toBeGreaterThanOrEqual(logged.length - 1);
});
