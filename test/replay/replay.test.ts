/**
 * Replay: histories recorded from real runs (test/replay/fixtures, written by record-histories.test.ts) are replayed
 * against today's workflow code, in the very bundle the worker loads (dist/workflow-bundle.js, or
 * WORKFLOW_BUNDLE_PATH). A change that would make a running project's history diverge (an activity call added,
 * removed or reordered, a timer moved) fails here with a nondeterminism error instead of in production. An
 * intentional change to running workflows goes behind patched(); then the fixtures are re-recorded.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultLogger, ReplayResult, Runtime, Worker } from '@temporalio/worker';
import { locateWorkflowBundle } from '../../apps/worker/src/workflow-bundle';
import { historyFromFixture } from './history-codec';

interface Fixture {
  workflowId: string;
  note: string;
  history: unknown;
}

const FIXTURES = join(__dirname, 'fixtures');
const files = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort();
const fixtures = new Map(files.map((f) => [f, JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Fixture]));

function eventsOf(file: string): Array<Record<string, unknown>> {
  return (fixtures.get(file)!.history as { events: Array<Record<string, unknown>> }).events;
}

function scheduledActivities(file: string): string[] {
  return eventsOf(file).flatMap((e) => {
    const scheduled = e.activityTaskScheduledEventAttributes as { activityType?: { name?: string } } | undefined;
    return scheduled?.activityType?.name ? [scheduled.activityType.name] : [];
  });
}

beforeAll(() => {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // Installed already by another test file in this process.
  }
});

it('has fixtures for every workflow, a continue-as-new and the deadline loop’s notices', () => {
  const types = new Set(
    files.map(
      (f) =>
        (eventsOf(f)[0].workflowExecutionStartedEventAttributes as { workflowType: { name: string } }).workflowType
          .name,
    ),
  );
  expect([...types].sort()).toEqual(['nineMonthReviewWorkflow', 'planCalendarWorkflow', 'projectLifecycleWorkflow']);
  // The annual calendar's reminders (test/workflow/plan-calendar.test.ts records it with RECORD_HISTORIES=1): a
  // calendar that read its dates once, one that read them again after a change (patch plan-calendar-reread-dates),
  // and one started on the read-once release and finished on the next (test/workflow/plan-calendar-changes.test.ts).
  const reminders = (file: string) => scheduledActivities(file).filter((name) => name === 'sendCalendarReminders');
  expect(reminders('plan-calendar.run-1.json')).toHaveLength(6);
  expect(reminders('plan-calendar-changes.run-1.json')).toHaveLength(4);
  expect(reminders('plan-calendar-upgraded.run-1.json')).toHaveLength(4);
  expect(scheduledActivities('plan-calendar.run-1.json').filter((name) => name === 'loadPlanCalendar')).toHaveLength(1);
  expect(files.some((f) => eventsOf(f).some((e) => e.workflowExecutionContinuedAsNewEventAttributes))).toBe(true);
  const notices = files.flatMap(scheduledActivities).filter((name) => name === 'sendDeadlineNotice');
  expect(notices.length).toBeGreaterThanOrEqual(3);
  // Histories from before and after the hand-off notices (patch hand-off-notices) both replay.
  const handOffs = files.flatMap(scheduledActivities).filter((name) => name === 'sendHandOffNotice');
  expect(handOffs.length).toBeGreaterThanOrEqual(6);
  expect(files.some((f) => !scheduledActivities(f).includes('sendHandOffNotice'))).toBe(true);
  // A national project on the capability table's rules (patch capability-table), and one started on the release
  // before the table and finished on the next (test/workflow/upgrade-mid-life.test.ts records it).
  expect(files).toEqual(
    expect.arrayContaining(['project-lifecycle-national.run-1.json', 'project-lifecycle-upgraded-national.run-1.json']),
  );
  // A project under the money rules (issue 15): progress certified, an advance, two adjustments asked, certified and
  // approved (each recorded), its later run settled.
  const moneyRuns = files.filter((f) => f.startsWith('project-lifecycle-money-rules.run-'));
  expect(moneyRuns.length).toBeGreaterThanOrEqual(1);
  const adjustments = moneyRuns.flatMap(scheduledActivities).filter((name) => name === 'recordAdjustment');
  expect(adjustments.length).toBeGreaterThanOrEqual(6);
  // Force majeure in a project of one beneficiary, and in a group project: one establishment accepted by its work
  // done, its unused advance refunded by it.
  expect(files).toEqual(
    expect.arrayContaining([
      'project-lifecycle-force-majeure.run-1.json',
      'project-lifecycle-group-force-majeure.run-1.json',
    ]),
  );
  // A net whose timer fired beside a new action (patch net-keeps-own-task), on its baseline and asked with a marker.
  expect(files).toEqual(
    expect.arrayContaining([
      'project-lifecycle-net-keeps-own-task.run-1.json',
      'project-lifecycle-net-keeps-own-task-marker.run-1.json',
    ]),
  );
});

it('replays every recorded history against the workflow bundle without a nondeterminism error', async () => {
  const results: ReplayResult[] = [];
  const histories = [...fixtures].map(([file, fixture]) => ({
    workflowId: `${fixture.workflowId}#${file}`,
    history: historyFromFixture(fixture.history),
  }));
  for await (const result of Worker.runReplayHistories(
    { workflowBundle: { codePath: locateWorkflowBundle() }, replayName: 'fixtures' },
    histories,
  )) {
    results.push(result);
  }
  const failures = results.filter((r) => r.error).map((r) => `${r.workflowId}: ${r.error?.name}: ${r.error?.message}`);
  expect(failures).toEqual([]);
  expect(results).toHaveLength(files.length);
});
