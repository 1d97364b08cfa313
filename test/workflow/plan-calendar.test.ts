/**
 * The annual planning calendar as durable timers, on the real Temporal dev server, real PostgreSQL and a real SMTP
 * catcher, with a seconds-long policy (the milestones 4 s apart): each reminder goes once, and only to whoever is
 * late (Bắc Ninh registered nothing, Hà Nội did), through a worker restart; a second calendar of the same year, and a
 * retried activity, send nothing again. RECORD_HISTORIES=1 also writes the run as a replay fixture.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { CaughtMessage, MailCatcher, findFreePort, readCaughtMessages, startMailCatcher } from '@kc/devstack';
import {
  PLAN_CALENDAR_WORKFLOW_TYPE,
  PlanCalendarInput,
  PlanCalendarSummary,
  ProjectState,
  planCalendarWorkflowId,
} from '@kc/domain';
import { SmtpMailer } from '@kc/notifications';
import { createPlanCalendarActivities } from '../../apps/worker/src/plan-calendar.activities';
import { ensureDemoUsers } from '../../scripts/demo-users';
import { WorkerHarness, startWorkerHarness } from '../support/worker-harness';
import { uniqueTaskQueue } from '../support/test-env';
import { eventually } from '../support/eventually';
import { historyToFixture } from '../replay/history-codec';

// A plan year no other test or earlier run of this one uses: the notification log's keys are per year.
const YEAR = 2100 + Math.floor(Math.random() * 800);
const PROVINCES = ['HN', 'BN'];

let catcher: MailCatcher;
let mailDir: string;
let harness: WorkerHarness;
let taskQueue: string;

async function insertProject(
  ds: DataSource,
  p: { province: string; state: ProjectState; unitEmail: string; unitName: string; title: string; end?: string },
): Promise<string> {
  const [{ id: createdBy }] = await ds.query(`SELECT id FROM users ORDER BY email LIMIT 1`);
  const code = `KCQG-${YEAR}-${p.province}-${randomUUID().slice(0, 6)}`;
  await ds.query(
    `INSERT INTO projects (id, code, workflow_id, scope, province_code, category, title, implementing_unit_name,
       implementing_unit_email, beneficiary, total_cost_vnd, requested_support_vnd, approved_support_vnd, advances_vnd,
       final_payments_vnd, planned_start, planned_end, state, last_seq, created_by, created_at, updated_at, search_text)
     VALUES (gen_random_uuid(), $1::varchar, 'project-' || $1::varchar, 'NATIONAL', $2, 'MACHINERY', $3, $4, $5, 'HTX Thử lịch',
       900000000, 300000000, 300000000, 0, 0, $6, $7, $8, 1, $9, now(), now(), lower($1::varchar))`,
    [code, p.province, p.title, p.unitName, p.unitEmail, `${YEAR}-03-01`, p.end ?? `${YEAR}-11-15`, p.state, createdBy],
  );
  return code;
}

/** The calendar's mails of this year in the catcher, by their stable key (the Message-ID). */
async function calendarMails(): Promise<Map<string, CaughtMessage[]>> {
  const byKey = new Map<string, CaughtMessage[]>();
  for (const m of await readCaughtMessages(mailDir)) {
    const id = m.messageId ?? '';
    if (!id.endsWith('@khuyencong-flow>')) continue;
    const key = decodeURIComponent(id.slice(1, id.indexOf('@khuyencong-flow>')));
    if (!key.startsWith(`calendar:${YEAR}:`)) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  return byKey;
}

const k = (area: string, milestone: string, recipient: string) => `calendar:${YEAR}:${area}:${milestone}:${recipient}`;

beforeAll(async () => {
  mailDir = mkdtempSync(join(tmpdir(), 'kc-calendar-mail-'));
  catcher = await startMailCatcher({ smtpPort: await findFreePort(), mailDir, log: () => undefined });
  taskQueue = uniqueTaskQueue('calendar');
  harness = await startWorkerHarness(taskQueue, { smtpUrl: catcher.smtpUrl });
  await ensureDemoUsers(harness.dataSource);
});

afterAll(async () => {
  await harness?.stop();
  await catcher?.stop();
});

it('reminds each late party once, and only the late ones, through a worker restart', async () => {
  const ds = harness.dataSource;
  // Hà Nội registered a project with the Cục; Bắc Ninh has one still at base appraisal and one still a draft.
  const registeredHN = await insertProject(ds, {
    province: 'HN',
    state: 'REGISTERED',
    unitEmail: 'unit.hn@demo.local',
    unitName: 'Trung tâm Khuyến công Hà Nội',
    title: 'Máy sấy nông sản (đã đăng ký)',
  });
  await insertProject(ds, {
    province: 'BN',
    state: 'BASE_APPRAISAL',
    unitEmail: 'unit.bn@demo.local',
    unitName: 'Trung tâm Khuyến công Bắc Ninh',
    title: 'Lò nung gốm (chờ đăng ký)',
  });
  const draftBN = await insertProject(ds, {
    province: 'BN',
    state: 'DRAFT',
    unitEmail: 'unit.bn@demo.local',
    unitName: 'Trung tâm Khuyến công Bắc Ninh',
    title: 'Dây chuyền dệt (chưa nộp hồ sơ)',
  });
  // Under way and not accepted (30/11, 31/12), and accepted but not settled (22/01).
  const underWayHN = await insertProject(ds, {
    province: 'HN',
    state: 'IN_PROGRESS',
    unitEmail: 'ttkc2.hn@demo.local',
    unitName: 'Công ty TNHH Cơ khí Thanh Trì',
    title: 'Máy cắt laser',
  });
  const acceptedHN = await insertProject(ds, {
    province: 'HN',
    state: 'ACCEPTED',
    unitEmail: 'htx.hn@demo.local',
    unitName: 'HTX Mây tre Phú Vinh',
    title: 'Lò sấy mây tre',
  });

  const input: PlanCalendarInput = {
    year: YEAR,
    level: 'NATIONAL',
    provinceCodes: PROVINCES,
    compressed: { startAt: new Date(Date.now() + 3000).toISOString(), stepSeconds: 4, remindSecondsBefore: 1 },
  };
  const workflowId = `${planCalendarWorkflowId(YEAR, 'NATIONAL')}-${randomUUID().slice(0, 6)}`;
  await harness.client.workflow.start(PLAN_CALENDAR_WORKFLOW_TYPE, { workflowId, taskQueue, args: [input] });

  // The registration reminder has gone: restart the worker in the middle of the calendar.
  await eventually(
    async () => expect((await calendarMails()).has(k('BN', 'REGISTRATION_TO_CUC', 'DEPARTMENT'))).toBe(true),
    40000,
  );
  await harness.stop();
  harness = await startWorkerHarness(taskQueue, { smtpUrl: catcher.smtpUrl });

  const summary: PlanCalendarSummary = await harness.client.workflow.getHandle(workflowId).result();
  expect(summary).toMatchObject({ year: YEAR, level: 'NATIONAL', reminders: 6, mailed: 6 });

  const mails = await calendarMails();
  expect([...mails.keys()].sort()).toEqual(
    [
      k('BN', 'DOSSIERS_TO_DEPARTMENT', 'unit.bn@demo.local'),
      k('BN', 'REGISTRATION_TO_CUC', 'DEPARTMENT'),
      k('ALL', 'PLAN_APPROVAL', 'CUC'),
      k('HN', 'COMPLETION_CHECKPOINT', 'ttkc2.hn@demo.local'),
      k('HN', 'FISCAL_YEAR_END', 'ttkc2.hn@demo.local'),
      k('HN', 'SETTLEMENT_CUTOFF', 'htx.hn@demo.local'),
    ].sort(),
  );
  for (const [key, copies] of mails) expect([key, copies.length]).toEqual([key, 1]);
  // Hà Nội registered: no reminder to its Department.
  expect(mails.has(k('HN', 'REGISTRATION_TO_CUC', 'DEPARTMENT'))).toBe(false);

  const registration = mails.get(k('BN', 'REGISTRATION_TO_CUC', 'DEPARTMENT'))![0];
  expect(registration.to).toEqual(expect.arrayContaining(['officer.bn@demo.local', 'approver.bn@demo.local']));
  expect(registration.to).not.toContain('officer.hn@demo.local');
  expect(registration.text).toContain('Kính gửi: Sở Công Thương tỉnh Bắc Ninh');
  expect(registration.text).toContain(`chưa đăng ký đề án khuyến công quốc gia nào cho năm ${YEAR}`);
  // The real due day, rolled to a working day when 20/6 of N-1 is a weekend.
  expect(registration.text).toMatch(new RegExp(`(20|21|22)/06/${YEAR - 1}`));
  expect(registration.subject).toContain(`[Lịch kế hoạch ${YEAR}]`);

  const dossiers = mails.get(k('BN', 'DOSSIERS_TO_DEPARTMENT', 'unit.bn@demo.local'))![0];
  expect(dossiers.to).toEqual(expect.arrayContaining(['unit.bn@demo.local', 'officer.bn@demo.local']));
  expect(dossiers.text).toContain('Kính gửi: Trung tâm Khuyến công Bắc Ninh');
  expect(dossiers.text).toContain(draftBN);

  const approval = mails.get(k('ALL', 'PLAN_APPROVAL', 'CUC'))![0];
  expect(approval.to).toContain('officer.cuc@demo.local');
  expect(approval.text).toContain(registeredHN);
  expect(approval.text).toMatch(/Kính gửi: Cục/);

  const completion = mails.get(k('HN', 'COMPLETION_CHECKPOINT', 'ttkc2.hn@demo.local'))![0];
  expect(completion.to).toEqual(expect.arrayContaining(['ttkc2.hn@demo.local', 'officer.hn@demo.local']));
  expect(completion.text).toContain(underWayHN);
  expect(completion.text).not.toContain(acceptedHN);
  expect(mails.get(k('HN', 'SETTLEMENT_CUTOFF', 'htx.hn@demo.local'))![0].text).toContain(acceptedHN);

  if (process.env.RECORD_HISTORIES === '1') {
    const history = await harness.client.workflow.getHandle(workflowId).fetchHistory();
    const fixture = {
      workflowId,
      note: 'plan calendar of a seconds-long year: six reminders, the worker restarted after the registration one',
      recordedAt: new Date().toISOString(),
      events: history.events?.length ?? 0,
      history: historyToFixture(history),
    };
    writeFileSync(
      join(__dirname, '..', 'replay', 'fixtures', 'plan-calendar.run-1.json'),
      `${JSON.stringify(fixture)}\n`,
    );
  }

  // A second calendar of the same year mails nobody again; nor does a retried activity.
  const again: PlanCalendarSummary = await harness.client.workflow.execute(PLAN_CALENDAR_WORKFLOW_TYPE, {
    workflowId: `${workflowId}-again`,
    taskQueue,
    args: [
      {
        ...input,
        compressed: { ...input.compressed!, startAt: new Date(Date.now() + 1000).toISOString(), stepSeconds: 1 },
      },
    ],
  });
  expect(again.mailed).toBe(0);
  const mailer = new SmtpMailer({ smtpUrl: catcher.smtpUrl, from: 'KhuyenCong Flow <test@khuyencong.local>' });
  try {
    const activities = createPlanCalendarActivities(harness.dataSource, mailer, 'http://127.0.0.1:3000');
    const retried = await activities.sendCalendarReminders({
      year: YEAR,
      level: 'NATIONAL',
      milestone: 'REGISTRATION_TO_CUC',
      dueDay: `${YEAR - 1}-06-20`,
      provinceCodes: PROVINCES,
    });
    expect(retried).toBe(0);
  } finally {
    mailer.close();
  }
  const after = await calendarMails();
  expect([...after.values()].map((copies) => copies.length)).toEqual(Array(6).fill(1));
});
