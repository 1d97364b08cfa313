/**
 * The deadline loop keeps its timer while the moment it waits for stays the same (patch kept-timer, baseline 3): an
 * action that wakes the loop without moving the next deadline starts and cancels no timer; one that moves it replaces
 * the timer once; and a timer kept across actions still fires (the reminders of a seconds-long policy arrive).
 * The write net's timer, once fired, writes in its own workflow task (patch net-in-task, baseline 4): a local
 * activity, no activity task, at a moment spread by project (`writeNetDelayMs`).
 */
import type { History } from '@temporalio/common/lib/proto-utils';
import type { Client } from '@temporalio/client';
import {
  ActionCommand,
  Actor,
  NonWorkingDays,
  PROJECT_PATCH_BASELINE,
  ProjectWorkflowInput,
  calendarYearsAround,
  workflowIdForProject,
  writeNetDelayMs,
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
import { actWhileWorkerAway } from '../support/worker-away';
import { actors, projectFacts, workflowInput } from '../support/project-fixtures';
import { approvalDecision, todayInVietnam } from '../support/request-bodies';
import { eventually } from '../support/eventually';
import { isNetWrite, localActivityType, netWroteBesideAnAction, patchMarkerIds } from '../support/history-events';

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
    keptTimerMarkers: patchMarkerIds(events).filter((id) => id === 'kept-timer').length,
    updates: events.filter((e) => e.workflowExecutionUpdateCompletedEventAttributes).length,
    netWrites: events.filter(isNetWrite).length,
    activitiesOpen:
      events.filter((e) => e.activityTaskScheduledEventAttributes).length -
      events.filter((e) => e.activityTaskCompletedEventAttributes).length,
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
  expect(after.keptTimerMarkers).toBe(0);
});

it('the net’s kept timer fires once for the advances answered in its window, and the net writes them once', async () => {
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
  expect(after.keptTimerMarkers).toBe(1);
  expect(after.timersStarted).toBe(before.timersStarted);
  expect(after.timersCanceled).toBe(before.timersCanceled);
});

describe('the net in its timer’s task (patch net-in-task)', () => {
  /** Three advances answered and never written by their caller (an API that died): only the net writes them. */
  async function advancesLeftToTheNet(patchBaseline: number, netSeconds: number) {
    const { projectId, workflowId } = await project(patchBaseline, netSeconds);
    await toContract(workflowId, false);
    // The loop waits on one timer again (the contract's periods written): the first advance starts the net's timer.
    await eventually(
      async () => {
        const now = await history(workflowId);
        expect(now.timersStarted - now.timersFired - now.timersCanceled).toBe(1);
        expect(now.activitiesOpen).toBe(0);
      },
      30000,
      250,
    );
    for (const amountVnd of [1_000, 2_000, 3_000]) {
      await performProjectAction(worker.client, workflowId, {
        ...advance(amountVnd),
        actor: actors.officerHN,
        answerBeforeWrite: true,
        writeOnceInAnswer: true,
      } as ActionCommand);
    }
    await eventually(
      async () => {
        const [row] = (await worker.dataSource.query('SELECT last_seq, advances_vnd FROM projects WHERE id = $1', [
          projectId,
        ])) as Array<{ last_seq: number; advances_vnd: string }>;
        expect(row).toEqual({ last_seq: 8, advances_vnd: '6000' });
      },
      30000,
      250,
    );
    // The local activity's row is written before its task (and its marker) reaches the history.
    const events = await eventually(async () => {
      const now = ((await worker.client.workflow.getHandle(workflowId).fetchHistory()) as History).events ?? [];
      expect(now.some(isNetWrite)).toBe(true);
      return now;
    });
    return { projectId, events };
  }

  it('writes what the caller never wrote in the task its timer wakes, at the project’s own moment', async () => {
    const netSeconds = 2;
    const { projectId, events } = await advancesLeftToTheNet(PROJECT_PATCH_BASELINE, netSeconds);
    expect(PROJECT_PATCH_BASELINE).toBe(5);
    // No activity task for the net: one local activity, recorded by the task that follows its timer.
    const scheduled = events.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name);
    expect(scheduled.map((e) => e.activityTaskScheduledEventAttributes!.activityType!.name)).not.toContain(
      'recordLifecycleEvents',
    );
    const netAt = events.findIndex(isNetWrite);
    expect(netAt).toBeGreaterThan(0);
    expect(events.filter(isNetWrite)).toHaveLength(1);
    const firedAt = events.map((e) => Boolean(e.timerFiredEventAttributes)).lastIndexOf(true, netAt);
    const tasksBetween = events.slice(firedAt, netAt).filter((e) => e.workflowTaskCompletedEventAttributes).length;
    expect(tasksBetween).toBe(1);
    // The timer the net fired on waited the project's own delay: a window and a part of half a window more.
    const timerId = events[firedAt].timerFiredEventAttributes!.timerId;
    const started = events.find((e) => e.timerStartedEventAttributes?.timerId === timerId)!;
    const wait = started.timerStartedEventAttributes!.startToFireTimeout!;
    const waitedMs = Number(wait.seconds ?? 0) * 1000 + Math.round((wait.nanos ?? 0) / 1e6);
    expect(waitedMs).toBe(writeNetDelayMs(projectId, netSeconds));
    expect(patchMarkerIds(events)).toEqual([]);
  });

  it('a net holding an action of its own task is scheduled as an activity: the run’s end after a withdrawal', async () => {
    const { projectId, workflowId } = await project(PROJECT_PATCH_BASELINE, 600);
    const officer = actors.officerHN;
    for (const action of ['submit', 'withdraw'] as const) {
      await performProjectAction(worker.client, workflowId, {
        action,
        actor: officer,
        answerBeforeWrite: true,
        writeOnceInAnswer: true,
      } as ActionCommand);
    }
    await worker.client.workflow.getHandle(workflowId).result();
    const [row] = (await worker.dataSource.query('SELECT state, last_seq FROM projects WHERE id = $1', [
      projectId,
    ])) as Array<{ state: string; last_seq: number }>;
    expect(row).toEqual({ state: 'WITHDRAWN', last_seq: 3 });
    const events = ((await worker.client.workflow.getHandle(workflowId).fetchHistory()) as History).events ?? [];
    // The withdrawal was applied in the task that ends the run: a local activity would write it before the server
    // has recorded that task, so the net is the server's activity, run once the task is recorded.
    const nets = events.filter(isNetWrite);
    expect(nets).toHaveLength(1);
    expect(nets[0].activityTaskScheduledEventAttributes?.activityType?.name).toBe('recordLifecycleEvents');
  });

  it('a project started on baseline 3 asks for the patch once, then writes the net in task', async () => {
    const { events } = await advancesLeftToTheNet(3, 2);
    expect(patchMarkerIds(events)).toEqual(['net-in-task']);
    expect(events.filter(isNetWrite)).toHaveLength(1);
    expect(
      events.some((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'recordLifecycleEvents'),
    ).toBe(false);
  });
});

describe('a net whose timer wakes beside a new action (patch net-keeps-own-task)', () => {
  const advanceLeftToTheNet = (client: Client, workflowId: string, amountVnd: number) =>
    performProjectAction(client, workflowId, {
      ...advance(amountVnd),
      actor: actors.officerHN,
      answerBeforeWrite: true,
      writeOnceInAnswer: true,
    } as ActionCommand);

  it('writes the earlier actions in that task and keeps the new one for its next firing; baseline 4 asks once', async () => {
    // A window long enough to stop the worker in (5 to 7.5 s after each project's first advance).
    const netSeconds = 5;
    const projects = [await project(PROJECT_PATCH_BASELINE, netSeconds), await project(4, netSeconds)];
    for (const { workflowId } of projects) {
      await toContract(workflowId, false);
      await eventually(async () => expect((await history(workflowId)).activitiesOpen).toBe(0), 30000, 250);
    }
    // Answered and never written by its caller: only the net writes it.
    for (const { workflowId } of projects) await advanceLeftToTheNet(worker.client, workflowId, 1_000);
    // The worker goes away, so the nets' timers fire with nobody to run their tasks, and a second advance reaches each
    // project meanwhile: once a worker is back, one task holds the fired timer and the new action.
    const stopped = worker;
    // Not stopped twice by afterAll if the worker after it fails to start.
    worker = undefined as unknown as WorkerHarness;
    const away = await actWhileWorkerAway(
      stopped,
      projects.map((p) => p.workflowId),
      Math.max(...projects.map((p) => writeNetDelayMs(p.projectId, netSeconds))),
      (client, workflowId) => advanceLeftToTheNet(client, workflowId, 2_000),
    );
    worker = away.harness;
    writer = new ProjectEventWriter(worker.dataSource);
    // Stopped before either net fired.
    expect(away.netWritesAtStop).toEqual([0, 0]);

    for (const { projectId, workflowId } of projects) {
      // The second advance is written by the net's next firing, in its own task.
      await eventually(
        async () => {
          const [row] = (await worker.dataSource.query('SELECT last_seq, advances_vnd FROM projects WHERE id = $1', [
            projectId,
          ])) as Array<{ last_seq: number; advances_vnd: string }>;
          expect(row).toEqual({ last_seq: 7, advances_vnd: '3000' });
          expect((await history(workflowId)).netWrites).toBe(2);
        },
        30000,
        250,
      );
    }
    const [current, earlier] = await Promise.all(
      projects.map(
        async ({ workflowId }) =>
          ((await worker.client.workflow.getHandle(workflowId).fetchHistory()) as History).events ?? [],
      ),
    );
    for (const events of [current, earlier]) {
      // Both nets in task: no activity task for either (before the patch, the first was the server's activity).
      expect(events.filter(isNetWrite).every((e) => localActivityType(e) === 'recordLifecycleEvents')).toBe(true);
      // The first wrote in the task that took the second advance beside its fired timer.
      expect(netWroteBesideAnAction(events)).toBe(true);
    }
    expect(patchMarkerIds(current)).toEqual([]);
    expect(patchMarkerIds(earlier)).toEqual(['net-keeps-own-task']);
  });
});
