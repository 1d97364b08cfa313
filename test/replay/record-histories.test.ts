/**
 * Records the replay fixtures (test/replay/fixtures/*.json) from real runs on the test stack: skipped unless
 * RECORD_HISTORIES=1. Re-record only when a change to the workflows is intentional AND cannot break running
 * projects (new code behind patched(), or no project can be running on the old code):
 *
 *   npm run build && RECORD_HISTORIES=1 npx jest --selectProjects integration --runInBand test/replay/record-histories
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { History } from '@temporalio/common/lib/proto-utils';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import {
  ActionCommand,
  ActionOutcome,
  AdjustmentActionCommand,
  AdjustmentRequestCommand,
  actOnAdjustmentUpdate,
  editDraftUpdate,
  extendDeadlineUpdate,
  requestAdjustmentUpdate,
  resolveMoneyRules,
  DEFAULT_DEADLINE_POLICY,
  DeadlinePolicy,
  NINE_MONTH_REVIEW_WORKFLOW_TYPE,
  NineMonthReviewSummary,
  ProjectWorkflowInput,
  submitReportUpdate,
  workflowIdForProject,
  writeNetDelayMs,
  writeOfAnswer,
} from '@kc/domain';
import {
  performProjectAction,
  startProjectWorkflow,
  startProjectWorkflowAccepted,
} from '../../apps/api/src/projects/project-workflow.client';
import { WorkerHarness, startWorkerHarness } from '../support/worker-harness';
import { uniqueTaskQueue } from '../support/test-env';
import { actWhileWorkerAway } from '../support/worker-away';
import { actors, projectFacts, workflowInput } from '../support/project-fixtures';
import { eventually } from '../support/eventually';
import { isNetWrite, localActivityType, netWroteBesideAnAction, patchMarkerIds } from '../support/history-events';
import { approvalDecision } from '../support/request-bodies';
import { ProjectEventWriter } from '@kc/persistence';
import { historyToFixture } from './history-codec';

const RECORD = process.env.RECORD_HISTORIES === '1';
const FIXTURES = join(__dirname, 'fixtures');

let harness: WorkerHarness;

beforeAll(async () => {
  if (RECORD) harness = await startWorkerHarness(uniqueTaskQueue('record'));
});

afterAll(async () => {
  await harness?.stop();
});

/** Writes every run of the workflow (following continue-as-new) as one fixture per run. */
async function recordRuns(name: string, workflowId: string, firstRunId: string, note: string): Promise<void> {
  for (const stale of readdirSync(FIXTURES).filter((f) => f.startsWith(`${name}.run-`))) rmSync(join(FIXTURES, stale));
  let runId: string | undefined = firstRunId;
  for (let run = 1; runId; run += 1) {
    const history: History = await harness.client.workflow.getHandle(workflowId, runId).fetchHistory();
    const last = history.events?.[history.events.length - 1];
    const file = join(FIXTURES, `${name}.run-${run}.json`);
    const fixture = {
      workflowId,
      runId,
      note,
      recordedAt: new Date().toISOString(),
      events: history.events?.length ?? 0,
      history: historyToFixture(history),
    };
    writeFileSync(file, `${JSON.stringify(fixture)}\n`);
    runId = last?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
  }
}

function act(workflowId: string, command: ActionCommand) {
  return performProjectAction(harness.client, workflowId, command);
}

async function startProject(facts = projectFacts(), maxHistoryEvents?: number, policy?: DeadlinePolicy) {
  const input = workflowInput(facts, maxHistoryEvents);
  if (policy) input.options = { ...input.options, deadlinePolicy: policy };
  await startProjectWorkflow(harness.client, harness.taskQueue, input);
  const workflowId = workflowIdForProject(facts.code);
  const { runId } = await harness.client.workflow.getHandle(workflowId).describe();
  return { facts, workflowId, runId };
}

/** Reminders, overdue notices and a level-1 escalation within seconds of the contract. */
const SECONDS_POLICY: DeadlinePolicy = {
  reporting: {
    cadence: { kind: 'EVERY', every: 'PT8S' },
    remindBefore: [{ duration: 'PT6S' }, { duration: 'PT3S' }],
    overdueRepeatEvery: { duration: 'PT2S' },
    escalateLevel1After: { duration: 'PT3S' },
    escalateLevel1AfterMissedInARow: 2,
    escalateLevel2After: { duration: 'PT1H' },
  },
  stall: { ...DEFAULT_DEADLINE_POLICY.stall, limits: {} },
};

/** Submitted, appraised, approved and signed, each action sent through `send`. */
/** Sends actions as the API does: answered before the workflow's write, then written by the caller (the net writes them again). */
function answeredAndWritten(workflowId: string): (command: ActionCommand) => Promise<ActionOutcome> {
  const writer = new ProjectEventWriter(harness.dataSource);
  return async (command) => {
    const outcome = await act(workflowId, { ...command, answerBeforeWrite: true, writeOnceInAnswer: true });
    const write = writeOfAnswer(outcome);
    if (write) await writer.recordLifecycleEvent(write.facts, write.status, write.event, write.stall);
    return outcome;
  };
}

async function walkToContract(send: (command: ActionCommand) => Promise<unknown>, contractNo: string): Promise<void> {
  await send({ action: 'submit', actor: officer });
  await send({ action: 'open_appraisal', actor: officer });
  await send({ action: 'approve', actor: approver, ...approvalDecision() });
  await send({ action: 'sign_contract', actor: officer, contractNo, contractDate: '2026-04-01' });
}

const { officerHN: officer, approverHN: approver, unitHN: unit, cucOfficer, cucLeader, minister } = actors;

/** The approver's stop of a project whose history is being recorded, under decision `decisionNo`. */
function stopForReplay(decisionNo: string): ActionCommand {
  return {
    action: 'terminate',
    actor: approver,
    reason: 'Ghi lịch sử cho thử nghiệm phát lại',
    decisionNo,
    decisionDate: '2026-11-01',
  };
}

/** Waits for a seconds-long policy's reminder, overdue notice and first escalation, then submits the first report. */
async function noticesThenReport(projectId: string, handle: WorkflowHandle): Promise<void> {
  await eventually(
    async () => {
      const kinds = (
        (await harness.dataSource.query(`SELECT DISTINCT kind FROM notification_log WHERE project_id = $1`, [
          projectId,
        ])) as Array<{ kind: string }>
      ).map((r) => r.kind);
      expect(kinds).toEqual(expect.arrayContaining(['REMINDER', 'OVERDUE', 'ESCALATION_1']));
    },
    60000,
    500,
  );
  await handle.executeUpdate(submitReportUpdate, {
    args: [{ periodKey: 'P0001', actor: unit, physicalProgressPct: 40, fundsUsedVnd: 50_000_000 }],
  });
}

/**
 * Reminders and an escalation on a seconds-long policy, advances in the net's window, a report, a stop and its refund,
 * as the API sends them, on `patchBaseline`: the patches after it are asked for with patched(), one marker each
 * (`markers`, in the order the walk first asks for them).
 */
async function recordNetWalk(patchBaseline: 2 | 3 | 4, markers: string[], name: string, note: string): Promise<void> {
  const facts = projectFacts();
  const base = workflowInput(facts);
  const input: ProjectWorkflowInput = {
    ...base,
    options: { ...base.options, deadlinePolicy: SECONDS_POLICY, writeNetSeconds: 2 },
    createdAt: new Date().toISOString(),
    patchBaseline,
  };
  await startProjectWorkflowAccepted(harness.client, harness.taskQueue, input);
  const workflowId = workflowIdForProject(facts.code);
  const handle = harness.client.workflow.getHandle(workflowId);
  const { runId } = await handle.describe();
  const answered = answeredAndWritten(workflowId);
  await walkToContract(answered, 'HĐ-R17');
  for (const amountVnd of [20_000_000, 1_000_000, 2_000_000]) {
    await answered({ action: 'record_disbursement', actor: officer, kind: 'ADVANCE', amountVnd });
  }
  await noticesThenReport(facts.id, handle);
  await answered(stopForReplay('17/QĐ-SCT'));
  // Stopped after advances: the run ends once the unused advances are refunded (and the net has written it).
  await answered({ action: 'record_refund', actor: officer, amountVnd: 23_000_000 });
  await handle.result();
  const events = (await handle.fetchHistory()).events ?? [];
  expect(patchMarkerIds(events)).toEqual(markers);
  expect(events.filter((e) => e.timerFiredEventAttributes).length).toBeGreaterThan(0);
  expect(events.filter(isNetWrite).length).toBeGreaterThan(0);
  await recordRuns(name, workflowId, runId, note);
}

/**
 * Two projects, on patch baselines 5 and 4, walked to their contract and advanced as the API does; then the worker
 * goes away while their nets' timers fire and a second advance reaches each, so that the worker back takes both in
 * one task: the net writes the earlier actions in that task and keeps the new one for its next firing (patch
 * net-keeps-own-task; the project on baseline 4 asks for it with one marker). Stopped and refunded.
 */
async function recordNetBesideAction(): Promise<void> {
  // A window long enough to stop the worker in (5 to 7.5 s after each project's advance).
  const netSeconds = 5;
  const projects = [];
  for (const patchBaseline of [5, 4]) {
    const facts = projectFacts();
    const base = workflowInput(facts);
    const input: ProjectWorkflowInput = {
      ...base,
      options: { ...base.options, writeNetSeconds: netSeconds },
      createdAt: new Date().toISOString(),
      patchBaseline,
    };
    await startProjectWorkflowAccepted(harness.client, harness.taskQueue, input);
    const workflowId = workflowIdForProject(facts.code);
    const { runId } = await harness.client.workflow.getHandle(workflowId).describe();
    await walkToContract(answeredAndWritten(workflowId), `HĐ-R18-${patchBaseline}`);
    projects.push({ facts, workflowId, runId, patchBaseline });
  }
  const netWrites = async (client: Client, workflowId: string) =>
    ((await client.workflow.getHandle(workflowId).fetchHistory()).events ?? []).filter(isNetWrite).length;
  // The walk's nets written: nothing is pending when the advances come.
  const walked = new Map<string, number>();
  for (const { workflowId } of projects) {
    walked.set(
      workflowId,
      await eventually(
        async () => {
          const written = await netWrites(harness.client, workflowId);
          expect(written).toBeGreaterThan(0);
          const events = (await harness.client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
          const lastUpdate = events
            .map((e) => Boolean(e.workflowExecutionUpdateCompletedEventAttributes))
            .lastIndexOf(true);
          expect(events.slice(lastUpdate).some(isNetWrite)).toBe(true);
          return written;
        },
        30000,
        250,
      ),
    );
  }
  for (const { workflowId } of projects) {
    await answeredAndWritten(workflowId)({
      action: 'record_disbursement',
      actor: officer,
      kind: 'ADVANCE',
      amountVnd: 20_000_000,
    });
  }
  const away = await actWhileWorkerAway(
    harness,
    projects.map((p) => p.workflowId),
    Math.max(...projects.map((p) => writeNetDelayMs(p.facts.id, netSeconds))),
    (client, workflowId) =>
      performProjectAction(client, workflowId, {
        action: 'record_disbursement',
        actor: officer,
        kind: 'ADVANCE',
        amountVnd: 3_000_000,
        answerBeforeWrite: true,
        writeOnceInAnswer: true,
      }),
  );
  harness = away.harness;
  const { answers } = away;
  // Stopped before either net fired.
  expect(away.netWritesAtStop).toEqual(projects.map((p) => walked.get(p.workflowId)));
  const writer = new ProjectEventWriter(harness.dataSource);
  for (const answer of answers) {
    const write = writeOfAnswer(answer);
    if (write) await writer.recordLifecycleEvent(write.facts, write.status, write.event, write.stall);
  }
  for (const { workflowId, runId, patchBaseline } of projects) {
    const handle = harness.client.workflow.getHandle(workflowId);
    // The net wrote the first advance in the task of the second, and its next firing the second, both in task.
    await eventually(
      async () => {
        const events = (await handle.fetchHistory()).events ?? [];
        expect(netWroteBesideAnAction(events)).toBe(true);
        expect(events.filter(isNetWrite).length).toBe(walked.get(workflowId)! + 2);
        expect(events.filter(isNetWrite).every((e) => localActivityType(e) === 'recordLifecycleEvents')).toBe(true);
      },
      30000,
      250,
    );
    const answered = answeredAndWritten(workflowId);
    await answered(stopForReplay(`18/QĐ-SCT-${patchBaseline}`));
    await answered({ action: 'record_refund', actor: officer, amountVnd: 23_000_000 });
    await handle.result();
    const events = (await handle.fetchHistory()).events ?? [];
    expect(patchMarkerIds(events)).toEqual(patchBaseline === 4 ? ['net-keeps-own-task'] : []);
    const name =
      patchBaseline === 4 ? 'project-lifecycle-net-keeps-own-task-marker' : 'project-lifecycle-net-keeps-own-task';
    const note =
      patchBaseline === 4
        ? 'patch baseline 4 with the net-keeps-own-task marker'
        : 'patch baseline 5: the net keeps the actions of its own task';
    await recordRuns(name, workflowId, runId, note);
  }
}

const describeRecording = RECORD ? describe : describe.skip;

describeRecording('records workflow histories for the replay test', () => {
  it('a project walked from DRAFT to SETTLED', async () => {
    const { workflowId, runId } = await startProject();
    await act(workflowId, { action: 'submit', actor: unit });
    await act(workflowId, { action: 'return', actor: officer, reason: 'Thiếu dự toán chi tiết' });
    await act(workflowId, { action: 'submit', actor: unit });
    await act(workflowId, { action: 'open_appraisal', actor: officer });
    await act(workflowId, { action: 'approve', actor: approver, ...approvalDecision(120_000_000) });
    await act(workflowId, { action: 'sign_contract', actor: officer, contractNo: 'HĐ-R1', contractDate: '2026-04-01' });
    await act(workflowId, { action: 'record_disbursement', actor: officer, kind: 'ADVANCE', amountVnd: 84_000_000 });
    await act(workflowId, { action: 'start', actor: unit });
    await act(workflowId, { action: 'complete_work', actor: unit });
    await act(workflowId, { action: 'accept', actor: approver, minutesNo: '07/BB-NT', minutesDate: '2026-11-20' });
    await act(workflowId, { action: 'record_disbursement', actor: officer, kind: 'FINAL', amountVnd: 36_000_000 });
    await act(workflowId, { action: 'settle', actor: officer });
    await harness.client.workflow.getHandle(workflowId).result();
    await recordRuns('project-lifecycle-settled', workflowId, runId, 'DRAFT → SETTLED, a return and two disbursements');
  });

  it('a project walked from DRAFT to SETTLED with its hand-off notices (patch hand-off-notices)', async () => {
    const { workflowId, runId } = await startProject();
    await act(workflowId, { action: 'submit', actor: unit });
    await act(workflowId, { action: 'return', actor: officer, reason: 'Thiếu báo giá thiết bị' });
    await act(workflowId, { action: 'submit', actor: unit });
    await act(workflowId, { action: 'open_appraisal', actor: officer });
    await act(workflowId, { action: 'approve', actor: approver, ...approvalDecision(120_000_000) });
    await act(workflowId, { action: 'sign_contract', actor: officer, contractNo: 'HĐ-R4', contractDate: '2026-04-01' });
    await act(workflowId, { action: 'start', actor: unit });
    await act(workflowId, { action: 'complete_work', actor: unit });
    await act(workflowId, { action: 'accept', actor: approver, minutesNo: '09/BB-NT', minutesDate: '2026-11-20' });
    await act(workflowId, { action: 'record_disbursement', actor: officer, kind: 'FINAL', amountVnd: 120_000_000 });
    await act(workflowId, { action: 'settle', actor: officer });
    await harness.client.workflow.getHandle(workflowId).result();
    await recordRuns('project-lifecycle-hand-offs', workflowId, runId, 'DRAFT → SETTLED, hand-off notices mailed');
  });

  it('a project that continues as new at a 40-event cap and is settled in its later run', async () => {
    const { workflowId, runId } = await startProject(projectFacts(), 40);
    await act(workflowId, { action: 'submit', actor: officer });
    await act(workflowId, { action: 'open_appraisal', actor: officer });
    await act(workflowId, { action: 'approve', actor: approver, ...approvalDecision() });
    await act(workflowId, { action: 'sign_contract', actor: officer, contractNo: 'HĐ-R2', contractDate: '2026-04-01' });
    await act(workflowId, { action: 'start', actor: officer });
    for (let i = 0; i < 6; i += 1) {
      await act(workflowId, { action: 'suspend', actor: approver, reason: `Tạm ngừng lần ${i + 1}` });
      await act(workflowId, { action: 'resume', actor: approver });
    }
    await eventually(async () => {
      expect((await harness.client.workflow.getHandle(workflowId).describe()).runId).not.toBe(runId);
    });
    await act(workflowId, { action: 'complete_work', actor: unit });
    await act(workflowId, { action: 'accept', actor: approver, minutesNo: '08/BB-NT', minutesDate: '2026-11-20' });
    await act(workflowId, { action: 'record_disbursement', actor: officer, kind: 'FINAL', amountVnd: 135_000_000 });
    await act(workflowId, { action: 'settle', actor: officer });
    await harness.client.workflow.getHandle(workflowId).result();
    await recordRuns(
      'project-lifecycle-continue-as-new',
      workflowId,
      runId,
      'continue-as-new at 40 events, then SETTLED',
    );
  });

  it('a contracted project on a seconds-long policy: reminders, overdue notices, an escalation, a report (patch periods-in-notice)', async () => {
    const policy = SECONDS_POLICY;
    const { facts, workflowId, runId } = await startProject(projectFacts(), undefined, policy);
    await act(workflowId, { action: 'submit', actor: officer });
    await act(workflowId, { action: 'open_appraisal', actor: officer });
    await act(workflowId, { action: 'approve', actor: approver, ...approvalDecision() });
    await act(workflowId, { action: 'sign_contract', actor: officer, contractNo: 'HĐ-R3', contractDate: '2026-04-01' });
    const kinds = async () =>
      (
        (await harness.dataSource.query(`SELECT DISTINCT kind FROM notification_log WHERE project_id = $1`, [
          facts.id,
        ])) as Array<{ kind: string }>
      ).map((r) => r.kind);
    await eventually(
      async () => {
        expect(await kinds()).toEqual(expect.arrayContaining(['REMINDER', 'OVERDUE', 'ESCALATION_1']));
      },
      60000,
      500,
    );
    await harness.client.workflow.getHandle(workflowId).executeUpdate(submitReportUpdate, {
      args: [{ periodKey: 'P0001', actor: unit, physicalProgressPct: 40, fundsUsedVnd: 50_000_000 }],
    });
    await act(workflowId, stopForReplay('09/QĐ-SCT'));
    await harness.client.workflow.getHandle(workflowId).result();
    // Recorded since the patch periods-in-notice (a period opening is written by the notice due with it);
    // project-lifecycle-period-beside-notice.run-1.json keeps the same walk recorded under the patch before it
    // (written beside the notice), project-lifecycle-deadlines.run-1.json the one before that.
    await recordRuns(
      'project-lifecycle-periods-in-notice',
      workflowId,
      runId,
      'seconds policy: reminders, overdue, escalation; periods written by the notices due with them',
    );
  });

  it('one write per action (patch one-write-per-action): a draft edited, reminders beside the actions, a report, an extension, an adjustment, stopped and refunded', async () => {
    const policy = SECONDS_POLICY;
    const { facts, workflowId, runId } = await startProject(projectFacts(), undefined, policy);
    const handle = harness.client.workflow.getHandle(workflowId);
    await handle.executeUpdate(editDraftUpdate, {
      args: [{ actor: officer, changes: { title: `${facts.title} (sửa hồ sơ)` } }],
    });
    await act(workflowId, { action: 'submit', actor: officer });
    await act(workflowId, { action: 'open_appraisal', actor: officer });
    await act(workflowId, { action: 'approve', actor: approver, ...approvalDecision() });
    await act(workflowId, { action: 'sign_contract', actor: officer, contractNo: 'HĐ-R9', contractDate: '2026-04-01' });
    await act(workflowId, { action: 'record_disbursement', actor: officer, kind: 'ADVANCE', amountVnd: 50_000_000 });
    await eventually(
      async () => {
        const rows: Array<{ kind: string }> = await harness.dataSource.query(
          `SELECT DISTINCT kind FROM notification_log WHERE project_id = $1`,
          [facts.id],
        );
        expect(rows.map((r) => r.kind)).toEqual(expect.arrayContaining(['REMINDER', 'OVERDUE']));
      },
      60000,
      500,
    );
    await handle.executeUpdate(submitReportUpdate, {
      args: [{ periodKey: 'P0001', actor: unit, physicalProgressPct: 40, fundsUsedVnd: 30_000_000 }],
    });
    await handle.executeUpdate(extendDeadlineUpdate, {
      args: [{ periodKey: 'P0002', newDueDay: '2099-12-31', reason: 'Chờ số liệu quyết toán', actor: officer }],
    });
    await act(workflowId, { action: 'start', actor: unit });
    const asked = await handle.executeUpdate(requestAdjustmentUpdate, {
      args: [{ id: randomUUID(), kind: 'SITE', reason: 'Đổi xưởng', changes: { site: 'Xưởng mới' }, actor: unit }],
    });
    await handle.executeUpdate(actOnAdjustmentUpdate, {
      args: [{ adjustmentId: asked.id, action: 'certify', actor: officer }],
    });
    await handle.executeUpdate(actOnAdjustmentUpdate, {
      args: [{ adjustmentId: asked.id, action: 'approve', actor: approver, decisionNo: 'SITE/QĐ-SCT' }],
    });
    await act(workflowId, stopForReplay('10/QĐ-SCT'));
    await act(workflowId, { action: 'record_refund', actor: officer, amountVnd: 50_000_000 });
    await handle.result();
    const history = await handle.fetchHistory();
    const scheduled = history.events?.map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name);
    expect(scheduled).not.toContain('recordStallClock');
    await recordRuns('project-lifecycle-one-write', workflowId, runId, 'one read-model write per action');
  });

  it('a national project by TT 36: registered by the Department, approved, signed, paid and settled by the Cục, a stop refused (patch capability-table)', async () => {
    const { workflowId, runId } = await startProject(projectFacts({ scope: 'NATIONAL' }));
    await act(workflowId, { action: 'submit', actor: unit });
    await act(workflowId, { action: 'open_appraisal', actor: officer });
    await act(workflowId, { action: 'register', actor: approver });
    await act(workflowId, { action: 'open_ministry_appraisal', actor: cucOfficer });
    await act(workflowId, { action: 'approve', actor: cucLeader, ...approvalDecision(), decisionNo: '1234/QĐ-BCT' });
    await act(workflowId, {
      action: 'sign_contract',
      actor: cucOfficer,
      contractNo: 'HĐ-R5',
      contractDate: '2026-04-01',
    });
    await act(workflowId, { action: 'record_disbursement', actor: cucOfficer, kind: 'ADVANCE', amountVnd: 90_000_000 });
    await act(workflowId, { action: 'start', actor: unit });
    await act(workflowId, { action: 'request_stop', actor: unit, reason: 'Cơ sở tạm ngừng sản xuất' });
    await act(workflowId, { action: 'refuse_stop', actor: minister, reason: 'Tiếp tục thực hiện' });
    await act(workflowId, { action: 'complete_work', actor: unit });
    await act(workflowId, { action: 'accept', actor: approver, minutesNo: '10/BB-NTCS', minutesDate: '2026-11-20' });
    await act(workflowId, { action: 'record_disbursement', actor: cucOfficer, kind: 'FINAL', amountVnd: 45_000_000 });
    await act(workflowId, { action: 'settle', actor: cucOfficer });
    await harness.client.workflow.getHandle(workflowId).result();
    await recordRuns(
      'project-lifecycle-national',
      workflowId,
      runId,
      'national DRAFT → SETTLED through the Cục, a stop refused by the Minister',
    );
  });

  it('a project under the money rules: progress certified before the advance, a site change and a funding cut approved, settled', async () => {
    const facts = projectFacts();
    facts.moneyRules = resolveMoneyRules({
      scope: facts.scope,
      provinceCode: facts.provinceCode,
      category: facts.category,
      day: '2026-03-01',
      priority: false,
    });
    const { workflowId, runId } = await startProject(facts);
    const handle = harness.client.workflow.getHandle(workflowId);
    const ask = (command: Omit<AdjustmentRequestCommand, 'id'>) =>
      handle.executeUpdate(requestAdjustmentUpdate, { args: [{ id: randomUUID(), ...command }] });
    const decide = (command: AdjustmentActionCommand) =>
      handle.executeUpdate(actOnAdjustmentUpdate, { args: [command] });
    await act(workflowId, { action: 'submit', actor: unit });
    await act(workflowId, { action: 'open_appraisal', actor: officer });
    await act(workflowId, { action: 'approve', actor: approver, ...approvalDecision() });
    await act(workflowId, { action: 'sign_contract', actor: officer, contractNo: 'HĐ-R7', contractDate: '2026-04-01' });
    await act(workflowId, {
      action: 'certify_progress',
      actor: approver,
      progressPercent: 75,
      reportDate: '2026-06-30',
    });
    await act(workflowId, { action: 'record_disbursement', actor: officer, kind: 'ADVANCE', amountVnd: 90_000_000 });
    await act(workflowId, { action: 'start', actor: unit });
    for (const [kind, changes] of [
      ['SITE', { site: 'Cụm công nghiệp Phú Nghĩa' }],
      ['FUNDING_DECREASE', { supportVnd: 130_000_000 }],
    ] as const) {
      const asked = await ask({ kind, reason: 'Thay đổi theo thực tế', changes, actor: unit });
      await decide({ adjustmentId: asked.id, action: 'certify', actor: officer });
      await decide({ adjustmentId: asked.id, action: 'approve', actor: approver, decisionNo: `${kind}/QĐ-SCT` });
    }
    await act(workflowId, { action: 'complete_work', actor: unit });
    await act(workflowId, { action: 'accept', actor: approver, minutesNo: '11/BB-NTCS', minutesDate: '2026-11-20' });
    await act(workflowId, { action: 'record_disbursement', actor: officer, kind: 'FINAL', amountVnd: 40_000_000 });
    await act(workflowId, { action: 'settle', actor: officer });
    await handle.result();
    await recordRuns(
      'project-lifecycle-money-rules',
      workflowId,
      runId,
      'money rules: certified progress, advance, two approved adjustments, settled',
    );
  });

  it('a group project: Mẫu 11 returned, submitted again and approved, accepted and paid per establishment, settled', async () => {
    const facts = { ...projectFacts(), group: true, requestedSupportVnd: 135_000_000 };
    const { workflowId, runId } = await startProject(facts);
    const plan = [
      { name: 'HTX Chè Tân Cương', site: 'xã Tân Cương', supportVnd: 70_000_000 },
      { name: 'Cơ sở chè Phúc Xuân', site: 'xã Phúc Xuân', supportVnd: 65_000_000 },
    ];
    const minutes = { minutesNo: '12/BB-NTCS', minutesDate: '2026-11-20' };
    await act(workflowId, { action: 'submit', actor: unit });
    await act(workflowId, { action: 'open_appraisal', actor: officer });
    await act(workflowId, { action: 'approve', actor: approver, ...approvalDecision() });
    await act(workflowId, { action: 'submit_impl_plan', actor: unit, beneficiaries: plan });
    await act(workflowId, { action: 'return_impl_plan', actor: officer, reason: 'Thiếu địa điểm chi tiết' });
    await act(workflowId, { action: 'submit_impl_plan', actor: unit, beneficiaries: plan });
    await act(workflowId, {
      action: 'approve_impl_plan',
      actor: approver,
      decisionNo: '90/QĐ-SCT',
      decisionDate: '2026-03-20',
    });
    await act(workflowId, { action: 'sign_contract', actor: officer, contractNo: 'HĐ-R8', contractDate: '2026-04-01' });
    await act(workflowId, { action: 'start', actor: unit });
    await act(workflowId, {
      action: 'record_disbursement',
      actor: officer,
      kind: 'ADVANCE',
      amountVnd: 40_000_000,
      beneficiaryId: 'NT1',
    });
    await act(workflowId, { action: 'complete_work', actor: unit });
    await act(workflowId, { action: 'accept_beneficiary', actor: approver, beneficiaryId: 'NT1', ...minutes });
    await act(workflowId, { action: 'accept_beneficiary', actor: approver, beneficiaryId: 'NT2', ...minutes });
    await act(workflowId, { action: 'accept', actor: approver, ...minutes });
    for (const [beneficiaryId, amountVnd] of [
      ['NT1', 30_000_000],
      ['NT2', 65_000_000],
    ] as const) {
      await act(workflowId, { action: 'record_disbursement', actor: officer, kind: 'FINAL', amountVnd, beneficiaryId });
    }
    await act(workflowId, { action: 'settle', actor: officer });
    await harness.client.workflow.getHandle(workflowId).result();
    await recordRuns(
      'project-lifecycle-group',
      workflowId,
      runId,
      'group project: implementation plan returned and approved, per-establishment acceptance and payments, settled',
    );
  });

  it('group force majeure: NT2 accepted by its work done refunds its unused advance, NT1 paid, PARTIAL_SETTLED', async () => {
    const facts = { ...projectFacts(), group: true, requestedSupportVnd: 135_000_000 };
    const { workflowId, runId } = await startProject(facts);
    const plan = [
      { name: 'HTX Chè Tân Cương', site: 'xã Tân Cương', supportVnd: 70_000_000 },
      { name: 'Cơ sở chè Phúc Xuân', site: 'xã Phúc Xuân', supportVnd: 65_000_000 },
    ];
    const minutes = { minutesNo: '14/BB-NTCS', minutesDate: '2026-11-20' };
    await act(workflowId, { action: 'submit', actor: unit });
    await act(workflowId, { action: 'open_appraisal', actor: officer });
    await act(workflowId, { action: 'approve', actor: approver, ...approvalDecision() });
    await act(workflowId, { action: 'submit_impl_plan', actor: unit, beneficiaries: plan });
    await act(workflowId, {
      action: 'approve_impl_plan',
      actor: approver,
      decisionNo: '92/QĐ-SCT',
      decisionDate: '2026-03-20',
    });
    await act(workflowId, {
      action: 'sign_contract',
      actor: officer,
      contractNo: 'HĐ-R10',
      contractDate: '2026-04-01',
    });
    await act(workflowId, { action: 'start', actor: unit });
    await act(workflowId, {
      action: 'record_disbursement',
      actor: officer,
      kind: 'ADVANCE',
      amountVnd: 40_000_000,
      beneficiaryId: 'NT2',
    });
    await act(workflowId, {
      action: 'accept_work_done',
      actor: approver,
      beneficiaryId: 'NT2',
      reason: 'Lũ quét làm hỏng xưởng chè Phúc Xuân',
      minutesNo: '13/BB-BKK',
      minutesDate: '2026-09-30',
      acceptedAmountVnd: 25_000_000,
      certifyingBody: 'COMMUNE_PC',
      certifierName: 'UBND xã Phúc Xuân',
    });
    await act(workflowId, { action: 'accept_beneficiary', actor: approver, beneficiaryId: 'NT1', ...minutes });
    await act(workflowId, { action: 'complete_work', actor: unit });
    await act(workflowId, { action: 'accept', actor: approver, ...minutes });
    await act(workflowId, { action: 'refund_advance', actor: officer, amountVnd: 15_000_000, beneficiaryId: 'NT2' });
    await act(workflowId, {
      action: 'record_disbursement',
      actor: officer,
      kind: 'FINAL',
      amountVnd: 70_000_000,
      beneficiaryId: 'NT1',
    });
    await act(workflowId, { action: 'settle', actor: officer });
    await harness.client.workflow.getHandle(workflowId).result();
    await recordRuns(
      'project-lifecycle-group-force-majeure',
      workflowId,
      runId,
      'group force majeure: NT2 accepted by its work done (commune People’s Committee), its unused advance refunded, PARTIAL_SETTLED',
    );
  });

  it('force majeure: the work done accepted with its certifier, the unused advance refunded, settled as PARTIAL_SETTLED', async () => {
    const { workflowId, runId } = await startProject(projectFacts({ category: 'TRAINING' }));
    await act(workflowId, { action: 'submit', actor: unit });
    await act(workflowId, { action: 'open_appraisal', actor: officer });
    await act(workflowId, { action: 'approve', actor: approver, ...approvalDecision() });
    await act(workflowId, { action: 'sign_contract', actor: officer, contractNo: 'HĐ-R9', contractDate: '2026-04-01' });
    await act(workflowId, { action: 'record_disbursement', actor: officer, kind: 'ADVANCE', amountVnd: 90_000_000 });
    await act(workflowId, { action: 'start', actor: unit });
    await act(workflowId, {
      action: 'accept_work_done',
      actor: approver,
      reason: 'Bão số 3 làm sập nhà xưởng',
      minutesNo: '13/BB-BKK',
      minutesDate: '2026-09-30',
      acceptedAmountVnd: 60_000_000,
      certifyingBody: 'COMMUNE_PC',
      certifierName: 'UBND xã Phú Nghĩa',
    });
    await act(workflowId, { action: 'refund_advance', actor: officer, amountVnd: 30_000_000 });
    await act(workflowId, { action: 'settle', actor: officer });
    await harness.client.workflow.getHandle(workflowId).result();
    await recordRuns(
      'project-lifecycle-force-majeure',
      workflowId,
      runId,
      'force majeure: work done accepted (commune People’s Committee), unused advance refunded, PARTIAL_SETTLED',
    );
  });

  it('a pilot project over two years: split at approval, the first year advanced and closed with its carry-over, settled', async () => {
    const { workflowId, runId } = await startProject(
      projectFacts({
        scope: 'NATIONAL',
        category: 'TRAINING',
        requestedSupportVnd: 210_000_000,
        totalCostVnd: 650_000_000,
        plannedStart: '2026-03-01',
        plannedEnd: '2027-11-30',
        pilot: {
          linkedCategories: ['MACHINERY', 'PRODUCTS_AND_FAIRS'],
          years: [
            { year: 2026, supportVnd: 100_000_000 },
            { year: 2027, supportVnd: 110_000_000 },
          ],
        },
      }),
    );
    await act(workflowId, { action: 'submit', actor: unit });
    await act(workflowId, { action: 'open_appraisal', actor: officer });
    await act(workflowId, { action: 'register', actor: approver });
    await act(workflowId, { action: 'open_ministry_appraisal', actor: cucOfficer });
    await act(workflowId, {
      action: 'approve',
      actor: cucLeader,
      ...approvalDecision(200_000_000),
      decisionNo: '77/QĐ-BCT',
    });
    await act(workflowId, {
      action: 'sign_contract',
      actor: cucOfficer,
      contractNo: 'HĐ-R10',
      contractDate: '2026-04-01',
    });
    await act(workflowId, { action: 'record_disbursement', actor: cucOfficer, kind: 'ADVANCE', amountVnd: 60_000_000 });
    await act(workflowId, { action: 'start', actor: unit });
    await act(workflowId, {
      action: 'close_pilot_year',
      actor: officer,
      progressPercent: 80,
      reportDate: '2026-11-30',
    });
    await act(workflowId, { action: 'complete_work', actor: unit });
    await act(workflowId, { action: 'accept', actor: approver, minutesNo: '11/BB-NTCS', minutesDate: '2026-11-30' });
    await act(workflowId, { action: 'record_disbursement', actor: cucOfficer, kind: 'FINAL', amountVnd: 140_000_000 });
    await act(workflowId, { action: 'settle', actor: cucOfficer });
    await harness.client.workflow.getHandle(workflowId).result();
    await recordRuns(
      'project-lifecycle-pilot',
      workflowId,
      runId,
      'pilot project 2026–2027: split by year at approval, 2026 advanced and closed with its carry-over, settled',
    );
  });

  it('a project created as the API creates it (patch creation-written-in-task), submitted, returned and withdrawn', async () => {
    const facts = projectFacts();
    const input = { ...workflowInput(facts), createdAt: new Date().toISOString() };
    await startProjectWorkflow(harness.client, harness.taskQueue, input);
    const workflowId = workflowIdForProject(facts.code);
    const { runId } = await harness.client.workflow.getHandle(workflowId).describe();
    await act(workflowId, { action: 'submit', actor: unit });
    await act(workflowId, { action: 'return', actor: officer, reason: 'Thiếu hồ sơ pháp lý' });
    await act(workflowId, { action: 'withdraw', actor: unit });
    await harness.client.workflow.getHandle(workflowId).result();
    await recordRuns('project-lifecycle-creation-in-task', workflowId, runId, 'created in its first task, withdrawn');
  });

  it('actions answered before their writes (patch answer-before-write): signed, two advances at once, stopped and refunded', async () => {
    const facts = projectFacts();
    const input = { ...workflowInput(facts), createdAt: new Date().toISOString() };
    await startProjectWorkflow(harness.client, harness.taskQueue, input);
    const workflowId = workflowIdForProject(facts.code);
    const handle = harness.client.workflow.getHandle(workflowId);
    const { runId } = await handle.describe();
    const answered = (command: ActionCommand) => act(workflowId, { ...command, answerBeforeWrite: true });
    await walkToContract(answered, 'HĐ-R14');
    // The second waits for the first's write before it is applied.
    const advances = await Promise.all(
      [20_000_000, 30_000_000].map((amountVnd) =>
        answered({ action: 'record_disbursement', actor: officer, kind: 'ADVANCE', amountVnd }),
      ),
    );
    expect(advances.map((a) => a.unwritten?.event.seq).sort()).toEqual([6, 7]);
    await answered(stopForReplay('14/QĐ-SCT'));
    // Terminal: the run ends only after this action's write.
    await answered({ action: 'record_refund', actor: officer, amountVnd: 50_000_000 });
    await handle.result();
    await recordRuns(
      'project-lifecycle-answer-before-write',
      workflowId,
      runId,
      'actions answered before their writes',
    );
  });

  it('a project on patch baseline 1 as the API starts it: no patch markers; reminders, a notice with its period, an escalation, a report, stopped', async () => {
    const policy = SECONDS_POLICY;
    const facts = projectFacts();
    const base = workflowInput(facts);
    const input: ProjectWorkflowInput = {
      ...base,
      options: { ...base.options, deadlinePolicy: policy },
      createdAt: new Date().toISOString(),
      // This fixture is of baseline 1 (the API starts baseline 2 since the 'write-net' patch).
      patchBaseline: 1,
    };
    await startProjectWorkflowAccepted(harness.client, harness.taskQueue, input);
    const workflowId = workflowIdForProject(facts.code);
    const handle = harness.client.workflow.getHandle(workflowId);
    const { runId } = await handle.describe();
    const answered = (command: ActionCommand) => act(workflowId, { ...command, answerBeforeWrite: true });
    await walkToContract(answered, 'HĐ-R15');
    await noticesThenReport(facts.id, handle);
    await answered(stopForReplay('15/QĐ-SCT'));
    await handle.result();
    const history = await handle.fetchHistory();
    const markers = (history.events ?? []).filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_patch');
    expect(markers).toHaveLength(0);
    await recordRuns('project-lifecycle-patch-baseline-1', workflowId, runId, 'patch baseline 1: no patch markers');
  });

  it('write net (patch baseline 2): actions answered and written by the caller, the net writing them in bursts, before a report and before the run ends', async () => {
    const facts = projectFacts();
    const base = workflowInput(facts);
    const input: ProjectWorkflowInput = {
      ...base,
      options: { ...base.options, writeNetSeconds: 2 },
      createdAt: new Date().toISOString(),
      // This fixture is of baseline 2 (the API starts baseline 3 since the 'kept-timer' patch).
      patchBaseline: 2,
    };
    await startProjectWorkflowAccepted(harness.client, harness.taskQueue, input);
    const workflowId = workflowIdForProject(facts.code);
    const handle = harness.client.workflow.getHandle(workflowId);
    const { runId } = await handle.describe();
    const answered = answeredAndWritten(workflowId);
    await walkToContract(answered, 'HĐ-R16');
    await Promise.all(
      [20_000_000, 30_000_000].map((amountVnd) =>
        answered({ action: 'record_disbursement', actor: officer, kind: 'ADVANCE', amountVnd }),
      ),
    );
    const netWrites = async () => ((await handle.fetchHistory()).events ?? []).filter(isNetWrite).length;
    // The window passes: the net writes the walk and the advances.
    await eventually(async () => expect(await netWrites()).toBe(1), 20000, 250);
    await answered({ action: 'record_disbursement', actor: officer, kind: 'ADVANCE', amountVnd: 10_000_000 });
    // A write of the workflow's own (an action from a caller that does not write) comes after the net's.
    await act(workflowId, { action: 'record_disbursement', actor: officer, kind: 'ADVANCE', amountVnd: 5_000_000 });
    await answered(stopForReplay('16/QĐ-SCT'));
    // Terminal: the run ends only after the net has written the refund.
    await answered({ action: 'record_refund', actor: officer, amountVnd: 65_000_000 });
    await handle.result();
    const history = await handle.fetchHistory();
    const ownWrites = (history.events ?? []).filter(
      (e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'recordLifecycleEvent',
    );
    // Only the action from a caller that does not write has a write of its own.
    expect(ownWrites).toHaveLength(1);
    await recordRuns('project-lifecycle-write-net', workflowId, runId, 'patch baseline 2: the write net');
  });

  it('kept timer (patch baseline 3): reminders and an escalation on a seconds-long policy, advances in the net’s window, a report, stopped', async () => {
    await recordNetWalk(3, ['net-in-task'], 'project-lifecycle-kept-timer', 'patch baseline 3: the kept timer');
  });

  it('kept timer asked for by a project on patch baseline 2 (one marker), the same walk', async () => {
    await recordNetWalk(
      2,
      ['kept-timer', 'net-in-task'],
      'project-lifecycle-kept-timer-marker',
      'patch baseline 2 with the kept-timer marker',
    );
  });

  it('net in task (patch baseline 4): the same walk, the net written by a local activity in its timer’s task', async () => {
    await recordNetWalk(4, [], 'project-lifecycle-net-in-task', 'patch baseline 4: the net in its timer’s task');
  });

  it('net in task asked for by a project on patch baseline 3 (one marker), the same walk', async () => {
    await recordNetWalk(
      3,
      ['net-in-task'],
      'project-lifecycle-net-in-task-marker',
      'patch baseline 3 with the net-in-task marker',
    );
  });

  it('net keeps own task (patch baseline 5, and baseline 4 with its marker): a timer fired beside a new action', async () => {
    await recordNetBesideAction();
  });

  it('a nine-month review run on demand', async () => {
    const workflowId = `nine-month-review-replay-${Date.now()}`;
    const handle = await harness.client.workflow.start(NINE_MONTH_REVIEW_WORKFLOW_TYPE, {
      workflowId,
      taskQueue: harness.taskQueue,
      args: [{ trigger: 'ON_DEMAND' }],
    });
    (await handle.result()) as NineMonthReviewSummary;
    await recordRuns('nine-month-review', workflowId, handle.firstExecutionRunId, 'on demand');
  });
});

it('is a recorder: run with RECORD_HISTORIES=1 to rewrite the fixtures', () => {
  expect(typeof RECORD).toBe('boolean');
});
