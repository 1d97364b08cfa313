/**
 * The Department's periodic reports sent on time by themselves (issue 17), on the real Temporal dev server, real
 * PostgreSQL and a real SMTP catcher, with the production worker as a child process: the year's four periods a few
 * seconds apart; the worker is killed with SIGKILL as the first report goes out and a new one started; in the end
 * each province's report of each period reached the Cục and the UBND tỉnh exactly once, with its DOCX and PDF
 * attached, stored as version 1 with the same bytes. A second run of the same year mails nothing again.
 */
import { readFileSync, mkdtempSync } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { simpleParser } from 'mailparser';
import { DataSource } from 'typeorm';
import { CaughtMessage, MailCatcher, findFreePort, readCaughtMessages, startMailCatcher } from '@kc/devstack';
import {
  PERIODIC_REPORTS_WORKFLOW_TYPE,
  PeriodicReportsInput,
  PeriodicReportsSummary,
  periodicReportNoticeKey,
  scheduledPeriods,
} from '@kc/domain';
import { createDataSource } from '@kc/persistence';
import { ensureDemoUsers } from '../../scripts/demo-users';
import { killHard, spawnWorkerProcess } from '../support/worker-process';
import { testEnv, uniqueTaskQueue } from '../support/test-env';
import { eventually } from '../support/eventually';
import { docxText, pdfText } from '../support/document-text';

// A year no other suite reports on or plans in (reports go to 2100; rankings use 2040–2059, plans 2061–2080).
const YEAR = 2081 + Math.floor(Math.random() * 19);
const PROVINCES = ['HN', 'BN'];

let catcher: MailCatcher;
let mailDir: string;
let connection: Connection;
let client: Client;
let dataSource: DataSource;

async function reportMails(): Promise<Map<string, CaughtMessage[]>> {
  const byKey = new Map<string, CaughtMessage[]>();
  for (const m of await readCaughtMessages(mailDir)) {
    const id = m.messageId ?? '';
    if (!id.endsWith('@khuyencong-flow>')) continue;
    const key = decodeURIComponent(id.slice(1, id.indexOf('@khuyencong-flow>')));
    if (!key.startsWith(`periodic-report:${YEAR}`)) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  return byKey;
}

async function insertProject(province: string, title: string): Promise<void> {
  const [{ id: createdBy }] = await dataSource.query(`SELECT id FROM users ORDER BY email LIMIT 1`);
  const code = `KCQG-${YEAR}-${province}-${randomUUID().slice(0, 6)}`;
  await dataSource.query(
    `INSERT INTO projects (id, code, workflow_id, scope, province_code, category, title, implementing_unit_name,
       implementing_unit_email, beneficiary, total_cost_vnd, requested_support_vnd, approved_support_vnd, advances_vnd,
       final_payments_vnd, planned_start, planned_end, state, last_seq, created_by, created_at, updated_at, search_text)
     VALUES (gen_random_uuid(), $1::varchar, 'project-' || $1::varchar, 'NATIONAL', $2, 'MACHINERY', $3,
       'Trung tâm Khuyến công', 'unit@demo.local', 'HTX Thử báo cáo', 900000000, 300000000, 300000000, 0, 0, $4, $5,
       'IN_PROGRESS', 1, $6, $7, $7, lower($1::varchar))`,
    [code, province, title, `${YEAR}-02-01`, `${YEAR}-11-15`, createdBy, `${YEAR}-01-15T03:00:00Z`],
  );
}

beforeAll(async () => {
  const env = testEnv();
  mailDir = mkdtempSync(join(tmpdir(), 'kc-periodic-mail-'));
  catcher = await startMailCatcher({ smtpPort: await findFreePort(), mailDir, log: () => undefined });
  connection = await Connection.connect({ address: env.temporalAddress });
  client = new Client({ connection, namespace: env.namespace });
  dataSource = await createDataSource(env.databaseUrl, 2).initialize();
  await ensureDemoUsers(dataSource);
  for (const province of PROVINCES) await insertProject(province, `Đề án máy móc ${province} năm ${YEAR}`);
});

afterAll(async () => {
  await connection?.close();
  await dataSource?.destroy();
  await catcher?.stop();
});

it('mails each province’s report of each period once, with its files, through a worker SIGKILL', async () => {
  const taskQueue = uniqueTaskQueue('periodic');
  const workerEnv = { SMTP_URL: catcher.smtpUrl, PUBLIC_URL: 'https://kc.example.vn' };
  const first = spawnWorkerProcess(taskQueue, workerEnv);
  await first.ready;

  const input: PeriodicReportsInput = {
    year: YEAR,
    compressed: { startAt: new Date(Date.now() + 2_000).toISOString(), stepSeconds: 6 },
    provinceCodes: PROVINCES,
  };
  const workflowId = `periodic-reports-test-${YEAR}-${randomUUID().slice(0, 6)}`;
  const handle = await client.workflow.start(PERIODIC_REPORTS_WORKFLOW_TYPE, { workflowId, taskQueue, args: [input] });

  // The worker dies mid-way: Hà Nội's first-quarter report mailed and marked sent, Bắc Ninh's not yet begun (its
  // DOCX not stored, so it is at least a render away from its mail). Should the window pass unseen, it dies between
  // two reports instead; either way the run goes on on a new worker.
  const hn = periodicReportNoticeKey(`${YEAR}-Q1`, 'HN');
  const bn = periodicReportNoticeKey(`${YEAR}-Q1`, 'BN');
  const sent = async (key: string) =>
    (await dataSource.query(`SELECT 1 FROM notification_log WHERE idempotency_key = $1 AND status = 'SENT'`, [key]))
      .length > 0;
  const bnBegun = async () =>
    (
      await dataSource.query(`SELECT 1 FROM periodic_reports WHERE province_code = 'BN' AND period = $1`, [
        `${YEAR}-Q1`,
      ])
    ).length > 0;
  await eventually(
    async () => {
      expect(await sent(hn)).toBe(true);
      expect((await bnBegun()) === false || (await sent(bn))).toBe(true);
    },
    60_000,
    10,
  ).catch((err: Error) => {
    throw new Error(`${err.message}\nworker said:\n${first.output().slice(-4000)}`);
  });
  const killedAt = { bnBegun: await bnBegun(), bnSent: await sent(bn) };
  await killHard(first.child);
  console.log(
    `worker killed with Bắc Ninh's Q1 report ${killedAt.bnSent ? 'sent' : killedAt.bnBegun ? 'under way' : 'not begun'}`,
  );
  const second = spawnWorkerProcess(taskQueue, workerEnv);
  await second.ready;
  try {
    const summary = (await Promise.race([
      handle.result(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`no result; worker said:\n${second.output().slice(-4000)}`)), 300_000),
      ),
    ])) as PeriodicReportsSummary;
    expect(summary.reports.map((r) => r.period)).toEqual(scheduledPeriods(YEAR));

    const mails = await reportMails();
    const expected = scheduledPeriods(YEAR).flatMap((period) =>
      PROVINCES.map((province) => periodicReportNoticeKey(period, province)),
    );
    expect([...mails.keys()].sort()).toEqual([...expected].sort());
    for (const key of expected) expect({ key, count: mails.get(key)!.length }).toEqual({ key, count: 1 });

    // The mail to the Cục and the UBND tỉnh carries the stored DOCX and PDF.
    const [hnQ1] = mails.get(periodicReportNoticeKey(`${YEAR}-Q1`, 'HN'))!;
    expect(hnQ1.to).toEqual(expect.arrayContaining(['officer.cuc@demo.local', 'ubnd.hn@demo.local']));
    expect(hnQ1.subject).toContain(`quý I năm ${YEAR}`);
    expect(hnQ1.text).toContain('Kính gửi: Cục');
    const parsed = await simpleParser(readFileSync(hnQ1.file));
    const files = parsed.attachments.map((a) => ({ name: a.filename ?? '', type: a.contentType, bytes: a.content }));
    expect(files.map((f) => f.type).sort()).toEqual([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    const docx = files.find((f) => f.name.endsWith('.docx'))!;
    const pdf = files.find((f) => f.name.endsWith('.pdf'))!;
    expect(await docxText(docx.bytes)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(pdfText(pdf.bytes)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const stored: { format: string; sha256: string }[] = await dataSource.query(
      `SELECT format, sha256 FROM periodic_reports WHERE province_code = 'HN' AND period = $1 AND version = 1`,
      [`${YEAR}-Q1`],
    );
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(Object.fromEntries(stored.map((s) => [s.format, s.sha256]))).toEqual({
      docx: sha(docx.bytes),
      pdf: sha(pdf.bytes),
    });

    // A second run of the same year (a worker started again, a failed run restarted) mails nothing again.
    const again = await client.workflow.execute(PERIODIC_REPORTS_WORKFLOW_TYPE, {
      workflowId: `${workflowId}-again`,
      taskQueue,
      args: [{ ...input, compressed: { startAt: new Date(Date.now() + 500).toISOString(), stepSeconds: 1 } }],
    });
    expect((again as PeriodicReportsSummary).reports.map((r) => r.mailed)).toEqual([0, 0, 0, 0]);
    expect((await reportMails()).size).toBe(expected.length);
  } finally {
    await killHard(second.child);
  }
}, 420_000);
