/**
 * A worker killed while an email is being sent causes no duplicate: the relay had not accepted it, the
 * notification log had not marked it sent, and the activity retried on a new worker sends it once.
 */
import { Client, Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { DEFAULT_DEADLINE_POLICY, workflowIdForProject } from '@kc/domain';
import { createDataSource } from '@kc/persistence';
import { findFreePort } from '@kc/devstack';
import { performProjectAction, startProjectWorkflow } from '../../apps/api/src/projects/project-workflow.client';
import { killHard, spawnWorkerProcess } from '../support/worker-process';
import { testEnv, uniqueTaskQueue } from '../support/test-env';
import { actors, projectFacts, workflowInput } from '../support/project-fixtures';
import { SlowSmtp, startSlowSmtp } from '../support/slow-smtp';
import { eventually } from '../support/eventually';
import { startWorkerHarness } from '../support/worker-harness';
import { approvalDecision } from '../support/request-bodies';

let client: Client;
let connection: Connection;
let dataSource: DataSource;
let smtp: SlowSmtp;

beforeAll(async () => {
  const env = testEnv();
  connection = await Connection.connect({ address: env.temporalAddress });
  client = new Client({ connection, namespace: env.namespace });
  dataSource = await createDataSource(env.databaseUrl, 2).initialize();
  smtp = await startSlowSmtp(await findFreePort(), 3000);
});

afterAll(async () => {
  await connection?.close();
  await dataSource?.destroy();
  await smtp?.stop();
});

it('sends a notice exactly once when the worker dies in the middle of sending it', async () => {
  const taskQueue = uniqueTaskQueue('notice-crash');
  const first = spawnWorkerProcess(taskQueue, { SMTP_URL: smtp.url });
  await first.ready;
  const facts = projectFacts();
  const input = workflowInput(facts);
  input.options.deadlinePolicy = {
    ...DEFAULT_DEADLINE_POLICY,
    reporting: {
      ...DEFAULT_DEADLINE_POLICY.reporting,
      cadence: { kind: 'EVERY', every: 'PT8S' },
      remindBefore: [{ duration: 'PT6S' }],
      overdueRepeatEvery: { duration: 'PT10M' },
      escalateLevel1After: { duration: 'PT10M' },
      escalateLevel2After: { duration: 'PT20M' },
    },
    stall: { ...DEFAULT_DEADLINE_POLICY.stall, limits: {} },
  };
  await startProjectWorkflow(client, taskQueue, input);
  const id = workflowIdForProject(facts.code);
  await performProjectAction(client, id, { action: 'submit', actor: actors.officerHN });
  await performProjectAction(client, id, { action: 'open_appraisal', actor: actors.officerHN });
  await performProjectAction(client, id, { action: 'approve', actor: actors.approverHN, ...approvalDecision() });
  await performProjectAction(client, id, {
    action: 'sign_contract',
    actor: actors.officerHN,
    contractNo: 'HĐ-X',
    contractDate: '2026-04-01',
  });

  const reminderId = `<${encodeURIComponent(`${facts.code}:P0001:REMINDER:1`)}@khuyencong-flow>`;
  // The reminder is due 2 s after the contract; the relay holds it 3 s: kill the worker meanwhile.
  await eventually(() => expect(smtp.held).toContain(reminderId), 30000, 20);
  await killHard(first.child);
  expect(smtp.delivered.map((m) => m.messageId)).not.toContain(reminderId);

  const second = spawnWorkerProcess(taskQueue, { SMTP_URL: smtp.url });
  try {
    await second.ready;
    await eventually(() => expect(smtp.delivered.map((m) => m.messageId)).toContain(reminderId), 60000);
    const rows: Array<{ status: string; attempts: number }> = await dataSource.query(
      `SELECT status, attempts FROM notification_log WHERE idempotency_key = $1`,
      [`${facts.code}:P0001:REMINDER:1`],
    );
    expect(rows).toEqual([{ status: 'SENT', attempts: 2 }]);
    // Give a stray duplicate every chance to show up: the workflow sends one notice at a time, and the
    // period's overdue notice comes after the reminder.
    const next = `<${encodeURIComponent(`${facts.code}:P0001:OVERDUE:1`)}@khuyencong-flow>`;
    await eventually(() => expect(smtp.delivered.map((m) => m.messageId)).toContain(next), 60000);
    expect(smtp.delivered.filter((m) => m.messageId === reminderId)).toHaveLength(1);
    const ids = smtp.delivered.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(smtp.held.filter((m) => m === reminderId)).toHaveLength(2);
  } finally {
    await killHard(second.child);
  }
});

it('records a permanently refused address once and does not retry it', async () => {
  const refusing = await startSlowSmtp(await findFreePort(), 0, ['refused@demo.local']);
  const harness = await startWorkerHarness(uniqueTaskQueue('refused'), { smtpUrl: refusing.url });
  try {
    const facts = projectFacts({ implementingUnit: { name: 'Đơn vị không nhận thư', email: 'refused@demo.local' } });
    const input = workflowInput(facts);
    input.options.deadlinePolicy = {
      ...DEFAULT_DEADLINE_POLICY,
      reporting: {
        ...DEFAULT_DEADLINE_POLICY.reporting,
        cadence: { kind: 'EVERY', every: 'PT4S' },
        remindBefore: [{ duration: 'PT3S' }],
      },
      stall: { ...DEFAULT_DEADLINE_POLICY.stall, limits: {} },
    };
    await startProjectWorkflow(harness.client, harness.taskQueue, input);
    const id = workflowIdForProject(facts.code);
    await performProjectAction(harness.client, id, { action: 'submit', actor: actors.officerHN });
    await performProjectAction(harness.client, id, { action: 'open_appraisal', actor: actors.officerHN });
    await performProjectAction(harness.client, id, {
      action: 'approve',
      actor: actors.approverHN,
      ...approvalDecision(),
    });
    await performProjectAction(harness.client, id, {
      action: 'sign_contract',
      actor: actors.officerHN,
      contractNo: 'HĐ-R',
      contractDate: '2026-04-01',
    });
    const key = `${facts.code}:P0002:REMINDER:1`;
    await eventually(async () => {
      const rows: Array<{ status: string }> = await harness.dataSource.query(
        `SELECT status FROM notification_log WHERE idempotency_key = $1`,
        [key],
      );
      expect(rows[0]?.status).toBe('FAILED_PERMANENT');
    }, 30000);
    const first: Array<{ status: string; attempts: number; last_error: string }> = await harness.dataSource.query(
      `SELECT status, attempts, last_error FROM notification_log WHERE idempotency_key = $1`,
      [`${facts.code}:P0001:REMINDER:1`],
    );
    expect(first[0]).toMatchObject({ status: 'FAILED_PERMANENT', attempts: 1 });
    expect(first[0].last_error).toContain('550');
    // Reminders go to the unit alone, so none reached the relay's mailboxes (overdue notices also copy officers).
    expect(refusing.delivered.filter((m) => m.messageId.includes('REMINDER'))).toHaveLength(0);
  } finally {
    await harness.stop();
    await refusing.stop();
  }
});
