/**
 * An action whose command asks for it (answerBeforeWrite, what the API sends) is answered in the workflow task that
 * applies it (patch answer-before-write), carrying its read-model write, and schedules no write of its own (patch
 * write-net): the caller writes it, and the workflow's net writes every action answered so again, in one write (a
 * local activity in its timer's task since patch net-in-task), `writeNetSeconds` and up to half of it again after the
 * first, before any other write, and before the run ends. Either way the audit trail
 * holds each event once, in seq order, and the project row the newest status.
 */
import type { History } from '@temporalio/common/lib/proto-utils';
import {
  ActionCommand,
  ActionOutcome,
  ProjectFacts,
  ProjectWorkflowInput,
  workflowIdForProject,
  writeOfAnswer,
} from '@kc/domain';
import { ProjectEventWriter } from '@kc/persistence';
import { performProjectAction, startProjectWorkflow } from '../../apps/api/src/projects/project-workflow.client';
import { WorkerHarness, startWorkerHarness } from '../support/worker-harness';
import { uniqueTaskQueue } from '../support/test-env';
import { actors, projectFacts, workflowInput } from '../support/project-fixtures';
import { eventually } from '../support/eventually';
import { isNetWrite } from '../support/history-events';

let worker: WorkerHarness;

beforeAll(async () => {
  worker = await startWorkerHarness(uniqueTaskQueue('answer-before-write'));
});

afterAll(async () => {
  await worker?.stop();
});

/** The net's delay in these tests: long enough for a burst of actions, short enough to wait for. */
const NET_SECONDS = 3;

async function draftProject(netSeconds = NET_SECONDS): Promise<{ facts: ProjectFacts; workflowId: string }> {
  const facts = projectFacts();
  const input: ProjectWorkflowInput = workflowInput(facts);
  input.options = { ...input.options, writeNetSeconds: netSeconds };
  await startProjectWorkflow(worker.client, worker.taskQueue, input);
  return { facts, workflowId: workflowIdForProject(facts.code) };
}

const submit = (answerBeforeWrite?: boolean): ActionCommand => ({
  action: 'submit',
  actor: actors.officerHN,
  ...(answerBeforeWrite === undefined ? {} : { answerBeforeWrite }),
});
const openAppraisal: ActionCommand = { action: 'open_appraisal', actor: actors.officerHN, answerBeforeWrite: true };
const sendBack = (answerBeforeWrite: boolean): ActionCommand => ({
  action: 'return',
  actor: actors.officerHN,
  reason: 'Bổ sung dự toán chi tiết',
  answerBeforeWrite,
});
const withdraw: ActionCommand = { action: 'withdraw', actor: actors.officerHN, answerBeforeWrite: true };

async function readModel(projectId: string) {
  const [row]: Array<{ state: string; last_seq: number }> = await worker.dataSource.query(
    'SELECT state, last_seq FROM projects WHERE id = $1',
    [projectId],
  );
  const seqs: Array<{ seq: number; to_state: string }> = await worker.dataSource.query(
    'SELECT seq, to_state FROM project_transitions WHERE project_id = $1 ORDER BY seq',
    [projectId],
  );
  return { ...row, transitions: seqs.map((t) => `${t.seq}:${t.to_state}`) };
}

/** The kinds of the history's events, in order, once every activity scheduled has completed. */
async function settledHistory(workflowId: string): Promise<string[]> {
  return eventually(async () => {
    const history: History = await worker.client.workflow.getHandle(workflowId).fetchHistory();
    const events = history.events ?? [];
    const kinds = events.map((e) =>
      isNetWrite(e)
        ? 'NetWrite'
        : e.activityTaskScheduledEventAttributes
          ? `ActivityScheduled:${e.activityTaskScheduledEventAttributes.activityType?.name}`
          : e.activityTaskCompletedEventAttributes
            ? 'ActivityCompleted'
            : e.workflowExecutionUpdateCompletedEventAttributes
              ? 'UpdateCompleted'
              : e.workflowTaskCompletedEventAttributes
                ? 'TaskCompleted'
                : 'other',
    );
    expect(kinds.filter((k) => k === 'ActivityCompleted').length).toBe(
      kinds.filter((k) => k.startsWith('ActivityScheduled')).length,
    );
    return kinds.filter((k) => k !== 'other');
  });
}

it('answers in the task that applies the action, with the write, and the net writes it when the caller never does', async () => {
  const { facts, workflowId } = await draftProject();
  const outcome: ActionOutcome = await performProjectAction(worker.client, workflowId, {
    ...submit(true),
    writeOnceInAnswer: true,
  });
  expect(outcome.status).toMatchObject({ state: 'SUBMITTED', seq: 2 });
  expect(outcome.unwritten?.event).toMatchObject({
    seq: 2,
    action: 'submit',
    fromState: 'DRAFT',
    toState: 'SUBMITTED',
  });
  // Asked by the caller (the API sets writeOnceInAnswer), the answer carries the project once: the write's facts and
  // status are the answer's own.
  expect(outcome.unwritten).not.toHaveProperty('facts');
  expect(outcome.unwritten).not.toHaveProperty('status');
  expect(writeOfAnswer(outcome)).toMatchObject({ status: outcome.status, facts: { id: facts.id } });
  expect(outcome.unwritten?.stall?.clock?.state).toBe('SUBMITTED');

  // Nobody writes the answer here (a caller that died): the workflow's net does, NET_SECONDS later.
  expect(await readModel(facts.id)).toMatchObject({ state: 'DRAFT', last_seq: 1 });
  await eventually(async () => {
    expect(await readModel(facts.id)).toMatchObject({
      state: 'SUBMITTED',
      last_seq: 2,
      transitions: ['1:DRAFT', '2:SUBMITTED'],
    });
  });
  // The net's local activity writes its row before its task (and its marker) reaches the history.
  const kinds = await eventually(async () => {
    const settled = await settledHistory(workflowId);
    expect(settled).toContain('NetWrite');
    return settled;
  });
  // The last update is the action (the first answered the creation).
  const answered = kinds.lastIndexOf('UpdateCompleted');
  const taskOfAnswer = kinds.lastIndexOf('TaskCompleted', answered);
  // The update completed in the task that applied it, which scheduled the hand-off mail and no write.
  expect(kinds.slice(taskOfAnswer + 1, answered)).toEqual(['ActivityScheduled:sendHandOffNotice']);
  // The net's write came in a later task.
  expect(kinds.indexOf('NetWrite')).toBeGreaterThan(answered);
  expect(kinds.filter((k) => k === 'ActivityScheduled:recordLifecycleEvent')).toHaveLength(0);
});

it('writes a burst of actions with one net write once the window has passed', async () => {
  const { facts, workflowId } = await draftProject();
  for (const command of [submit(true), sendBack(true), submit(true), openAppraisal]) {
    await performProjectAction(worker.client, workflowId, command);
  }
  await eventually(async () => {
    expect(await readModel(facts.id)).toEqual({
      state: 'BASE_APPRAISAL',
      last_seq: 5,
      transitions: ['1:DRAFT', '2:SUBMITTED', '3:RETURNED', '4:SUBMITTED', '5:BASE_APPRAISAL'],
    });
  });
  // Nobody else wrote them: the one net write held all four.
  const kinds = await eventually(async () => {
    const settled = await settledHistory(workflowId);
    expect(settled).toContain('NetWrite');
    return settled;
  });
  expect(kinds.filter((k) => k === 'NetWrite')).toHaveLength(1);
});

it('writes what the net holds before a write of its own, and before the run ends', async () => {
  // A window longer than the test: whatever the net writes here, it writes because something comes first.
  const { facts, workflowId } = await draftProject(3600);
  await performProjectAction(worker.client, workflowId, submit(true));
  // An action that does not ask to be answered first is written by its own activity, after the net's (seq order).
  const answered = await performProjectAction(worker.client, workflowId, sendBack(false));
  expect(answered.unwritten).toBeUndefined();
  expect(await readModel(facts.id)).toMatchObject({
    state: 'RETURNED',
    last_seq: 3,
    transitions: ['1:DRAFT', '2:SUBMITTED', '3:RETURNED'],
  });
  // A final state ends the run, and the net writes before it does.
  await performProjectAction(worker.client, workflowId, withdraw);
  await worker.client.workflow.getHandle(workflowId).result();
  expect(await readModel(facts.id)).toMatchObject({ state: 'WITHDRAWN', last_seq: 4 });
});

it('keeps one row per event when the caller writes first, and applies the next action after the write', async () => {
  const { facts, workflowId } = await draftProject();
  const writer = new ProjectEventWriter(worker.dataSource);
  const outcomes: ActionOutcome[] = [];
  for (const command of [submit(true), openAppraisal]) {
    const outcome = await performProjectAction(worker.client, workflowId, command);
    outcomes.push(outcome);
    const write = writeOfAnswer(outcome);
    expect(write).toBeDefined();
    if (write) await writer.recordLifecycleEvent(write.facts, write.status, write.event, write.stall);
    // What the API's page reads right after its own write.
    expect(await readModel(facts.id)).toMatchObject({ state: write?.status.state, last_seq: write?.event.seq });
  }
  await settledHistory(workflowId);
  const settled = {
    state: 'BASE_APPRAISAL',
    last_seq: 3,
    transitions: ['1:DRAFT', '2:SUBMITTED', '3:BASE_APPRAISAL'],
  };
  expect(await readModel(facts.id)).toEqual(settled);
  // An older answer written again late (a slow caller) leaves the newer status alone.
  const older = writeOfAnswer(outcomes[0]);
  if (older) await writer.recordLifecycleEvent(older.facts, older.status, older.event, older.stall);
  expect(await readModel(facts.id)).toEqual(settled);
});

it('repeats the facts and status in the write for a caller that does not read it with writeOfAnswer (an earlier API)', async () => {
  const { facts, workflowId } = await draftProject();
  const outcome: ActionOutcome = await performProjectAction(worker.client, workflowId, submit(true));
  expect(outcome.unwritten?.facts?.id).toBe(facts.id);
  expect(outcome.unwritten?.status).toEqual(outcome.status);
  expect(writeOfAnswer(outcome)).toEqual(outcome.unwritten);
});

it('answers after the write for a command that does not ask (scripts, earlier API releases)', async () => {
  const { facts, workflowId } = await draftProject();
  const outcome = await performProjectAction(worker.client, workflowId, submit());
  expect(outcome.unwritten).toBeUndefined();
  // Written before the answer: the row is there at once.
  expect(await readModel(facts.id)).toMatchObject({ state: 'SUBMITTED', last_seq: 2 });
});
