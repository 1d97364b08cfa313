/**
 * How many timers and history events one project-year costs: a project on a compressed policy (a "month"
 * lasts a few seconds) reports on time for 12 periods after two reminders each, on the real stack
 * (Temporal dev server, PostgreSQL, SMTP catcher, started here), then its history is counted.
 * Run: npm run build && node dist/bench/project-year-history.js   (set DATABASE_URL to use a running PostgreSQL)
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, DefaultLogger } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import {
  DEFAULT_DEADLINE_POLICY,
  DEFAULT_WORKFLOW_OPTIONS,
  SEARCH_ATTRIBUTE_DECLARATIONS,
  deadlinesQuery,
  initialStatus,
  submitReportUpdate,
  workflowIdForProject,
} from '@kc/domain';
import { createDataSource, runMigrations } from '@kc/persistence';
import { SmtpMailer } from '@kc/notifications';
import { findFreePort, startEmbeddedPostgres, startMailCatcher, startTemporalDevServer } from '@kc/devstack';
import { createProjectWorker } from '../apps/worker/src/project-worker';
import { performProjectAction, startProjectWorkflow } from '../apps/api/src/projects/project-workflow.client';

const PERIODS = 12;
const MONTH = 'PT4S';
const EventType = temporal.api.enums.v1.EventType;

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const dir = mkdtempSync(join(tmpdir(), 'kc-bench-'));
  const temporalServer = await startTemporalDevServer({
    port: await findFreePort(),
    uiPort: await findFreePort(),
    namespace: 'default',
    searchAttributes: SEARCH_ATTRIBUTE_DECLARATIONS,
    log: () => undefined,
    headless: true,
  });
  const pg = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: join(dir, 'pg'),
        port: await findFreePort(),
        database: 'bench',
        log: () => undefined,
      });
  const databaseUrl = process.env.DATABASE_URL ?? pg!.url;
  const mail = await startMailCatcher({
    smtpPort: await findFreePort(),
    mailDir: join(dir, 'mail'),
    log: () => undefined,
  });
  await runMigrations(databaseUrl);
  const dataSource = await createDataSource(databaseUrl, 4).initialize();
  const native = await NativeConnection.connect({ address: temporalServer.address });
  const mailer = new SmtpMailer({ smtpUrl: mail.smtpUrl, from: 'bench@localhost' });
  const worker = await createProjectWorker({
    connection: native,
    namespace: 'default',
    taskQueue: 'bench',
    dataSource,
    mailer,
    publicUrl: 'http://127.0.0.1',
  });
  const running = worker.run();
  const client = new Client({ connection: await Connection.connect({ address: temporalServer.address }) });
  try {
    const actor = {
      userId: '00000000-0000-0000-0000-000000000001',
      email: 'officer.hn@demo.local',
      role: 'officer' as const,
      provinceCode: 'HN',
    };
    const approver = { ...actor, email: 'approver.hn@demo.local', role: 'approver' as const };
    const code = `KCĐP-2026-HN-B${Date.now() % 100000}`;
    const facts = {
      id: '00000000-0000-4000-8000-' + String(Date.now()).padStart(12, '0').slice(-12),
      code,
      scope: 'LOCAL' as const,
      provinceCode: 'HN',
      category: 'MACHINERY',
      title: 'Bench project',
      implementingUnit: { name: 'TTKC', email: 'unit.hn@demo.local' },
      beneficiary: 'HTX',
      totalCostVnd: 1_000_000_000,
      requestedSupportVnd: 300_000_000,
      plannedStart: '2026-01-01',
      plannedEnd: '2027-12-31',
      createdByUserId: actor.userId,
    };
    const policy = {
      ...DEFAULT_DEADLINE_POLICY,
      reporting: {
        ...DEFAULT_DEADLINE_POLICY.reporting,
        cadence: { kind: 'EVERY' as const, every: MONTH },
        remindBefore: [{ duration: 'PT3S' }, { duration: 'PT2S' }],
      },
    };
    await startProjectWorkflow(client, 'bench', {
      facts,
      status: initialStatus(),
      options: { ...DEFAULT_WORKFLOW_OPTIONS, maxHistoryEvents: 100_000, deadlinePolicy: policy },
      creationRecorded: false,
      generation: 0,
      creator: actor,
    });
    const id = workflowIdForProject(code);
    for (const [action, who, extra] of [
      ['submit', actor, {}],
      ['open_appraisal', actor, {}],
      ['approve', approver, { decisionNo: '01/QĐ-BENCH', decisionDate: '2026-01-05', approvedSupportVnd: 300_000_000 }],
      ['sign_contract', actor, { contractNo: 'B-1', contractDate: '2026-01-05' }],
      ['record_disbursement', actor, { kind: 'ADVANCE', amountVnd: 100_000_000 }],
      ['start', actor, {}],
    ] as const) {
      await performProjectAction(client, id, { action, actor: who, ...extra } as never);
    }
    const handle = client.workflow.getHandle(id);
    for (let n = 1; n <= PERIODS; n += 1) {
      const key = `P${String(n).padStart(4, '0')}`;
      // Wait for the second reminder of the period, then report on time.
      for (;;) {
        const ds = await handle.query(deadlinesQuery);
        const p = ds.reporting.periods.find((x) => x.key === key);
        if (p && p.remindersSent >= 2) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await handle.executeUpdate(submitReportUpdate, {
        args: [{ periodKey: key, physicalProgressPct: n * 8, fundsUsedVnd: n * 1_000_000, actor }],
      });
    }
    const history = await handle.fetchHistory();
    const events = history.events ?? [];
    const count = (type: number) => events.filter((e) => e.eventType === type).length;
    const bytes = temporal.api.history.v1.History.encode(history).finish().length;
    console.log(
      `one project-year (${PERIODS} monthly periods, 2 reminders each, reports on time, 6 lifecycle actions):`,
    );
    console.log(`  history events: ${events.length} (${Math.round(bytes / 1024)} KiB)`);
    console.log(
      `  timers started: ${count(EventType.EVENT_TYPE_TIMER_STARTED)}, fired: ${count(EventType.EVENT_TYPE_TIMER_FIRED)}`,
    );
    console.log(
      `  activities: ${count(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)}, updates: ${count(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)}`,
    );
    console.log(`  per period: ${((events.length - 0) / PERIODS).toFixed(1)} events`);
  } finally {
    worker.shutdown();
    await running;
    mailer.close();
    await native.close();
    await dataSource.destroy();
    await mail.stop();
    await temporalServer.stop();
    await pg?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
