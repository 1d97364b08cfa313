/**
 * One long-lived workflow per project (id `project-<code>`): the source of truth for its lifecycle,
 * its report periods and its deadline timers (reminders, overdue notices, escalations, stalls).
 * Deterministic: no I/O here; activities write the read model and send mail, idempotent by key.
 */
import {
  ApplicationFailure,
  CancellationScope,
  allHandlersFinished,
  condition,
  continueAsNew,
  currentUpdateInfo,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  ActionCommand,
  ActionOutcome,
  DEFAULT_DEADLINE_POLICY,
  DEFAULT_WRITE_NET_SECONDS,
  writeNetDelayMs,
  DeadlineActivities,
  DeadlineState,
  EscalationRules,
  HandOffActivities,
  LifecycleEvent,
  LifecycleStatus,
  LifecycleWrite,
  PeriodTracking,
  ProjectActivities,
  ProjectSnapshot,
  ProjectWorkflowInput,
  REPORTING_STATES,
  Refusal,
  SEARCH_ATTRIBUTES,
  WorkingCalendar,
  afterLifecycleChange,
  changePolicy,
  applyEvent,
  awaitCreatedUpdate,
  buildNoticeRequest,
  calendarYearsAround,
  deadlinesQuery,
  decideAction,
  may,
  decideDraftEdit,
  decideExtension,
  editDraftUpdate,
  DecisionRules,
  decideReport,
  extendDeadlineUpdate,
  extendedTo,
  findPeriod,
  initialDeadlineState,
  isTerminal,
  markNoticeSent,
  nextDueNotice,
  openPeriods,
  performActionUpdate,
  setDeadlinePolicyUpdate,
  snapshotQuery,
  submitReportUpdate,
  updatePeriod,
  validateDeadlinePolicy,
  REFUSAL_CODES,
  NO_NON_WORKING_DAYS,
  AdjustmentRecord,
  OPEN_ADJUSTMENT_STATUSES,
  actOnAdjustmentUpdate,
  adjustmentsQuery,
  closeOpenAdjustment,
  creationEvent,
  decideAdjustmentAction,
  decideAdjustmentRequest,
  requestAdjustmentUpdate,
} from '@kc/domain';

const { recordProjectCreated, recordLifecycleEvent, recordLifecycleEvents, recordAdjustment } =
  proxyActivities<ProjectActivities>({
    // A write takes milliseconds; a short timeout lets a crashed worker's activity be retried quickly.
    startToCloseTimeout: '10 seconds',
    // No attempt limit: the read model must catch up with the workflow, however long the database is away.
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  });

const { loadNonWorkingDays, recordReportPeriods, recordReport, recordStallClock } = proxyActivities<DeadlineActivities>(
  {
    startToCloseTimeout: '10 seconds',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  },
);

/**
 * Since the 'one-write-per-action' patch an action is written by one activity (its event with the state's time limit)
 * instead of two, and the creation by one; the calendar a handler or the creation needs is read by a local activity
 * in the workflow task (a read: running it again after a lost task changes nothing). Writes stay scheduled
 * activities: they run only once the server has recorded the task that asked for them, so the append-only audit
 * trail never holds an event the workflow did not keep.
 */
const ONE_WRITE_PATCH = 'one-write-per-action';
const { loadNonWorkingDays: loadNonWorkingDaysInTask } = proxyLocalActivities<DeadlineActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * Since this patch a creation the API started (its input carries `createdAt`) is written by a local activity in the
 * workflow's first task: no activity task and no second workflow task per creation. The one write that may run
 * before the server has recorded its task, because running it again writes the same thing: the creation is always
 * event 1, built from the input alone (its time included), and its time limit from the calendar read in the same
 * task; the rows are inserted once and the time limit is set only while no later event has been written. An action's
 * write is not like that (a task run again may give the same seq to another action) and stays a scheduled activity.
 */
const CREATION_IN_TASK_PATCH = 'creation-written-in-task';

/**
 * Since this patch an action whose command asks for it (`answerBeforeWrite`, set by the API) is answered in the task
 * that applies it, with its write (`ActionOutcome.unwritten`), instead of after the activity that writes it: one trip
 * through the server instead of three. The answer reaches the caller only once the server has recorded that task, so
 * the event it carries is one the workflow keeps; the caller writes it, and the scheduled activity writes the same
 * rows (both idempotent by project and seq; an older event never overwrites a newer one).
 */
const ANSWER_BEFORE_WRITE_PATCH = 'answer-before-write';

/**
 * Since this patch an action answered before its write schedules no write of its own: the caller writes it, and the
 * workflow writes the actions it answered so again, all of them in one activity (`recordLifecycleEvents`), as a net
 * under a caller that died between the answer and its write: `writeNetSeconds` after the first of them, before any
 * other write of the project (seq order), and before the run ends. One workflow task per action instead of three,
 * and no second transaction beside the caller's; an officer's clicks on one dossier in the window share one net write.
 */
const WRITE_NET_PATCH = 'write-net';
const { recordProjectCreated: recordProjectCreatedInTask } = proxyLocalActivities<ProjectActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});
/**
 * The net in its timer's task (patch net-in-task). Bounded: while the database is away it gives up after 30 s and
 * the net falls back to the scheduled activity, which waits on the server rather than in an open workflow task.
 */
const { recordLifecycleEvents: recordLifecycleEventsInTask } = proxyLocalActivities<ProjectActivities>({
  startToCloseTimeout: '10 seconds',
  scheduleToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

// Mail waits out an SMTP relay that is down (every message must arrive once it is back).
const { sendDeadlineNotice } = proxyActivities<DeadlineActivities>({
  // Longer than one SMTP exchange (nodemailer gives up after 15 s), short enough that a send lost with a
  // crashed worker is retried soon.
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

// Hand-off notices: like deadline mail, they wait out an SMTP relay that is down, but nobody waits for them.
const { sendHandOffNotice } = proxyActivities<HandOffActivities>({
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/**
 * Since this patch the deadline loop writes the report periods that open beside the notice falling due at the same
 * moment, instead of before it: one workflow task fewer per project waking (the period's due day and its overdue
 * notice are one moment for every project on a monthly cadence).
 */
const PERIOD_BESIDE_NOTICE_PATCH = 'period-beside-notice';

/**
 * Since this patch the report periods that open at the moment a notice falls due are written by that notice's own
 * activity, before it sends (`openedPeriods`): one activity per project waking instead of two, so a fan-out of
 * thousands of monthly reports costs the server what bare timers with one activity each cost. Periods opening with no
 * notice to send are written on their own as before.
 */
const PERIODS_IN_NOTICE_PATCH = 'periods-in-notice';

/**
 * Since this patch the search attributes are upserted only when one differs from what the server already holds
 * (the workflow's own info): not on a creation (the API starts the workflow with them), nor on an action that keeps
 * the state (a payment, a report). Each upsert was an event and a visibility write per action.
 */
const SEARCH_ATTRIBUTES_ON_CHANGE_PATCH = 'search-attributes-on-change';

/**
 * The patches in force when each patch baseline was set. A workflow started with `patchBaseline: n` (the API sets
 * PROJECT_PATCH_BASELINE on every creation) runs every patch of baseline n as on without calling patched(): its
 * history has no marker and no TemporalChangeVersion search attribute upsert per patch (in a creation's first task
 * six events fewer, in its first action eight), each upsert a visibility write on the server. Workflows
 * started without one (before baseline 1) ask patched() as they always did, and so does every run for a patch
 * added after its baseline.
 */
const PATCHES_OF_BASELINE: Record<number, ReadonlySet<string> | undefined> = {
  1: new Set([
    'hand-off-notices',
    ONE_WRITE_PATCH,
    'decision-paper',
    'capability-table',
    'first-period-from-planned-start',
    CREATION_IN_TASK_PATCH,
    ANSWER_BEFORE_WRITE_PATCH,
    PERIOD_BESIDE_NOTICE_PATCH,
    PERIODS_IN_NOTICE_PATCH,
    'escalation-level-3',
    SEARCH_ATTRIBUTES_ON_CHANGE_PATCH,
  ]),
};
PATCHES_OF_BASELINE[2] = new Set([...PATCHES_OF_BASELINE[1]!, WRITE_NET_PATCH]);

/**
 * Since this patch the deadline loop keeps its timer while the moment it waits for stays the same: an action that
 * wakes the loop without moving the next deadline (most payments and reports, and every action while the write net
 * is pending) costs no timer cancelled and no timer started, two events and two server timer tasks fewer per action.
 */
const KEPT_TIMER_PATCH = 'kept-timer';
PATCHES_OF_BASELINE[3] = new Set([...PATCHES_OF_BASELINE[2]!, KEPT_TIMER_PATCH]);

/**
 * Since this patch the net writes in the workflow task that calls for it, as a local activity: the task its timer
 * wakes (one task, where an activity took two and an activity task between them), the change that must come after it,
 * or the run's end. And its moment is spread by project over half a window more (`writeNetDelayMs`), so the projects
 * touched in the same second do not all write together a window later. The net always runs with the lock held, so
 * no handler's local activity runs beside it: their results cannot come back in another order on replay. A local
 * activity runs before the server has recorded its task, so it writes only actions applied in earlier tasks (a task
 * run again may give an action's seq to another one); a net holding an action of its own task is scheduled as before.
 */
const NET_IN_TASK_PATCH = 'net-in-task';
PATCHES_OF_BASELINE[4] = new Set([...PATCHES_OF_BASELINE[3]!, NET_IN_TASK_PATCH]);

/**
 * Since this patch a net whose timer wakes in the task of a new action writes the actions of earlier tasks in that
 * task and keeps the new ones for its next firing, instead of scheduling the activity for all of them. A project in
 * steady use has an action in most of its tasks, so its timer mostly woke beside one: under the load test's 50
 * clients 638 of 768 net writes were activities. The nets that cannot wait (before another write of the project,
 * before the run ends) are as before, and so is the fallback to the activity when the local activity fails for 30 s.
 */
const NET_KEEPS_OWN_TASK_PATCH = 'net-keeps-own-task';
PATCHES_OF_BASELINE[5] = new Set([...PATCHES_OF_BASELINE[4]!, NET_KEEPS_OWN_TASK_PATCH]);

/** More than the server admits in flight per workflow, so any retry of an update still being retried is covered. */
const REMEMBERED_UPDATE_IDS = 300;
/** Decided adjustment requests carried to the next run (the read model keeps them all; the open one is always kept). */
const REMEMBERED_ADJUSTMENTS = 50;

function refusalFailure(refusal: Refusal): ApplicationFailure {
  return ApplicationFailure.create({
    type: refusal.code,
    message: refusal.message,
    nonRetryable: true,
    // `fields` only where the refusal names them (refusals recorded before it carry the same details as then).
    details: [{ allowedActions: refusal.allowedActions, ...(refusal.fields ? { fields: refusal.fields } : {}) }],
  });
}

export async function projectLifecycleWorkflow(input: ProjectWorkflowInput): Promise<ProjectSnapshot> {
  const { options } = input;
  /** A patch of the baseline this run was started under is on without asking (no marker in the history). */
  const onFromStart = PATCHES_OF_BASELINE[input.patchBaseline ?? 0];
  if (input.patchBaseline !== undefined && !onFromStart) {
    // Started by an API newer than this worker: fail the task (it is retried) rather than run the patches asked
    // for with patched(), which a worker that knows the baseline would not do on replay.
    throw new Error(`unknown patch baseline ${input.patchBaseline}: this worker is older than the API that started it`);
  }
  const isPatched = (patchId: string): boolean => onFromStart?.has(patchId) || patched(patchId);
  /** Changed only by an edit of the dossier while the project is a draft (editDraftUpdate). */
  let facts = input.facts;
  let status = input.status;
  let creationRecorded = input.creationRecorded;
  let deadlines: DeadlineState =
    input.deadlines ?? initialDeadlineState(options.deadlinePolicy ?? DEFAULT_DEADLINE_POLICY);
  let calendar = input.calendar ?? { years: [], days: NO_NON_WORKING_DAYS };
  /** Set by every handler that changes what the timers wait for. */
  let deadlinesChanged = false;
  /** Changes are applied one at a time: a handler waits while another is being recorded. */
  let recording = false;
  const snapshot = (): ProjectSnapshot => ({ facts, status });
  let adjustments: AdjustmentRecord[] = input.adjustments ?? [];
  const openAdjustment = () => adjustments.find((a) => OPEN_ADJUSTMENT_STATUSES.includes(a.status)) ?? null;
  const findAdjustment = (id: string) => adjustments.find((a) => a.id === id) ?? null;
  const keepAdjustment = (record: AdjustmentRecord) => {
    adjustments = [...adjustments.filter((a) => a.id !== record.id), record];
  };
  /** Built once per calendar read: the deadline loop and the handlers ask for it many times a task. */
  let builtCalendar: { days: typeof calendar.days; value: WorkingCalendar } | null = null;
  const workingCalendar = (): WorkingCalendar => {
    if (builtCalendar?.days !== calendar.days)
      builtCalendar = { days: calendar.days, value: new WorkingCalendar(calendar.days) };
    return builtCalendar.value;
  };
  const nowIso = () => new Date().toISOString();
  const idsFromEarlierRuns = new Set(input.appliedUpdateIds ?? []);
  const appliedUpdateIds = [...(input.appliedUpdateIds ?? [])];
  /** True for a client's retry of an update that an earlier run already applied: it must not apply twice. */
  const isRetryFromEarlierRun = () => idsFromEarlierRuns.has(currentUpdateInfo()?.id ?? '');
  const rememberUpdate = () => {
    const id = currentUpdateInfo()?.id;
    if (id) appliedUpdateIds.push(id);
  };
  /** Actions answered before their write and written by the caller, for the net (since the 'write-net' patch). */
  const unconfirmedWrites: LifecycleWrite[] = [];
  /** The workflow task each of them was applied in (the history's length then, the same on replay). */
  const unconfirmedTasks: number[] = [];
  /** Whether an action the net holds was applied in this workflow task (not yet recorded by the server). */
  const holdsActionOfThisTask = () => (unconfirmedTasks.at(-1) ?? 0) >= workflowInfo().historyLength;
  /** When the net writes them (workflow time, ms); null while there are none. */
  let netDueAt: number | null = null;
  const netSeconds = options.writeNetSeconds ?? DEFAULT_WRITE_NET_SECONDS;
  const netDelayMs = () => (isPatched(NET_IN_TASK_PATCH) ? writeNetDelayMs(facts.id, netSeconds) : netSeconds * 1000);
  /** The net: writes every unconfirmed action, in seq order. Called with the lock held. */
  async function writeUnconfirmed(): Promise<void> {
    if (!unconfirmedWrites.length) return;
    const ofThisTask = holdsActionOfThisTask();
    const writes = unconfirmedWrites.splice(0);
    unconfirmedTasks.splice(0);
    netDueAt = null;
    if (!isPatched(NET_IN_TASK_PATCH)) return recordLifecycleEvents(writes);
    // Applied in this task (not yet recorded by the server): the scheduled activity, which runs once it is.
    if (ofThisTask) return recordLifecycleEvents(writes);
    return writeInTask(writes);
  }
  async function writeInTask(writes: LifecycleWrite[]): Promise<void> {
    try {
      await recordLifecycleEventsInTask(writes);
    } catch {
      // The database stayed away for the local activity's 30 s: the server's activity waits it out.
      await recordLifecycleEvents(writes);
    }
  }
  /**
   * The net on its timer. Since the net-keeps-own-task patch, the actions applied in the task its timer wakes in wait
   * for its next firing; those of earlier tasks are written now, in task.
   */
  async function writeNetOnTimer(): Promise<void> {
    const keepsOwnTask =
      unconfirmedWrites.length > 0 &&
      isPatched(NET_IN_TASK_PATCH) &&
      holdsActionOfThisTask() &&
      isPatched(NET_KEEPS_OWN_TASK_PATCH);
    if (!keepsOwnTask) return writeUnconfirmed();
    const thisTask = workflowInfo().historyLength;
    const earlier = unconfirmedTasks.filter((task) => task < thisTask).length;
    const writes = unconfirmedWrites.splice(0, earlier);
    unconfirmedTasks.splice(0, earlier);
    // At least a millisecond on: a net due now again would loop in this task (a window of 0 s).
    netDueAt = Date.now() + Math.max(netDelayMs(), 1);
    if (writes.length) await writeInTask(writes);
  }

  /** Hand-off notices in flight: scheduled by the update handlers, awaited before the run ends. */
  const handOffNotices: Array<Promise<void>> = [];
  /**
   * Mails whom the project now waits on (the activity knows which events hand over). Not awaited by the handler: the
   * user's action answers at once, whether or not the relay is up. Histories from before this code have no marker.
   */
  function noticeHandOff(event: LifecycleEvent): void {
    if (!isPatched('hand-off-notices')) return;
    handOffNotices.push(
      sendHandOffNotice({ projectId: facts.id, event }).then(
        () => undefined,
        () => undefined,
      ),
    );
  }

  /**
   * Runs a change alone. The actions the net has not written yet are written first (their seqs come before this
   * change's), unless `afterNet` is false: an action answered before its write leaves them to the net.
   */
  async function exclusively<T>(run: () => Promise<T>, afterNet = true): Promise<T> {
    await condition(() => creationRecorded && !recording);
    recording = true;
    try {
      // Only ever non-empty since the 'write-net' patch: histories recorded before it have no await here.
      if (afterNet && unconfirmedWrites.length) await writeUnconfirmed();
      return await run();
    } finally {
      recording = false;
    }
  }

  /**
   * Like `exclusively`, for a handler that may answer before it has finished: the update completes with the value
   * given to `answer` (or, without one, the value returned), while the rest of the handler still holds the lock.
   */
  function exclusivelyAnswering<T>(run: (answer: (value: T) => void) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      exclusively(() => run(resolve), false).then(resolve, reject);
    });
  }

  /** Appends an audit event that changes deadlines, not the lifecycle state. */
  function deadlineEvent(
    action: LifecycleEvent['action'],
    actor: ActionCommand['actor'],
    reason: string | null,
    details: LifecycleEvent['details'],
  ): LifecycleEvent {
    const event: LifecycleEvent = {
      seq: status.seq + 1,
      action,
      fromState: status.state,
      toState: status.state,
      actor,
      reason,
      details,
      occurredAt: nowIso(),
    };
    status = applyEvent(status, event);
    return event;
  }

  /** Since the 'search-attributes-on-change' patch only when a value differs from what the server holds. */
  function publishSearchAttributes(): void {
    if (isPatched(SEARCH_ATTRIBUTES_ON_CHANGE_PATCH)) {
      const held = workflowInfo().typedSearchAttributes;
      const unchanged =
        held.get(SEARCH_ATTRIBUTES.state) === status.state &&
        held.get(SEARCH_ATTRIBUTES.province) === facts.provinceCode &&
        held.get(SEARCH_ATTRIBUTES.scope) === facts.scope;
      if (unchanged) return;
    }
    upsertSearchAttributes([
      { key: SEARCH_ATTRIBUTES.state, value: status.state },
      { key: SEARCH_ATTRIBUTES.province, value: facts.provinceCode },
      { key: SEARCH_ATTRIBUTES.scope, value: facts.scope },
    ]);
  }

  /**
   * The working-day calendar must cover last year to next year around `now`. `inTask`: read in the workflow task (a
   * handler, the creation); the deadline loop keeps a scheduled activity, as a local one there could resolve on
   * replay in another order than a handler's.
   */
  async function ensureCalendar(now: number, inTask = false): Promise<void> {
    const needed = calendarYearsAround(new Date(now).toISOString());
    if (needed.every((y) => calendar.years.includes(y))) return;
    const load = inTask && isPatched(ONE_WRITE_PATCH) ? loadNonWorkingDaysInTask : loadNonWorkingDays;
    calendar = { years: needed, days: await load(needed) };
  }

  /** The answer to a report submission, read back from the period (also for a retry from an earlier run). */
  function reportOutcome(periodKey: string) {
    const period = findPeriod(deadlines, periodKey)!;
    const due = period.extended?.dueAt ?? period.dueAt;
    return {
      periodKey: period.key,
      version: period.reportVersions,
      submittedAt: period.submittedAt!,
      onTime: Date.parse(period.submittedAt!) <= Date.parse(due),
    };
  }

  /**
   * approve and terminate name their decision since the 'decision-paper' patch; who may take each step comes from
   * the capability table since the 'capability-table' patch (the Cục signs national contracts, the Minister stops
   * them). An action recorded before a patch is replayed with the rules of its time. (Validators never run on
   * replay, so they always apply today's rules.)
   */
  const decisionRulesOnReplay = (): DecisionRules => ({
    decisionPaperRequired: isPatched('decision-paper'),
    table: isPatched('capability-table') ? 'v2' : 'v1',
  });

  setHandler(snapshotQuery, snapshot);
  setHandler(deadlinesQuery, () => deadlines);

  setHandler(awaitCreatedUpdate, async () => {
    await condition(() => creationRecorded);
    return snapshot();
  });

  /** An action, applied once the one before it is written; `answer` completes the update before the write (patch). */
  async function performAction(
    command: ActionCommand,
    answer: (outcome: ActionOutcome) => void,
  ): Promise<ActionOutcome> {
    if (isRetryFromEarlierRun()) return snapshot();
    // Decide again: an action applied while this one waited may have changed what is allowed.
    const decision = decideAction(snapshot(), command, nowIso(), options.disbursementPolicy, decisionRulesOnReplay());
    if (!decision.ok) throw refusalFailure(decision);
    const previous: LifecycleStatus = status;
    status = applyEvent(status, decision.event);
    await ensureCalendar(Date.now(), true);
    // Asked only at the signing, so histories recorded before the rule replay without the marker.
    const signsContract = previous.state === 'APPROVED' && status.state === 'CONTRACTED';
    deadlines = afterLifecycleChange(deadlines, facts, previous, status, decision.event.occurredAt, workingCalendar(), {
      firstPeriodFromPlannedStart: signsContract && isPatched('first-period-from-planned-start'),
    });
    deadlinesChanged = true;
    publishSearchAttributes();
    const clockMoved = previous.state !== status.state || previous.advancesVnd !== status.advancesVnd;
    if (command.answerBeforeWrite && isPatched(ANSWER_BEFORE_WRITE_PATCH)) {
      const write: LifecycleWrite = { facts, status, event: decision.event };
      if (clockMoved) write.stall = { clock: deadlines.stall };
      const byNet = isPatched(WRITE_NET_PATCH);
      if (byNet) {
        unconfirmedWrites.push(write);
        unconfirmedTasks.push(workflowInfo().historyLength);
      }
      const written = byNet ? null : recordLifecycleEvent(write.facts, write.status, write.event, write.stall);
      if (previous.state !== status.state) noticeHandOff(decision.event);
      const lapsed = closeOpenAdjustment(snapshot(), openAdjustment(), nowIso(), command.actor);
      if (lapsed) {
        // Rare (an adjustment lapsing with the action): answered once both are written, as without the patch.
        await (written ?? writeUnconfirmed());
        status = lapsed.status;
        keepAdjustment(lapsed.record);
        await recordAdjustment(facts, status, lapsed.event, lapsed.record);
        rememberUpdate();
        return snapshot();
      }
      rememberUpdate();
      if (byNet) netDueAt ??= Date.now() + netDelayMs();
      // The answer is the project after the action: for a caller that reads it so, the write does not carry its facts
      // and status a second time.
      const carried = command.writeOnceInAnswer
        ? { event: write.event, ...(write.stall ? { stall: write.stall } : {}) }
        : write;
      answer({ ...snapshot(), unwritten: carried });
      // Without the net, the next change waits for this write (`recording` stays set), so the activity writes in seq
      // order; with it, the next action goes ahead and the net writes them all in seq order later.
      if (written) await written;
      return snapshot();
    }
    if (isPatched(ONE_WRITE_PATCH)) {
      await recordLifecycleEvent(facts, status, decision.event, clockMoved ? { clock: deadlines.stall } : undefined);
    } else {
      await recordLifecycleEvent(facts, status, decision.event);
      if (clockMoved) await recordStallClock(facts.id, deadlines.stall);
    }
    if (previous.state !== status.state) noticeHandOff(decision.event);
    // Decided synchronously: an await with nothing to record would add a tick and reorder the commands of
    // histories recorded before adjustments.
    const lapsed = closeOpenAdjustment(snapshot(), openAdjustment(), nowIso(), command.actor);
    if (lapsed) {
      status = lapsed.status;
      keepAdjustment(lapsed.record);
      await recordAdjustment(facts, status, lapsed.event, lapsed.record);
    }
    rememberUpdate();
    return snapshot();
  }

  setHandler(
    performActionUpdate,
    (command: ActionCommand) =>
      // Only a command that asks to be answered first goes through the extra promise (a tick the histories recorded
      // before the patch do not have).
      command.answerBeforeWrite
        ? exclusivelyAnswering<ActionOutcome>((answer) => performAction(command, answer))
        : exclusively(() => performAction(command, () => undefined)),
    {
      validator: (command: ActionCommand) => {
        if (isRetryFromEarlierRun()) return;
        const decision = decideAction(snapshot(), command, nowIso(), options.disbursementPolicy);
        if (!decision.ok) throw refusalFailure(decision);
      },
    },
  );

  setHandler(adjustmentsQuery, () => adjustments);

  setHandler(
    requestAdjustmentUpdate,
    (command) =>
      exclusively(async () => {
        const existing = findAdjustment(command.id);
        if (existing) return existing;
        const decision = decideAdjustmentRequest(snapshot(), openAdjustment(), command, nowIso());
        if (!decision.ok) throw refusalFailure(decision);
        status = decision.status;
        keepAdjustment(decision.record);
        await recordAdjustment(facts, status, decision.event, decision.record);
        noticeHandOff(decision.event);
        rememberUpdate();
        return decision.record;
      }),
    {
      validator: (command) => {
        if (isRetryFromEarlierRun() || findAdjustment(command.id)) return;
        const decision = decideAdjustmentRequest(snapshot(), openAdjustment(), command, nowIso());
        if (!decision.ok) throw refusalFailure(decision);
      },
    },
  );

  setHandler(
    actOnAdjustmentUpdate,
    (command) =>
      exclusively(async () => {
        const record = findAdjustment(command.adjustmentId);
        if (isRetryFromEarlierRun() && record) return record;
        const decision = decideAdjustmentAction(snapshot(), record, command, nowIso());
        if (!decision.ok) throw refusalFailure(decision);
        const previous = status;
        facts = decision.facts;
        status = decision.status;
        keepAdjustment(decision.record);
        if (decision.record.status === 'APPROVED') {
          await ensureCalendar(Date.now(), true);
          // New dates move the timers that read them; a new state (a stop, a carry-over) restarts its clock.
          if (previous.state !== status.state) {
            deadlines = afterLifecycleChange(
              deadlines,
              facts,
              previous,
              status,
              decision.event.occurredAt,
              workingCalendar(),
            );
          }
          deadlinesChanged = true;
          publishSearchAttributes();
        }
        const clockMoved = previous.state !== status.state;
        if (isPatched(ONE_WRITE_PATCH)) {
          const stall = clockMoved ? { clock: deadlines.stall } : undefined;
          await recordAdjustment(facts, status, decision.event, decision.record, stall);
        } else {
          await recordAdjustment(facts, status, decision.event, decision.record);
          if (clockMoved) await recordStallClock(facts.id, deadlines.stall);
        }
        noticeHandOff(decision.event);
        rememberUpdate();
        return decision.record;
      }),
    {
      validator: (command) => {
        if (isRetryFromEarlierRun()) return;
        const decision = decideAdjustmentAction(snapshot(), findAdjustment(command.adjustmentId), command, nowIso());
        if (!decision.ok) throw refusalFailure(decision);
      },
    },
  );

  setHandler(
    editDraftUpdate,
    (edit) =>
      exclusively(async () => {
        if (isRetryFromEarlierRun()) return snapshot();
        const decision = decideDraftEdit(snapshot(), edit, nowIso());
        if (!decision.ok) throw refusalFailure(decision);
        facts = decision.facts;
        status = applyEvent(status, decision.event);
        await recordLifecycleEvent(facts, status, decision.event);
        rememberUpdate();
        return snapshot();
      }),
    {
      validator: (edit) => {
        if (isRetryFromEarlierRun()) return;
        const decision = decideDraftEdit(snapshot(), edit, nowIso());
        if (!decision.ok) throw refusalFailure(decision);
      },
    },
  );

  setHandler(
    submitReportUpdate,
    (submission) =>
      exclusively(async () => {
        if (isRetryFromEarlierRun()) return reportOutcome(submission.periodKey);
        const decision = decideReport(facts, deadlines, submission);
        if (!decision.ok) throw refusalFailure(decision);
        const event = deadlineEvent('submit_report', submission.actor, null, {
          periodKey: submission.periodKey,
          version: decision.version,
        });
        const period = findPeriod(deadlines, submission.periodKey)!;
        deadlines = updatePeriod(deadlines, period.key, (p) => ({
          ...p,
          submittedAt: p.submittedAt ?? event.occurredAt,
          reportVersions: decision.version,
        }));
        deadlinesChanged = true;
        await recordReport(facts, status, event, { ...submission, version: decision.version });
        rememberUpdate();
        return { ...reportOutcome(period.key), version: decision.version, submittedAt: event.occurredAt };
      }),
    {
      validator: (submission) => {
        if (isRetryFromEarlierRun()) return;
        const decision = decideReport(facts, deadlines, submission);
        if (!decision.ok) throw refusalFailure(decision);
      },
    },
  );

  setHandler(
    extendDeadlineUpdate,
    (extension) =>
      exclusively(async () => {
        if (isRetryFromEarlierRun()) return deadlines;
        const decision = decideExtension(facts, deadlines, extension);
        if (!decision.ok) throw refusalFailure(decision);
        const moved = extendedTo(extension.newDueDay);
        const event = deadlineEvent('extend_deadline', extension.actor, extension.reason.trim(), {
          target: extension.periodKey ?? `STATE-${status.state}`,
          fromDueDay: decision.currentDueDay,
          toDueDay: extension.newDueDay,
        });
        if (extension.periodKey !== undefined) {
          deadlines = updatePeriod(deadlines, extension.periodKey, (p) => ({
            ...p,
            extended: { dueDay: moved.day, dueAt: moved.at },
          }));
        } else if (deadlines.stall) {
          deadlines = { ...deadlines, stall: { ...deadlines.stall, limit: moved } };
        }
        deadlinesChanged = true;
        await recordLifecycleEvent(facts, status, event);
        if (extension.periodKey !== undefined) {
          await recordReportPeriods(facts.id, [findPeriod(deadlines, extension.periodKey)!]);
        } else {
          await recordStallClock(facts.id, deadlines.stall);
        }
        rememberUpdate();
        return deadlines;
      }),
    {
      validator: (extension) => {
        if (isRetryFromEarlierRun()) return;
        const decision = decideExtension(facts, deadlines, extension);
        if (!decision.ok) throw refusalFailure(decision);
      },
    },
  );

  setHandler(
    setDeadlinePolicyUpdate,
    ({ policy, actor }) =>
      exclusively(async () => {
        if (isRetryFromEarlierRun()) return deadlines;
        deadlines = changePolicy(deadlines, policy, status, nowIso());
        const event = deadlineEvent('set_deadline_policy', actor, null, { policy: JSON.stringify(policy) });
        deadlinesChanged = true;
        await recordLifecycleEvent(facts, status, event);
        rememberUpdate();
        return deadlines;
      }),
    {
      validator: ({ policy, actor }) => {
        if (isRetryFromEarlierRun()) return;
        const answer = may(actor, 'admin.manage');
        if (!answer.ok) {
          throw refusalFailure({
            ok: false,
            code: REFUSAL_CODES.ROLE_FORBIDDEN,
            message: answer.message,
            allowedActions: [],
          });
        }
        const problems = validateDeadlinePolicy(policy);
        if (problems.length) {
          throw refusalFailure({
            ok: false,
            code: REFUSAL_CODES.INVALID_COMMAND,
            message: `Chính sách không hợp lệ / invalid policy: ${problems.join('; ')}`,
            allowedActions: [],
          });
        }
      },
    },
  );

  if (!creationRecorded) {
    const created = creationEvent(input, input.createdAt ?? nowIso());
    publishSearchAttributes();
    if (isPatched(ONE_WRITE_PATCH)) {
      // The calendar read in this task, then the project and its time limit in one write.
      await ensureCalendar(Date.now(), true);
      deadlines = afterLifecycleChange(deadlines, facts, null, status, created.occurredAt, workingCalendar());
      const write =
        input.createdAt !== undefined && isPatched(CREATION_IN_TASK_PATCH)
          ? recordProjectCreatedInTask
          : recordProjectCreated;
      await write(facts, status, created, { clock: deadlines.stall });
    } else {
      await recordProjectCreated(facts, status, created);
      await ensureCalendar(Date.now());
      deadlines = afterLifecycleChange(deadlines, facts, null, status, created.occurredAt, workingCalendar());
      await recordStallClock(facts.id, deadlines.stall);
    }
    creationRecorded = true;
  }

  /** The deadline loop's timer since the kept-timer patch: the moment it fires at, and whether it has. */
  let wakeTimer: { at: number; fired: boolean; scope: CancellationScope } | null = null;
  /**
   * A timer firing at `at`: the running one if it waits for that moment, else a new one (the old one cancelled);
   * none for a moment that never comes.
   */
  function timerUntil(at: number): { fired: boolean } | null {
    if (wakeTimer && wakeTimer.at === at && !wakeTimer.fired) return wakeTimer;
    dropTimer();
    if (at === Infinity) return null;
    const timer = { at, fired: false, scope: new CancellationScope() };
    timer.scope
      .run(() => sleep(Math.max(at - Date.now(), 1)))
      .then(
        () => {
          timer.fired = true;
        },
        // Cancelled: another moment replaced it, or the loop has ended.
        () => undefined,
      );
    wakeTimer = timer;
    return timer;
  }
  function dropTimer(): void {
    if (wakeTimer && !wakeTimer.fired) wakeTimer.scope.cancel();
    wakeTimer = null;
  }

  const historyIsLong = () =>
    workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= options.maxHistoryEvents;

  // The deadline loop: send what is due, then sleep until the next notice, the next period, or a change.
  while (!isTerminal(status.state) && !historyIsLong()) {
    if (netDueAt !== null && netDueAt <= Date.now()) {
      await exclusively(writeNetOnTimer, false);
      continue;
    }
    await ensureCalendar(Date.now());
    const opened = openPeriods(deadlines, status, Date.now(), workingCalendar());
    /** The periods just opened being written; since the patch, beside the notice that falls due with them. */
    let recordingOpened: Promise<void> | null = null;
    /** Since the periods-in-notice patch: the periods just opened, not yet written, for the notice to write. */
    let openedForNotice: PeriodTracking[] = [];
    if (opened.opened.length) {
      deadlines = opened.state;
      if (isPatched(PERIODS_IN_NOTICE_PATCH)) {
        openedForNotice = opened.opened;
      } else {
        recordingOpened = recordReportPeriods(facts.id, opened.opened);
        if (!isPatched(PERIOD_BESIDE_NOTICE_PATCH)) {
          await recordingOpened;
          recordingOpened = null;
        }
      }
    }
    // Level 3 (and the fiscal year flag) came with the 'escalation-level-3' patch: a history recorded before it
    // waited for nothing after level 2 and replays so.
    const escalationRules: EscalationRules = isPatched('escalation-level-3')
      ? { level3: true, facts: { plannedStart: facts.plannedStart, plannedEnd: facts.plannedEnd } }
      : { level3: false };
    const notice = nextDueNotice(deadlines, status, Date.now(), workingCalendar(), escalationRules);
    if (notice && notice.at <= Date.now()) {
      const request = buildNoticeRequest(facts, deadlines, notice, Date.now(), workingCalendar());
      if (openedForNotice.length) {
        // The notice's activity writes the periods before it sends (a notice about one of them records progress there).
        if (request) await sendDeadlineNotice({ ...request, openedPeriods: openedForNotice });
        else await recordReportPeriods(facts.id, openedForNotice);
      } else if (recordingOpened) {
        // A notice about a period opened just now waits for its row: sending it records its progress there.
        const aboutOpened = notice.source === 'REPORT' && opened.opened.some((p) => p.key === notice.periodKey);
        if (aboutOpened) await recordingOpened;
        await Promise.all([request ? sendDeadlineNotice(request) : null, aboutOpened ? null : recordingOpened]);
      } else if (request) {
        // (No await more than before the patch here: a tick would reorder the commands of recorded histories.)
        await sendDeadlineNotice(request);
      }
      deadlines = markNoticeSent(deadlines, notice);
      continue;
    }
    if (recordingOpened) await recordingOpened;
    if (openedForNotice.length) await recordReportPeriods(facts.id, openedForNotice);
    const cursor = deadlines.reporting.cursor;
    const nextPeriodAt = REPORTING_STATES.includes(status.state) && cursor ? Date.parse(cursor.dueAt) : Infinity;
    const wakeAt = Math.min(notice?.at ?? Infinity, nextPeriodAt, netDueAt ?? Infinity);
    deadlinesChanged = false;
    const stop = () => deadlinesChanged || isTerminal(status.state) || historyIsLong();
    if (isPatched(KEPT_TIMER_PATCH)) {
      const timer = timerUntil(wakeAt);
      await condition(() => stop() || timer?.fired === true);
    } else if (wakeAt === Infinity) await condition(stop);
    else await condition(stop, Math.max(wakeAt - Date.now(), 1));
  }
  // Before the kept-timer patch no timer outlived its wait (wakeTimer stays null).
  dropTimer();
  // A notice scheduled by a handler must not be lost with this run (a new run would not send it).
  do {
    // `recording`: an action answered before its write (answer-before-write) still writes after its handler finished.
    await condition(() => allHandlersFinished() && !recording);
    // The net's writes before the run ends (a new run would not know them).
    if (unconfirmedWrites.length) await exclusively(writeUnconfirmed, false);
    await Promise.all(handOffNotices.splice(0));
  } while (handOffNotices.length > 0 || !allHandlersFinished() || recording || unconfirmedWrites.length > 0);
  if (isTerminal(status.state)) return snapshot();

  return await continueAsNew<typeof projectLifecycleWorkflow>({
    ...input,
    facts,
    status,
    creationRecorded: true,
    generation: input.generation + 1,
    deadlines,
    calendar,
    appliedUpdateIds: appliedUpdateIds.slice(-REMEMBERED_UPDATE_IDS),
    ...(adjustments.length ? { adjustments: carriedAdjustments(adjustments) } : {}),
  });
}

/** The open request and the latest decided ones (the read model keeps every request). */
function carriedAdjustments(all: AdjustmentRecord[]): AdjustmentRecord[] {
  const open = all.filter((a) => OPEN_ADJUSTMENT_STATUSES.includes(a.status));
  const decided = all.filter((a) => !OPEN_ADJUSTMENT_STATUSES.includes(a.status)).slice(-REMEMBERED_ADJUSTMENTS);
  return [...decided, ...open];
}
