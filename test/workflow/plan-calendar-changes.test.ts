/**
 * The plan calendar's dates are policy values (issue 14): a calendar that is already running picks up a change, on
 * the API's signal at once, and without it before its next reminder; a calendar started on the previous release
 * (which read its dates once) changes over at its first reminder after the upgrade. Real Temporal dev server, real
 * PostgreSQL, seconds-long policies (the milestones 3–4 s apart). A local calendar of a province with no local project
 * mails nobody, so the test reads which milestones were reminded from the workflow's history.
 *
 * RECORD_HISTORIES=1 also writes both runs as replay fixtures (test/replay/fixtures/plan-calendar-*.json).
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { History } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import {
  PLAN_CALENDAR_REREAD_PATCH,
  PLAN_CALENDAR_WORKFLOW_TYPE,
  PlanCalendarInput,
  PlanCalendarSummary,
  calendarPoliciesChangedSignal,
  planCalendarWorkflowId,
} from '@kc/domain';
import { CalendarPolicies } from '@kc/persistence';
import { locateWorkflowBundle } from '../../apps/worker/src/workflow-bundle';
import { WorkerHarness, startWorkerHarness } from '../support/worker-harness';
import { uniqueTaskQueue } from '../support/test-env';
import { eventually } from '../support/eventually';
import { previousWorkflowBundle } from '../support/previous-bundle';
import { historyToFixture } from '../replay/history-codec';

/** main before the calendar read its dates again (the release whose running calendars are upgraded). */
const PREVIOUS_RELEASE = '46ab5e9';

let worker: WorkerHarness | undefined;
let policies: CalendarPolicies;
const touched: Array<{ province: string }> = [];

/** A plan year of its own per test: the notification log's keys are per year. */
const freshYear = () => 2100 + Math.floor(Math.random() * 800);

afterEach(async () => {
  try {
    for (const { province } of touched.splice(0)) await policies.reset('LOCAL', province);
  } finally {
    await worker?.stop();
    worker = undefined;
  }
});

async function historyOf(workflowId: string): Promise<History> {
  return worker!.client.workflow.getHandle(workflowId).fetchHistory();
}

/**
 * What the calendar did, in order: `read` (loadPlanCalendar scheduled), `wait` (a timer started), `signal`, `timer`
 * (one fired) and the milestone of each reminder sent.
 */
function stepsOf(history: History): string[] {
  const steps: string[] = [];
  for (const event of history.events ?? []) {
    const scheduled = event.activityTaskScheduledEventAttributes;
    if (scheduled?.activityType?.name === 'loadPlanCalendar') steps.push('read');
    if (scheduled?.activityType?.name === 'sendCalendarReminders') {
      const data = scheduled.input?.payloads?.[0]?.data;
      steps.push((JSON.parse(Buffer.from(data!).toString('utf8')) as { milestone: string }).milestone);
    }
    if (event.timerStartedEventAttributes) steps.push('wait');
    if (event.timerFiredEventAttributes) steps.push('timer');
    if (event.workflowExecutionSignaledEventAttributes) steps.push('signal');
  }
  return steps;
}

const MILESTONE = /^[A-Z_]+$/;

function runOf(history: History): { reminded: string[]; reads: number; signals: number; steps: string[] } {
  const steps = stepsOf(history);
  return {
    reminded: steps.filter((s) => MILESTONE.test(s)),
    reads: steps.filter((s) => s === 'read').length,
    signals: steps.filter((s) => s === 'signal').length,
    steps,
  };
}

/** Whether the history holds the marker of the re-reading patch (the workflow took the new branch). */
function hasPatchMarker(history: History): boolean {
  return (history.events ?? []).some((event) =>
    Object.values(event.markerRecordedEventAttributes?.details ?? {}).some((payloads) =>
      (payloads?.payloads ?? []).some((p) =>
        Buffer.from(p.data ?? new Uint8Array())
          .toString('utf8')
          .includes(PLAN_CALENDAR_REREAD_PATCH),
      ),
    ),
  );
}

async function replays(workflowId: string, history: History): Promise<void> {
  await Worker.runReplayHistory({ workflowBundle: { codePath: locateWorkflowBundle() } }, history, workflowId);
}

function record(name: string, workflowId: string, note: string, history: History): void {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const fixture = {
    workflowId,
    note,
    recordedAt: new Date().toISOString(),
    events: history.events?.length ?? 0,
    history: historyToFixture(history),
  };
  writeFileSync(join(__dirname, '..', 'replay', 'fixtures', `${name}.run-1.json`), `${JSON.stringify(fixture)}\n`);
}

/**
 * A local calendar of one province, the milestones `step` seconds apart in date order: GUIDANCE (no reminder by
 * default), DOSSIERS_TO_DEPARTMENT, REGISTRATION_TO_CUC (none for a local plan), PLAN_APPROVAL, NINE_MONTH_REVIEW
 * (none), COMPLETION_CHECKPOINT, FISCAL_YEAR_END, SETTLEMENT_CUTOFF.
 */
async function startCalendar(province: string, step: number, firstIn: number): Promise<string> {
  const year = freshYear();
  const input: PlanCalendarInput = {
    year,
    level: 'LOCAL',
    provinceCodes: [province],
    compressed: {
      startAt: new Date(Date.now() + (firstIn - step) * 1000).toISOString(),
      stepSeconds: step,
      remindSecondsBefore: 1,
    },
  };
  const workflowId = `${planCalendarWorkflowId(year, 'LOCAL')}-${randomUUID().slice(0, 6)}`;
  await worker!.client.workflow.start(PLAN_CALENDAR_WORKFLOW_TYPE, {
    workflowId,
    taskQueue: worker!.taskQueue,
    args: [input],
  });
  return workflowId;
}

it('picks up changed dates while it runs: at once on the signal, and before the next reminder without it', async () => {
  worker = await startWorkerHarness(uniqueTaskQueue('calendar-changes'));
  policies = new CalendarPolicies(worker.dataSource);
  touched.push({ province: 'CB' });
  const workflowId = await startCalendar('CB', 3, 10);
  // The dates are read and the calendar waits: then the admin adds a reminder to the guidance (none by default) and
  // drops the completion checkpoint's, and the API signals.
  await eventually(async () => expect(runOf(await historyOf(workflowId)).steps).toEqual(['read', 'wait']));
  await policies.set('LOCAL', 'CB', 'GUIDANCE', { remindDaysBefore: 5 });
  await policies.set('LOCAL', 'CB', 'COMPLETION_CHECKPOINT', { remindDaysBefore: 0 });
  await worker.client.workflow.getHandle(workflowId).signal(calendarPoliciesChangedSignal);
  // The signal wakes it: the dates are read again at once, not when the first timer fires.
  await eventually(async () =>
    expect(runOf(await historyOf(workflowId)).steps.slice(0, 4)).toEqual(['read', 'wait', 'signal', 'read']),
  );

  // Once the dossiers' reminder has gone, the fiscal year end's is dropped with no signal: read before each reminder.
  await eventually(
    async () => expect(runOf(await historyOf(workflowId)).reminded).toContain('DOSSIERS_TO_DEPARTMENT'),
    30000,
  );
  await policies.set('LOCAL', 'CB', 'FISCAL_YEAR_END', { remindDaysBefore: 0 });

  const summary: PlanCalendarSummary = await worker.client.workflow.getHandle(workflowId).result();
  const history = await historyOf(workflowId);
  const run = runOf(history);
  expect(run.reminded).toEqual(['GUIDANCE', 'DOSSIERS_TO_DEPARTMENT', 'PLAN_APPROVAL', 'SETTLEMENT_CUTOFF']);
  expect(summary).toMatchObject({ level: 'LOCAL', reminders: 4, mailed: 0 });
  expect(run.signals).toBe(1);
  expect(hasPatchMarker(history)).toBe(true);
  await replays(workflowId, history);
  record(
    'plan-calendar-changes',
    workflowId,
    'local calendar whose dates changed while it ran (signal, then none)',
    history,
  );
});

it('changes over a calendar started on the previous release at its first reminder after the upgrade', async () => {
  const taskQueue = uniqueTaskQueue('calendar-upgrade');
  worker = await startWorkerHarness(taskQueue, { workflowBundlePath: await previousWorkflowBundle(PREVIOUS_RELEASE) });
  policies = new CalendarPolicies(worker.dataSource);
  touched.push({ province: 'LCI' });
  const workflowId = await startCalendar('LCI', 4, 8);
  await eventually(
    async () => expect(runOf(await historyOf(workflowId)).reminded).toEqual(['DOSSIERS_TO_DEPARTMENT']),
    30000,
  );
  // The upgrade: the old worker goes, the completion checkpoint's reminder is dropped, today's worker takes over.
  await worker.stop();
  worker = await startWorkerHarness(taskQueue);
  policies = new CalendarPolicies(worker.dataSource);
  await policies.set('LOCAL', 'LCI', 'COMPLETION_CHECKPOINT', { remindDaysBefore: 0 });
  await worker.client.workflow.getHandle(workflowId).signal(calendarPoliciesChangedSignal);

  const summary: PlanCalendarSummary = await worker.client.workflow.getHandle(workflowId).result();
  const history = await historyOf(workflowId);
  const run = runOf(history);
  // The approval's timer was the old code's: it goes as it was; then the dates are read again and 30/11 is gone.
  expect(run.reminded).toEqual(['DOSSIERS_TO_DEPARTMENT', 'PLAN_APPROVAL', 'FISCAL_YEAR_END', 'SETTLEMENT_CUTOFF']);
  expect(run.reads).toBeGreaterThanOrEqual(2);
  expect(summary).toMatchObject({ level: 'LOCAL', reminders: 4 });
  expect(hasPatchMarker(history)).toBe(true);
  await replays(workflowId, history);
  record(
    'plan-calendar-upgraded',
    workflowId,
    'local calendar started on the read-once release, finished on the re-reading one after a date changed',
    history,
  );
});
