/**
 * Escalations with a life cycle and hand-off notices, over HTTP on the real worker, PostgreSQL and an SMTP catcher,
 * with seconds-long policies: one escalation per cause whose level is raised in place, closed by the system when
 * the late report arrives or the project leaves the stalled step, found again with the status filter; a hand-off
 * mail sent once with the web link, also when the relay was down during the user's action.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MailCatcher, findFreePort, startMailCatcher } from '@kc/devstack';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy, LifecycleEvent } from '@kc/domain';
import { EscalationRepository } from '@kc/persistence';
import { SmtpMailer } from '@kc/notifications';
import { HandOffNotifier } from '../../apps/worker/src/notices/hand-off-notifier';
import { ApiClient, ApiHarness, startApiHarness } from '../support/api-harness';
import { caughtNotices } from '../support/caught-notices';
import { eventually } from '../support/eventually';
import { approvalDecision, newProjectRequest, todayInVietnam } from '../support/request-bodies';

const WEB = 'http://127.0.0.1:3000';

let api: ApiHarness;
let catcher: MailCatcher;
let smtpPort: number;
let mailDir: string;
let admin: ApiClient;
let officer: ApiClient;
let approver: ApiClient;
let unit: ApiClient;
let supervisor: ApiClient;

/** P0001 falls due 6 s after the contract, level 1 two seconds later, level 2 four seconds later. */
const LATE_REPORT_POLICY: DeadlinePolicy = {
  reporting: {
    cadence: { kind: 'EVERY', every: 'PT6S' },
    remindBefore: [],
    overdueRepeatEvery: { duration: 'PT1H' },
    escalateLevel1After: { duration: 'PT2S' },
    escalateLevel1AfterMissedInARow: 2,
    escalateLevel2After: { duration: 'PT4S' },
  },
  stall: { ...DEFAULT_DEADLINE_POLICY.stall, limits: {} },
};

/** Two seconds at SUBMITTED, then a level-1 warning one second later. */
const STALL_POLICY: DeadlinePolicy = {
  reporting: { ...LATE_REPORT_POLICY.reporting, cadence: { kind: 'EVERY', every: 'PT1H' } },
  stall: {
    ...DEFAULT_DEADLINE_POLICY.stall,
    limits: { SUBMITTED: { duration: 'PT2S' } },
    escalateLevel1After: { duration: 'PT1S' },
    escalateLevel2After: { duration: 'PT1H' },
  },
};

async function act(client: ApiClient, id: string, body: Record<string, unknown>) {
  const res = await client.post(`/projects/${id}/actions`, body);
  expect(res.status).toBe(200);
  return res;
}

async function newProject(title: string, policy: DeadlinePolicy): Promise<{ id: string; code: string }> {
  const created = await officer.post('/projects', newProjectRequest(title));
  expect(created.status).toBe(201);
  expect((await admin.put(`/projects/${created.body.id}/deadline-policy`, policy)).status).toBe(200);
  return { id: created.body.id, code: created.body.code };
}

async function escalationsOf(code: string, status?: string) {
  const res = await supervisor.get(`/queues/escalations?limit=500${status ? `&status=${status}` : ''}`);
  expect(res.status).toBe(200);
  return res.body.items.filter((i: { code: string }) => i.code === code);
}

const mails = (code: string) => caughtNotices(mailDir, code);

beforeAll(async () => {
  mailDir = mkdtempSync(join(tmpdir(), 'kc-escalation-mail-'));
  smtpPort = await findFreePort();
  catcher = await startMailCatcher({ smtpPort, mailDir, log: () => undefined });
  api = await startApiHarness({ smtpUrl: catcher.smtpUrl });
  [admin, officer, approver, unit, supervisor] = await Promise.all(
    ['admin', 'officer.hn', 'approver.hn', 'unit.hn', 'supervisor.hn'].map((u) =>
      ApiClient.login(api.baseUrl, `${u}@demo.local`),
    ),
  );
});

afterAll(async () => {
  await api?.stop();
  await catcher?.stop();
});

it('keeps one escalation per late report, raised from level 1 to level 2, closed by the report, found as AUTO_CLOSED', async () => {
  const { id, code } = await newProject('Máy sấy nông sản (cảnh báo tự đóng)', LATE_REPORT_POLICY);
  await act(officer, id, { action: 'submit' });
  await act(officer, id, { action: 'open_appraisal' });
  await act(approver, id, { action: 'approve', ...approvalDecision() });
  await act(officer, id, { action: 'sign_contract', contractNo: 'HĐ-CB', contractDate: todayInVietnam() });

  const p1 = async (status?: string) =>
    (await escalationsOf(code, status)).filter((i: { what: { period?: string } }) => i.what.period === 'P0001');
  const raised = await eventually(async () => {
    const rows = await p1();
    expect(rows).toHaveLength(1);
    expect(rows[0].escalation.levels.map((l: { level: number }) => l.level)).toEqual([1, 2]);
    return rows[0];
  }, 40000);
  expect(raised).toMatchObject({ escalationLevel: 2, escalation: { status: 'OPEN', level: 2, closed: null } });
  const [level1, level2] = raised.escalation.levels;
  expect(level1.notified).toEqual(expect.arrayContaining(['approver.hn@demo.local', 'supervisor.hn@demo.local']));
  // Level 2 of a local project: the UBND tỉnh (DOMAIN.md §10.2).
  expect(level2.notified).toContain('ubnd.hn@demo.local');
  expect(Date.parse(level2.reachedAt)).toBeGreaterThanOrEqual(Date.parse(level1.reachedAt));
  // The project page shows the same single row.
  const page = await officer.get(`/projects/${id}`);
  expect(page.body.escalations.filter((e: { periodKey: string }) => e.periodKey === 'P0001')).toHaveLength(1);

  // The escalation mails link to the web pages: the project and the escalations list.
  const escalationMail = await eventually(async () => {
    const found = (await mails(code)).find((n) => n.key.endsWith('P0001:ESCALATION_1:1'));
    expect(found).toBeDefined();
    return found!.message;
  });
  expect(escalationMail.subject).toContain('[Cảnh báo cấp 1]');
  expect(escalationMail.text).toContain(`Xem đề án: ${WEB}/projects/${id}`);
  expect(escalationMail.text).toContain(`${WEB}/queues/escalations`);
  expect(escalationMail.text).not.toContain('/api/');
  expect(escalationMail.text).toContain('Kính gửi: ');

  const report = await unit.post(`/projects/${id}/reports`, {
    period: 'P0001',
    physicalProgressPct: 15,
    fundsUsedVnd: 0,
  });
  expect(report.status).toBe(201);
  const closed = await eventually(async () => {
    const rows = await p1('AUTO_CLOSED');
    expect(rows).toHaveLength(1);
    return rows[0];
  });
  expect(closed.escalation).toMatchObject({
    id: raised.escalation.id,
    status: 'AUTO_CLOSED',
    level: 2,
    closed: { reason: 'REPORT_SUBMITTED', detail: 'P0001' },
  });
  expect(closed.escalation.levels).toHaveLength(2);
  expect(await p1()).toEqual([]);
  expect((await p1('ALL')).map((r: { escalation: { id: string } }) => r.escalation.id)).toEqual([raised.escalation.id]);
  expect(await p1('RESOLVED')).toEqual([]);
  // A closed escalation is not handled any more.
  expect((await approver.post(`/escalations/${raised.escalation.id}/ack`, {})).status).toBe(409);
  expect((await approver.post(`/escalations/${raised.escalation.id}/resolve`, { note: 'x' })).status).toBe(409);
  // The export takes the same filter.
  const token = (supervisor as unknown as { token: string }).token;
  const csv = await fetch(`${api.baseUrl}/queues/escalations?status=AUTO_CLOSED&format=csv`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(csv.status).toBe(200);
  expect(await csv.text()).toContain(code);

  // The hand-offs of this project were each mailed once, with the web link.
  const handOffs = (await mails(code)).filter((n) => n.kind.startsWith('HANDOFF_'));
  expect(handOffs.map((n) => n.kind).sort()).toEqual(['HANDOFF_APPROVED', 'HANDOFF_CONTRACTED', 'HANDOFF_SUBMITTED']);
  const submitted = handOffs.find((n) => n.kind === 'HANDOFF_SUBMITTED')!.message;
  expect(submitted.to).toContain('approver.hn@demo.local');
  expect(submitted.to).not.toContain('officer.hn@demo.local'); // who submitted it knows
  expect(submitted.subject).toContain('đã được gửi, đề nghị tiến hành thẩm định');
  expect(submitted.text).toContain(`Xem đề án: ${WEB}/projects/${id}`);
  expect(submitted.html).toContain(`href="${WEB}/projects/${id}"`);
  const approved = handOffs.find((n) => n.kind === 'HANDOFF_APPROVED')!.message;
  expect(approved.to).toEqual(['unit.hn@demo.local']);
  expect(approved.text).toContain('Kính gửi: Trung tâm Khuyến công Hà Nội');
  expect(approved.text).toContain('135.000.000 đồng');
});

it('closes a stall escalation when the project leaves the step, and rejects an unknown status filter', async () => {
  const { id, code } = await newProject('Hồ sơ chờ thẩm định (cảnh báo tự đóng)', STALL_POLICY);
  await act(officer, id, { action: 'submit' });
  const open = await eventually(async () => {
    const rows = await escalationsOf(code);
    expect(rows).toHaveLength(1);
    return rows[0];
  }, 30000);
  expect(open).toMatchObject({ what: { kind: 'STALL', state: 'SUBMITTED' }, escalation: { status: 'OPEN', level: 1 } });
  const stalled = (await mails(code)).find((n) => n.kind === 'STALLED')!.message;
  expect(stalled.subject).toContain('Quá thời hạn xử lý ở bước');

  await act(officer, id, { action: 'open_appraisal' });
  const [closed] = await escalationsOf(code, 'AUTO_CLOSED');
  expect(closed.escalation).toMatchObject({
    id: open.escalation.id,
    closed: { reason: 'LEFT_STALLED_STATE', detail: 'BASE_APPRAISAL' },
  });
  expect(await escalationsOf(code)).toEqual([]);

  const bad = await supervisor.get('/queues/escalations?status=CLOSED');
  expect(bad.status).toBe(400);
  expect(JSON.stringify(bad.body)).toContain('AUTO_CLOSED');
});

it('raises and closes idempotently: a retried activity writes one row and one level entry', async () => {
  const { id } = await newProject('Thử lặp lại ghi cảnh báo', STALL_POLICY);
  const repository = new EscalationRepository(api.worker.dataSource);
  const level = (n: 1 | 2) => ({
    projectId: id,
    provinceCode: 'HN',
    cause: { reason: 'REPORT_OVERDUE' as const, periodKey: 'P0009' },
    level: n,
    dueAt: new Date().toISOString(),
    noticeKey: `retry-test:${id}:${n}`,
    notified: ['approver.hn@demo.local'],
  });
  for (const n of [1, 1, 2, 2, 1] as const) await repository.raise(level(n));
  const rows = await api.worker.dataSource.query(
    `SELECT level, levels, status FROM escalations WHERE project_id = $1`,
    [id],
  );
  expect(rows).toHaveLength(1);
  expect(rows[0].level).toBe(2);
  expect(rows[0].levels.map((l: { level: number }) => l.level)).toEqual([1, 2]);
  const change = { kind: 'REPORT_SUBMITTED' as const, periodKey: 'P0009' };
  expect(await repository.closeWhereCauseGone(id, change, new Date().toISOString())).toBe(1);
  expect(await repository.closeWhereCauseGone(id, change, new Date().toISOString())).toBe(0);
});

it('answers the user at once while the relay is down, and mails the hand-off once when it is back', async () => {
  const { id, code } = await newProject('Thử gửi thư khi máy chủ thư ngừng', STALL_POLICY);
  await catcher.stop();
  try {
    const started = Date.now();
    await act(officer, id, { action: 'submit' });
    // The hand-off mail is not on the action's path: the answer does not wait for SMTP.
    expect(Date.now() - started).toBeLessThan(5000);
    await eventually(async () => {
      const log = await api.worker.dataSource.query(
        `SELECT status, last_error FROM notification_log WHERE project_id = $1 AND kind = 'HANDOFF_SUBMITTED'`,
        [id],
      );
      expect(log).toHaveLength(1);
      expect(log[0].last_error).not.toBeNull();
    }, 30000);
  } finally {
    catcher = await startMailCatcher({ smtpPort, mailDir, log: () => undefined });
  }
  await eventually(
    async () => expect((await mails(code)).some((n) => n.kind === 'HANDOFF_SUBMITTED')).toBe(true),
    60000,
  );

  // The activity retried by hand (as Temporal would after a crash) finds it sent and sends nothing again.
  const event: LifecycleEvent = (await officer.get(`/projects/${id}`)).body.history
    .filter((h: { action: string }) => h.action === 'submit')
    .map((h: { seq: number }) => ({
      seq: h.seq,
      action: 'submit',
      fromState: 'DRAFT',
      toState: 'SUBMITTED',
      actor: { userId: 'x', email: 'officer.hn@demo.local', role: 'officer', provinceCode: 'HN' },
      reason: null,
      details: {},
      occurredAt: new Date().toISOString(),
    }))[0];
  const mailer = new SmtpMailer({ smtpUrl: catcher.smtpUrl, from: 'test@khuyencong.local' });
  try {
    const again = await new HandOffNotifier(api.worker.dataSource, mailer, WEB).send({ projectId: id, event });
    expect(again?.status).toBe('ALREADY_SENT');
  } finally {
    mailer.close();
  }
  expect((await mails(code)).filter((n) => n.kind === 'HANDOFF_SUBMITTED')).toHaveLength(1);
});
