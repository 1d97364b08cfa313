/**
 * The deadline loop keeps its timer while the moment it waits for stays the same (patch kept-timer, baseline 3): an
 * action that wakes the loop without moving the next deadline starts and cancels no timer; one that moves it replaces
 * the timer once; and a timer kept across actions still fires (the reminders of a seconds-long policy arrive).
 */
import type { History } from '@temporalio/common/lib/proto-utils';
import {
  ActionCommand,
  Actor,
  NonWorkingDays,
  PROJECT_PATCH_BASELINE,
  ProjectWorkflowInput,
  calendarYearsAround,
  workflowIdForProject,
  writeOfAnswer,
} from '@kc/domain';
import { nonWorkingDaysOfYears } from '@kc/calendar';
import { ProjectEventWriter } from '@kc/persistence';
import {
  performProjectAction,
  startProjectWorkflowAccepted,
} from '../../apps/api/src/projects/project-workflow.client';
import { WorkerHarness, startWorkerHarness } from '../support/worker-harness';
import { uniqueTaskQueue } from '../support/test-env';
import { actors, projectFacts, workflowInput } from '../support/project-fixtures';
import { approvalDecision, todayInVietnam } from '../support/request-bodies';
import { eventually } from '../support/eventually';

let worker: WorkerHarness;
let writer: ProjectEventWriter;

beforeAll(async () => {
  worker = await startWorkerHarness(uniqueTaskQueue('kept-timer'));
  writer = new ProjectEventWriter(worker.dataSource);
});

afterAll(async () => {
  await worker?.stop();
});

/** A project started as the API starts it, on `patchBaseline`, with a net of `netSeconds`. */
async function project(patchBaseline: number, netSeconds: number): Promise<{ projectId: string; workflowId: string }> {
  const facts = projectFacts();
  const createdAt = new Date().toISOString();
  const years = calendarYearsAround(createdAt);
  const days: NonWorkingDays = nonWorkingDaysOfYears(years, new Map());
  const base = workflowInput(facts);
  const input: ProjectWorkflowInput = {
    ...base,
    options: { ...base.options, writeNetSeconds: netSeconds },
    createdAt,
    calendar: { years, days },
    patchBaseline,
  };
  await startProjectWorkflowAccepted(worker.client, worker.taskQueue, input);
  return { projectId: facts.id, workflowId: workflowIdForProject(facts.code) };
}

/**
 * As the API does: answered in the task that applies it, and written by the caller; or, `answered` false, as a script
 * does: written by the workflow before it answers (no net).
 */
async function act(
  workflowId: string,
  command: Omit<ActionCommand, 'actor'>,
  actor: Actor = actors.officerHN,
  answered = true,
) {
  const outcome = await performProjectAction(worker.client, workflowId, {
    ...command,
    actor,
    ...(answered ? { answerBeforeWrite: true, writeOnceInAnswer: true } : {}),
  } as ActionCommand);
  const write = writeOfAnswer(outcome);
  if (write) await writer.recordLifecycleEvent(write.facts, write.status, write.event, write.stall);
  return outcome;
}

async function toContract(workflowId: string, answered = true): Promise<void> {
  const officer = actors.officerHN;
  await act(workflowId, { action: 'submit' }, officer, answered);
  await act(workflowId, { action: 'open_appraisal' }, officer, answered);
  await act(workflowId, { action: 'approve', ...approvalDecision() }, actors.approverHN, answered);
  await act(
    workflowId,
    { action: 'sign_contract', contractNo: 'HĐ-TIMER', contractDate: todayInVietnam() },
    officer,
    answered,
  );
}

async function history(workflowId: string) {
  const events = ((await worker.client.workflow.getHandle(workflowId).fetchHistory()) as History).events ?? [];
  return {
    timersStarted: events.filter((e) => e.timerStartedEventAttributes).length,
    timersCanceled: events.filter((e) => e.timerCanceledEventAttributes).length,
    timersFired: events.filter((e) => e.timerFiredEventAttributes).length,
    markers: events.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_patch').length,
    updates: events.filter((e) => e.workflowExecutionUpdateCompletedEventAttributes).length,
    netWrites: events.filter(
      (e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'recordLifecycleEvents',
    ).length,
  };
}

const advance = (amountVnd: number) => ({ action: 'record_disbursement', kind: 'ADVANCE', amountVnd }) as const;

it('advances inside the write net’s window start and cancel no timer: the one the loop waits on is kept', async () => {
  // A net longer than the test: the loop's next moment is the net's, the same for every advance after the first.
  const { workflowId } = await project(PROJECT_PATCH_BASELINE, 600);
  await toContract(workflowId);
  await act(workflowId, advance(1_000_000));
  const before = await history(workflowId);
  for (let i = 0; i < 5; i += 1) await act(workflowId, advance(1_000));
  const after = await history(workflowId);
  expect(after.updates - before.updates).toBe(5);
  expect(after.timersStarted).toBe(before.timersStarted);
  expect(after.timersCanceled).toBe(before.timersCanceled);
  expect(after.markers).toBe(0);
});

it('the net’s kept timer fires once for the advances answered in its window, and the net writes them in one activity', async () => {
  const { workflowId } = await project(PROJECT_PATCH_BASELINE, 5);
  // Written by the workflow itself: no net is pending when the advances start.
  await toContract(workflowId, false);
  /** Once the loop waits on one timer again (`fired` of them fired so far). */
  const settled = async (fired: number) =>
    eventually(
      async () => {
        const now = await history(workflowId);
        expect(now.timersFired).toBe(fired);
        expect(now.timersStarted - now.timersFired - now.timersCanceled).toBe(1);
        return now;
      },
      30000,
      250,
    );
  const before = await settled(0);
  expect(before.netWrites).toBe(0);
  for (let i = 0; i < 3; i += 1) await act(workflowId, advance(1_000));
  const after = await settled(1);
  // The first advance replaced the deadline's timer by the net's; the other two kept it. Once it fired, the loop
  // waits for the deadline again. Without the patch: a timer cancelled and started per advance.
  expect(after.timersCanceled - before.timersCanceled).toBe(1);
  expect(after.timersStarted - before.timersStarted).toBe(2);
  expect(after.netWrites).toBe(1);
});

it('a project started before baseline 3 asks for the patch once: one marker, then timers kept as on the baseline', async () => {
  const { workflowId } = await project(2, 600);
  await toContract(workflowId);
  await act(workflowId, advance(1_000_000));
  const before = await history(workflowId);
  for (let i = 0; i < 3; i += 1) await act(workflowId, advance(1_000));
  const after = await history(workflowId);
  expect(after.markers).toBe(1);
  expect(after.timersStarted).toBe(before.timersStarted);
  expect(after.timersCanceled).toBe(before.timersCanceled);
});
