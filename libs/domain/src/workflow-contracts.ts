/**
 * The contract between the API, the worker and the project workflow: names, messages and activity types.
 * Workflows import only this file's types and definitions, never the worker's code.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type { ActionCommand, LifecycleEvent } from './transitions';
import type { LifecycleStatus, ProjectFacts, ProjectSnapshot } from './project';
import type { ProjectState } from './lifecycle';
import type { DisbursementPolicy } from './disbursements';
import type { Actor } from './roles';
import type { DraftEdit } from './draft-edits';
import type { NonWorkingDays } from './calendar';
import type {
  AdjustmentActionCommand,
  AdjustmentRecord,
  AdjustmentRequestCommand,
} from './adjustments/adjustment-decisions';
import type {
  DeadlineExtension,
  DeadlinePolicy,
  DeadlineState,
  DueNotice,
  PeriodTracking,
  ReportSubmission,
  StallTracking,
} from './deadlines';

export const DEFAULT_TASK_QUEUE = 'khuyencong-projects';
export const PROJECT_WORKFLOW_TYPE = 'projectLifecycleWorkflow';

export interface ProjectWorkflowOptions {
  /**
   * Continue-as-new once the history reaches this many events (Temporal suggests it at about 4,096). Kept low: a
   * worker that starts again (or evicts a project from its cache) replays each project's whole current run, so
   * after a worker restart the backlog of replays is about the project count × half this figure (the chaos soak
   * measured 190 s to acknowledge a write again after a worker kill with 1,000 projects at 950).
   */
  maxHistoryEvents: number;
  disbursementPolicy: DisbursementPolicy;
  /** Resolved at creation: default < scope < province < project overrides. */
  deadlinePolicy?: DeadlinePolicy;
  /**
   * Since the 'write-net' patch: how long after an action the API answered and wrote, the workflow writes it again
   * itself (the net under an API that died between the answer and its write). Absent: DEFAULT_WRITE_NET_SECONDS.
   * Since the 'net-in-task' patch the net comes up to half a window later, by project (`writeNetDelayMs`).
   */
  writeNetSeconds?: number;
}

/**
 * The actions answered in this window are confirmed by one activity: an officer working through a dossier costs one
 * workflow task per click, and an API that dies before its write leaves the read model behind for at most this long.
 */
export const DEFAULT_WRITE_NET_SECONDS = 15;

/**
 * Since the 'net-in-task' patch: how long after the first action it holds a project's net writes, the window and up
 * to half of it again, the same for every action of one project and spread evenly over the projects. Projects
 * touched in the same second (a burst of clicks at 8 am, a load test) do not all write in the same second later.
 */
export function writeNetDelayMs(projectId: string, netSeconds: number): number {
  const windowMs = netSeconds * 1000;
  // FNV-1a over the id's UTF-16 code units: deterministic (it runs in the workflow) and well spread for UUIDs.
  let hash = 0x811c9dc5;
  for (let i = 0; i < projectId.length; i += 1) {
    hash ^= projectId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return windowMs + Math.floor((hash / 0x1_0000_0000) * (windowMs / 2));
}

export const DEFAULT_WORKFLOW_OPTIONS: ProjectWorkflowOptions = {
  maxHistoryEvents: 400,
  disbursementPolicy: { advanceCapPercent: 70 },
};

export interface ProjectWorkflowInput {
  facts: ProjectFacts;
  status: LifecycleStatus;
  options: ProjectWorkflowOptions;
  /** False on the first run: the creation is written to the read model before any action is taken. */
  creationRecorded: boolean;
  /** How many runs came before this one (continue-as-new count), for the operators. */
  generation: number;
  /** Who created the project: the actor of the creation event in the audit trail. */
  creator: Actor;
  /**
   * When the API recorded the creation (it writes the project to the read model as soon as the workflow is
   * started, and the workflow writes the same event again, idempotently); absent: the workflow's first task time.
   */
  createdAt?: string;
  /** Report periods, reminders, escalations; absent on the first run (started from the policy in options). */
  deadlines?: DeadlineState;
  /** Non-working days of the years around now, loaded by an activity and carried across runs. */
  calendar?: { years: number[]; days: NonWorkingDays };
  /**
   * Ids of the updates applied by earlier runs (the most recent ones): Temporal recognises a repeated update id
   * only within one run, so a client retry that reaches the run after a continue-as-new is answered from here.
   */
  appliedUpdateIds?: string[];
  /** Adjustment requests (the open one and the latest decided ones), carried across runs; absent before them. */
  adjustments?: AdjustmentRecord[];
  /**
   * The patches this project's workflow runs as on from its start, without a marker per patch (see the workflow's
   * PATCHES_OF_BASELINE); carried across runs. Absent on projects created before baseline 1.
   */
  patchBaseline?: number;
}

/** The patch baseline every new project's workflow is started with (5: baseline 4 and 'net-keeps-own-task'). */
export const PROJECT_PATCH_BASELINE = 5;

/** What the workflow asks the notification activity to send; the key makes a retry send nothing twice. */
export interface DeadlineNoticeRequest {
  idempotencyKey: string;
  projectId: string;
  notice: DueNotice;
  /** Report period (label) or stalled state of the notice. */
  period: { key: string; vi: string; en: string } | null;
  stalledState: ProjectState | null;
  dueDay: string;
  dueAt: string;
  lateness: { workingDays: number; calendarDays: number };
  /** Report periods that opened at the moment this notice fell due, written before it is sent (since a patch). */
  openedPeriods?: PeriodTracking[];
}

export interface NoticeOutcome {
  status: 'SENT' | 'ALREADY_SENT' | 'FAILED_PERMANENT' | 'NO_RECIPIENT';
  recipients: string[];
}

export interface ReportReceipt {
  periodKey: string;
  version: number;
  submittedAt: string;
  onTime: boolean;
}

/** An action's read-model write: the arguments of the workflow's own recordLifecycleEvent activity for it. */
export interface LifecycleWrite {
  facts: ProjectFacts;
  status: LifecycleStatus;
  event: LifecycleEvent;
  stall?: StallWrite;
}

/**
 * An action's write as its answer carries it: the event and the state's time limit. Its facts and status are the
 * answer's own (the project after the action); answers recorded before this carried them here a second time.
 */
export interface AnsweredWrite {
  event: LifecycleEvent;
  stall?: StallWrite;
  facts?: ProjectFacts;
  status?: LifecycleStatus;
}

/**
 * The project after an action. `unwritten`: the action was answered before the workflow's own write of it (the command
 * asked so): the caller writes it (idempotent by project and seq; the workflow writes the same rows again, by its own
 * activity or, since the write-net patch, by its net within `writeNetSeconds`). Read it with `writeOfAnswer`.
 */
export interface ActionOutcome extends ProjectSnapshot {
  unwritten?: AnsweredWrite;
}

/** The read-model write an action's answer carries, whichever form it was recorded in; null when it carries none. */
export function writeOfAnswer(outcome: Partial<ActionOutcome> | null | undefined): LifecycleWrite | null {
  const answered = outcome?.unwritten;
  const facts = answered?.facts ?? outcome?.facts;
  const status = answered?.status ?? outcome?.status;
  if (!answered || !facts || !status) return null;
  return { facts, status, event: answered.event, ...(answered.stall ? { stall: answered.stall } : {}) };
}

/** Performs a lifecycle action; the validator refuses illegal ones before anything is recorded. */
export const performActionUpdate = defineUpdate<ActionOutcome, [ActionCommand]>('performAction');
/** Answers once the creation is in the read model. */
export const awaitCreatedUpdate = defineUpdate<ProjectSnapshot, []>('awaitCreated');
export const snapshotQuery = defineQuery<ProjectSnapshot>('snapshot');
/** Edits the dossier of a project in DRAFT or RETURNED; recorded as the audit event "edit_draft". */
export const editDraftUpdate = defineUpdate<ProjectSnapshot, [DraftEdit]>('editDraft');
/** Records a progress report for an open period (or a correction, as a new version). */
export const submitReportUpdate = defineUpdate<ReportReceipt, [ReportSubmission]>('submitReport');
/** Moves a report deadline or the current state's time limit to a later day; the timers follow. */
export const extendDeadlineUpdate = defineUpdate<DeadlineState, [DeadlineExtension]>('extendDeadline');
/** Replaces this project's deadline policy (admin); future deadlines follow it. */
export const setDeadlinePolicyUpdate = defineUpdate<DeadlineState, [{ policy: DeadlinePolicy; actor: Actor }]>(
  'setDeadlinePolicy',
);
export const deadlinesQuery = defineQuery<DeadlineState>('deadlines');
/** Asks for an adjustment (điều chỉnh, gia hạn, ngừng); the request's id is chosen by the caller (a retry is the same). */
export const requestAdjustmentUpdate = defineUpdate<AdjustmentRecord, [AdjustmentRequestCommand]>('requestAdjustment');
/** Certifies, approves, rejects or withdraws a request; an approval applies the new terms and moves the timers. */
export const actOnAdjustmentUpdate = defineUpdate<AdjustmentRecord, [AdjustmentActionCommand]>('actOnAdjustment');
export const adjustmentsQuery = defineQuery<AdjustmentRecord[]>('adjustments');

/** Activities the workflow calls; implemented by the worker, idempotent by (project, seq). */
/** The state's time limit to write with an event (absent: the event leaves it where it is). */
export interface StallWrite {
  clock: StallTracking | null;
}

/**
 * Read-model writes. The optional `stall` came with the 'one-write-per-action' patch: one activity per action
 * instead of two (calls recorded before it have none).
 */
export interface ProjectActivities {
  recordProjectCreated(
    facts: ProjectFacts,
    status: LifecycleStatus,
    event: LifecycleEvent,
    stall?: StallWrite,
  ): Promise<void>;
  recordLifecycleEvent(
    facts: ProjectFacts,
    status: LifecycleStatus,
    event: LifecycleEvent,
    stall?: StallWrite,
  ): Promise<void>;
  /**
   * Actions the caller already wrote (answer-before-write), written again by the workflow as a net, in seq order
   * (since the 'write-net' patch). Each write is idempotent as recordLifecycleEvent's.
   */
  recordLifecycleEvents(writes: LifecycleWrite[]): Promise<void>;
  /** An adjustment request's event, its record (newer versions only) and, on approval, the new terms. */
  recordAdjustment(
    facts: ProjectFacts,
    status: LifecycleStatus,
    event: LifecycleEvent,
    record: AdjustmentRecord,
    stall?: StallWrite,
  ): Promise<void>;
}

/** Deadline activities: calendar data, report periods and reports in the read model, notices by email. */
export interface DeadlineActivities {
  loadNonWorkingDays(years: number[]): Promise<NonWorkingDays>;
  recordReportPeriods(projectId: string, periods: PeriodTracking[]): Promise<void>;
  recordReport(
    facts: ProjectFacts,
    status: LifecycleStatus,
    event: LifecycleEvent,
    report: ReportSubmission & { version: number },
  ): Promise<void>;
  sendDeadlineNotice(request: DeadlineNoticeRequest): Promise<NoticeOutcome>;
  /** The current state's time limit in the read model (the stalled-projects queue reads it). */
  recordStallClock(projectId: string, stall: StallTracking | null): Promise<void>;
}

/** A lifecycle event that may hand the project over to someone else, for the hand-off notice activity. */
export interface HandOffNoticeRequest {
  projectId: string;
  event: LifecycleEvent;
}

/** Hand-off notices (submitted → Department, approved → unit, …): one mail per event, null when none is due. */
export interface HandOffActivities {
  sendHandOffNotice(request: HandOffNoticeRequest): Promise<NoticeOutcome | null>;
}

export const SEARCH_ATTRIBUTES = {
  state: defineSearchAttributeKey('KcState', SearchAttributeType.KEYWORD),
  province: defineSearchAttributeKey('KcProvince', SearchAttributeType.KEYWORD),
  scope: defineSearchAttributeKey('KcScope', SearchAttributeType.KEYWORD),
};

/** For `temporal server start-dev --search-attribute` and the operator service. */
export const SEARCH_ATTRIBUTE_DECLARATIONS: ReadonlyArray<{ name: string; type: 'Keyword' }> = [
  { name: 'KcState', type: 'Keyword' },
  { name: 'KcProvince', type: 'Keyword' },
  { name: 'KcScope', type: 'Keyword' },
];

/** The 30/9 review: projects whose disbursement or physical progress lags the plan. */
export interface NineMonthReviewInput {
  trigger: 'SCHEDULE' | 'ON_DEMAND';
  /** Defaults: 60% disbursement, 50% of the planned physical progress. */
  disbursementThresholdPct?: number;
  progressThresholdPct?: number;
}

export interface NineMonthReviewSummary {
  reviewId: string;
  reviewYear: number;
  runAt: string;
  flagged: number;
  byProvince: Record<string, number>;
  mailed: number;
}

export const NINE_MONTH_REVIEW_WORKFLOW_TYPE = 'nineMonthReviewWorkflow';
export const NINE_MONTH_REVIEW_SCHEDULE_ID = 'nine-month-review';

export interface ReviewActivities {
  /** `reviewId` is the workflow run id: a retried activity writes the same review once. */
  runNineMonthReview(
    input: NineMonthReviewInput & { runAt: string; reviewId: string },
  ): Promise<NineMonthReviewSummary>;
  mailNineMonthReview(reviewId: string): Promise<number>;
}
