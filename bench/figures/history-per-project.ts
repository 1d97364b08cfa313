/**
 * History per project: one project lived through N years on a policy of seconds (a "month" is 3 s):
 * monthly reports after two reminders, one report a year left late until it escalates, 40 actions over
 * five years. Every run of its workflow (continue-as-new starts a new one) is then measured against
 * Temporal's own suggestion to continue as new (4,096 events) and the 1,000 events / 256 KB target.
 */
import { temporal } from '@temporalio/proto';
import {
  ActionCommand,
  DEFAULT_WORKFLOW_OPTIONS,
  awaitCreatedUpdate,
  deadlinesQuery,
  performActionUpdate,
  submitReportUpdate,
} from '@kc/domain';
import { readPositiveInt } from '@kc/config';
import { BenchContext } from '../support/context';
import { BENCH_APPROVER, BENCH_OFFICER, directProject, secondsPolicy, startDirect } from '../support/direct-projects';
import { FigureResult } from '../support/results';
import { waitUntil } from '../support/stats';

const MONTH_SECONDS = 3;
const TEMPORAL_SUGGESTS_AT = 4096;
const EVENT_LIMIT = 1000;
const BYTE_LIMIT = 256 * 1024;
/** The first six: DRAFT to IN_PROGRESS; the rest are advances spread over the years. */
const ACTIONS_PER_FIVE_YEARS = 40;

export async function historyPerProject({ stack, sizes, progress }: BenchContext): Promise<FigureResult> {
  const periods = 12 * sizes.historyYears;
  const policy = secondsPolicy({
    cadence: { kind: 'EVERY', every: `PT${MONTH_SECONDS}S` },
    remindBefore: [{ duration: 'PT2S' }, { duration: 'PT1S' }],
    overdueRepeatEvery: { duration: 'PT2S' },
    escalateLevel1After: { duration: 'PT2S' },
  });
  const project = directProject(`KCĐP-2026-HN-Y${Date.now() % 1_000_000}`, 'unit.hn@demo.local', { policy });
  // The deployment's cap (the API reads the same variable when it creates a project).
  project.input.options.maxHistoryEvents = readPositiveInt(
    process.env,
    'KC_MAX_HISTORY_EVENTS',
    DEFAULT_WORKFLOW_OPTIONS.maxHistoryEvents,
  );
  progress(`history: one project over ${sizes.historyYears} year(s), ${periods} periods of ${MONTH_SECONDS} s`);
  await startDirect(stack.client, stack.taskQueue, project);
  const handle = stack.client.workflow.getHandle(project.workflowId);
  await handle.executeUpdate(awaitCreatedUpdate);
  let actions = 0;
  const act = async (command: Omit<ActionCommand, 'actor'>, actor = BENCH_OFFICER) => {
    await handle.executeUpdate(performActionUpdate, { args: [{ ...command, actor } as ActionCommand] });
    actions += 1;
  };
  await act({ action: 'submit' });
  await act({ action: 'open_appraisal' });
  await act(
    { action: 'approve', decisionNo: '01/QĐ-BENCH', decisionDate: '2026-01-05', approvedSupportVnd: 300_000_000 },
    BENCH_APPROVER,
  );
  await act({ action: 'sign_contract', contractNo: '01/HĐ-BENCH', contractDate: '2026-11-02' });
  await act({ action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 1_000_000 });
  await act({ action: 'start' });
  const totalActions = Math.max(actions + 1, Math.round((ACTIONS_PER_FIVE_YEARS * sizes.historyYears) / 5));
  const advances = totalActions - actions;
  let escalations = 0;
  for (let n = 1; n <= periods; n += 1) {
    const key = `P${String(n).padStart(4, '0')}`;
    const lateThisPeriod = n % 12 === 6 || (periods < 6 && n === 1);
    const period = async () => (await handle.query(deadlinesQuery)).reporting.periods.find((p) => p.key === key);
    await waitUntil(
      `period ${key} ${lateThisPeriod ? 'to escalate' : 'to be reminded twice'}`,
      async () => {
        const p = await period();
        if (!p) return false;
        if (lateThisPeriod) return p.escalationLevel >= 1;
        return p.remindersSent >= 2 || p.overdueSent > 0 || Date.now() > Date.parse(p.dueAt);
      },
      60_000,
      100,
    );
    if (lateThisPeriod) escalations += 1;
    await handle.executeUpdate(submitReportUpdate, {
      args: [
        { periodKey: key, physicalProgressPct: Math.min(100, n), fundsUsedVnd: n * 1_000_000, actor: BENCH_OFFICER },
      ],
    });
    // Advances spread evenly over the periods.
    while (actions < 6 + Math.floor((advances * n) / periods)) {
      await act({ action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 1_000_000 });
    }
  }
  const runs = await historyOfEveryRun(stack.client, project.workflowId);
  // Its seconds-long timers would keep the worker busy during the figures that follow.
  await handle.terminate('benchmark measured');
  const maxEvents = Math.max(...runs.map((r) => r.events));
  const maxBytes = Math.max(...runs.map((r) => r.bytes));
  return {
    rows: [
      {
        figure: `history per run (${sizes.historyYears} y, ${runs.length} runs)`,
        ours: `max ${maxEvents} events, ${Math.round(maxBytes / 1024)} KiB`,
        baseline: `${TEMPORAL_SUGGESTS_AT} events (continue-as-new suggested)`,
        ratio: maxEvents / TEMPORAL_SUGGESTS_AT,
        target: `every run < ${EVENT_LIMIT} events and 256 KB`,
        met: maxEvents < EVENT_LIMIT && maxBytes < BYTE_LIMIT,
      },
    ],
    details: {
      years: sizes.historyYears,
      periods,
      actions,
      lateReportsEscalated: escalations,
      maxHistoryEventsOption: project.input.options.maxHistoryEvents,
      runs,
      totalEvents: runs.reduce((sum, r) => sum + r.events, 0),
    },
  };
}

interface RunHistory {
  runId: string;
  events: number;
  bytes: number;
  timers: number;
  activities: number;
  updates: number;
}

async function historyOfEveryRun(client: BenchContext['stack']['client'], workflowId: string): Promise<RunHistory[]> {
  const EventType = temporal.api.enums.v1.EventType;
  const runs: RunHistory[] = [];
  for await (const execution of client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) {
    const history = await client.workflow.getHandle(workflowId, execution.runId).fetchHistory();
    const events = history.events ?? [];
    const count = (type: number) => events.filter((e) => e.eventType === type).length;
    runs.push({
      runId: execution.runId,
      events: events.length,
      bytes: temporal.api.history.v1.History.encode(history).finish().length,
      timers: count(EventType.EVENT_TYPE_TIMER_STARTED),
      activities: count(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED),
      updates: count(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED),
    });
  }
  return runs;
}
