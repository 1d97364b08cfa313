/**
 * An action whose command asks for it (answerBeforeWrite, what the API sends) is answered in the workflow task that
 * applies it (patch answer-before-write), carrying its read-model write: the update completes before the write's
 * activity, the caller may write it first, and the activity writes it anyway when the caller never does. Either way
 * the audit trail holds each event once, in seq order, and the project row the newest status.
 */
import type { History } from '@temporalio/common/lib/proto-utils';
import { ActionCommand, ActionOutcome, ProjectFacts, workflowIdForProject } from '@kc/domain';
import { ProjectEventWriter } from '@kc/persistence';
import { performProjectAction, startProjectWorkflow } from '../../apps/api/src/projects/project-workflow.client';
import { WorkerHarness, startWorkerHarness } from '../support/worker-harness';
import { uniqueTaskQueue } from '../support/test-env';
import { actors, projectFacts, workflowInput } from '../support/project-fixtures';
import { eventually } from '../support/eventually';

let worker: WorkerHarness;

beforeAll(async () => {
  worker = await startWorkerHarness(uniqueTaskQueue('answer-before-write'));
});

afterAll(async () => {
  await worker?.stop();
});

async function draftProject(): Promise<{ facts: ProjectFacts; workflowId: string }> {
  const facts = projectFacts();
  await startProjectWorkflow(worker.client, worker.taskQueue, workflowInput(facts));
  return { facts, workflowId: workflowIdForProject(facts.code) };
}

const submit = (answerBeforeWrite?: boolean): ActionCommand => ({
  action: 'submit',
  actor: actors.officerHN,
  ...(answerBeforeWrite === undefined ? {} : { answerBeforeWrite }),
});
const openAppraisal: ActionCommand = { action: 'open_appraisal', actor: actors.officerHN, answerBeforeWrite: true };

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
      e.activityTaskScheduledEventAttributes
        ? 'ActivityScheduled'
        : e.activityTaskCompletedEventAttributes
          ? 'ActivityCompleted'
          : e.workflowExecutionUpdateCompletedEventAttributes
            ? 'UpdateCompleted'
            : e.workflowTaskCompletedEventAttributes
              ? 'TaskCompleted'
              : 'other',
    );
    expect(kinds.filter((k) => k === 'ActivityCompleted').length).toBe(
      kinds.filter((k) => k === 'ActivityScheduled').length,
    );
    return kinds.filter((k) => k !== 'other');
  });
}

it('answers in the task that applies the action, with the write, and the activity writes it after', async () => {
  const { facts, workflowId } = await draftProject();
  const outcome: ActionOutcome = await performProjectAction(worker.client, workflowId, submit(true));
  expect(outcome.status).toMatchObject({ state: 'SUBMITTED', seq: 2 });
  expect(outcome.unwritten?.event).toMatchObject({
    seq: 2,
    action: 'submit',
    fromState: 'DRAFT',
    toState: 'SUBMITTED',
  });
  expect(outcome.unwritten?.status).toEqual(outcome.status);
  expect(outcome.unwritten?.facts.id).toBe(facts.id);
  expect(outcome.unwritten?.stall?.clock?.state).toBe('SUBMITTED');

  // Nobody writes the answer here (a caller that died): the workflow's own activity does.
  await eventually(async () => {
    expect(await readModel(facts.id)).toMatchObject({
      state: 'SUBMITTED',
      last_seq: 2,
      transitions: ['1:DRAFT', '2:SUBMITTED'],
    });
  });
  const kinds = await settledHistory(workflowId);
  // The last update is the action (the first answered the creation).
  const answered = kinds.lastIndexOf('UpdateCompleted');
  const written = kinds.lastIndexOf('ActivityCompleted');
  const taskOfAnswer = kinds.lastIndexOf('TaskCompleted', answered);
  // The update completed in the task that scheduled the write (and the hand-off mail), before the write completed.
  expect(kinds.slice(taskOfAnswer + 1, answered)).toEqual(['ActivityScheduled', 'ActivityScheduled']);
  expect(written).toBeGreaterThan(answered);
});

it('keeps one row per event when the caller writes first, and applies the next action after the write', async () => {
  const { facts, workflowId } = await draftProject();
  const writer = new ProjectEventWriter(worker.dataSource);
  const outcomes: ActionOutcome[] = [];
  for (const command of [submit(true), openAppraisal]) {
    const outcome = await performProjectAction(worker.client, workflowId, command);
    outcomes.push(outcome);
    const write = outcome.unwritten;
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
  const older = outcomes[0].unwritten;
  if (older) await writer.recordLifecycleEvent(older.facts, older.status, older.event, older.stall);
  expect(await readModel(facts.id)).toEqual(settled);
});

it('answers after the write for a command that does not ask (scripts, earlier API releases)', async () => {
  const { facts, workflowId } = await draftProject();
  const outcome = await performProjectAction(worker.client, workflowId, submit());
  expect(outcome.unwritten).toBeUndefined();
  // Written before the answer: the row is there at once.
  expect(await readModel(facts.id)).toMatchObject({ state: 'SUBMITTED', last_seq: 2 });
});
