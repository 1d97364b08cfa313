import { WorkingCalendar, endOfLocalDayUtc } from '../calendar';
import type { ProjectState } from '../lifecycle';
import type { LifecycleStatus, ProjectFacts } from '../project';
import type { DeadlinePolicy } from './deadline-policy';
import { ReportPeriod, nextReportPeriod } from './reporting-periods';
import { DeadlineRules, ORIGINAL_DEADLINE_RULES, reportingStartOnContract } from './reporting-start';
import {
  PeriodTracking,
  ReportNoticeKind,
  effectiveDue,
  markSent,
  newTracking,
  nextReportNotice,
  wasMissed,
} from './report-notices';
import { afterDeadline } from './span-math';
import {
  StallNoticeKind,
  StallTracking,
  markStallSent,
  newStallTracking,
  nextStallNotice,
  yearEndEscalation,
} from './stall-notices';

/** States in which the implementing unit owes periodic progress reports (from the contract to completion). */
/** The unit keeps reporting while a stop or a carry-over it asked for waits for the Minister, and after a carry-over. */
export const REPORTING_STATES: readonly ProjectState[] = [
  'CONTRACTED',
  'IN_PROGRESS',
  'SUSPENSION_REQUESTED',
  'CARRY_OVER_REQUESTED',
  'CARRIED_OVER',
];

/** A bound on the count of elapsed overdue repetitions of a backfilled period (years of seconds-long ones). */
const MAX_BACKFILLED_REPETITIONS = 10_000;

/** Submitted periods kept for corrections; unsubmitted ones are always kept. */
const KEEP_SUBMITTED_PERIODS = 12;

/** Everything the workflow knows about deadlines; carried across continue-as-new. */
export interface DeadlineState {
  policy: DeadlinePolicy;
  reporting: {
    /** When reporting first started (the contract); periods of a fixed interval count from here. */
    anchor: string | null;
    /** When reporting last became active (contract or resume): periods due before it are not owed. */
    activeSince: string | null;
    /** The latest period computed, owed or not: the next one follows it. */
    cursor: ReportPeriod | null;
    periods: PeriodTracking[];
    /**
     * When the contract was recorded after reports had fallen due (a past contract date): periods due by then
     * were already overdue when opened, and owe one overdue notice each, not every repetition since.
     * Absent in states carried over from before this rule.
     */
    backfilledUntil?: string | null;
  };
  stall: StallTracking | null;
  /** The plan year whose "completion impossible within the fiscal year" flag (level 3) went out; absent before it. */
  yearEndFlagged?: number | null;
}

export type DueNotice =
  | { source: 'REPORT'; periodKey: string; kind: ReportNoticeKind; repetition: number; at: number }
  | {
      source: 'STALL';
      state: ProjectState;
      kind: StallNoticeKind;
      repetition: number;
      at: number;
      /** Set on the level 3 flag "completion impossible within the fiscal year": the plan year. */
      yearEnd?: number;
    };

/**
 * Deadline rules that changed what running workflows do, each on behind a `patched()` marker in the workflow.
 * level3: the 'escalation-level-3' patch (level 3 after level 2, and the fiscal year flag, which needs the
 * project's planned dates).
 */
export type EscalationRules =
  | { level3: false }
  | { level3: true; facts: Pick<ProjectFacts, 'plannedStart' | 'plannedEnd'> };

export const ORIGINAL_ESCALATION_RULES: EscalationRules = { level3: false };

export function initialDeadlineState(policy: DeadlinePolicy): DeadlineState {
  return { policy, reporting: { anchor: null, activeSince: null, cursor: null, periods: [] }, stall: null };
}

function stallFacts(facts: ProjectFacts, status: LifecycleStatus) {
  return { plannedEnd: facts.plannedEnd, advancesVnd: status.advancesVnd };
}

/** Follows a lifecycle change: a new state restarts the stall clock; reporting starts or resumes. */
export function afterLifecycleChange(
  ds: DeadlineState,
  facts: ProjectFacts,
  previous: LifecycleStatus | null,
  status: LifecycleStatus,
  occurredAt: string,
  cal: WorkingCalendar,
  rules: DeadlineRules = ORIGINAL_DEADLINE_RULES,
): DeadlineState {
  let next = ds;
  if (!previous || previous.state !== status.state) {
    next = {
      ...next,
      stall: newStallTracking(status.state, occurredAt, stallFacts(facts, status), ds.policy.stall, cal),
    };
  } else if (next.stall && previous.advancesVnd !== status.advancesVnd) {
    // A first advance ends the CONTRACTED clock ("no first advance 90 days after signing").
    const refreshed = newStallTracking(
      status.state,
      next.stall.enteredAt,
      stallFacts(facts, status),
      ds.policy.stall,
      cal,
    );
    next = { ...next, stall: { ...next.stall, limit: refreshed.limit } };
  }
  const wasReporting = previous !== null && REPORTING_STATES.includes(previous.state);
  const signsContract = status.state === 'CONTRACTED' && previous?.state === 'APPROVED';
  if (signsContract && rules.firstPeriodFromPlannedStart && next.reporting.anchor === null) {
    const start = reportingStartOnContract(facts, status, ds.policy.reporting.cadence, occurredAt);
    next = { ...next, reporting: { ...next.reporting, ...start } };
  } else if (REPORTING_STATES.includes(status.state) && !wasReporting) {
    next = {
      ...next,
      reporting: { ...next.reporting, anchor: next.reporting.anchor ?? occurredAt, activeSince: occurredAt },
    };
  }
  return next;
}

/** Opens every period that has begun by `now`; returns the periods newly owed. */
export function openPeriods(
  ds: DeadlineState,
  status: LifecycleStatus,
  now: number,
  cal: WorkingCalendar,
): { state: DeadlineState; opened: PeriodTracking[] } {
  const r = ds.reporting;
  if (!REPORTING_STATES.includes(status.state) || !r.anchor || !r.activeSince) return { state: ds, opened: [] };
  const opened: PeriodTracking[] = [];
  let cursor = r.cursor;
  const activeSince = Date.parse(r.activeSince);
  // A period is open from the moment the previous one falls due, so its reminders can go out in time.
  while (!cursor || Date.parse(cursor.dueAt) <= now) {
    const period = nextReportPeriod(ds.policy.reporting.cadence, r.anchor, cursor, cal);
    cursor = period;
    if (Date.parse(period.dueAt) > activeSince) opened.push(backfilled(newTracking(period), ds, cal));
  }
  if (opened.length === 0 && cursor === r.cursor) return { state: ds, opened };
  return { state: { ...ds, reporting: { ...r, cursor, periods: prune([...r.periods, ...opened]) } }, opened };
}

/**
 * A period already past due when the contract was recorded owes only the latest of its overdue repetitions
 * (the count keeps the idempotency keys as the schedule numbers them); escalations still go out.
 */
function backfilled(p: PeriodTracking, ds: DeadlineState, cal: WorkingCalendar): PeriodTracking {
  const until = ds.reporting.backfilledUntil ? Date.parse(ds.reporting.backfilledUntil) : -Infinity;
  if (Date.parse(p.dueAt) > until) return p;
  const every = ds.policy.reporting.overdueRepeatEvery;
  let elapsed = 0;
  while (elapsed < MAX_BACKFILLED_REPETITIONS && afterDeadline(p.dueDay, p.dueAt, every, elapsed, cal) <= until) {
    elapsed += 1;
  }
  return { ...p, overdueSent: Math.max(0, elapsed - 1) };
}

function prune(periods: PeriodTracking[]): PeriodTracking[] {
  const submitted = periods.filter((p) => p.submittedAt !== null);
  const dropped = new Set(submitted.slice(0, Math.max(0, submitted.length - KEEP_SUBMITTED_PERIODS)).map((p) => p.key));
  return periods.filter((p) => !dropped.has(p.key));
}

/** The earliest notice still owed, whether its moment has come or not. */
export function nextDueNotice(
  ds: DeadlineState,
  status: LifecycleStatus,
  now: number,
  cal: WorkingCalendar,
  rules: EscalationRules = ORIGINAL_ESCALATION_RULES,
): DueNotice | null {
  const candidates: DueNotice[] = [];
  if (REPORTING_STATES.includes(status.state)) {
    ds.reporting.periods.forEach((p, i) => {
      const previous = ds.reporting.periods[i - 1];
      // "Two in a row": the previous period counts as missed if it was so when this one fell due.
      const missedBefore = previous ? wasMissed(previous, Date.parse(effectiveDue(p).dueAt)) : false;
      const notice = nextReportNotice(p, missedBefore, now, ds.policy.reporting, cal, rules.level3);
      if (notice) candidates.push({ source: 'REPORT', periodKey: p.key, ...notice });
    });
  }
  if (ds.stall && ds.stall.state === status.state) {
    const notice = nextStallNotice(ds.stall, ds.policy.stall, cal, rules.level3);
    if (notice) candidates.push({ source: 'STALL', state: ds.stall.state, ...notice });
    const yearEnd = rules.level3 ? yearEndEscalation(ds.stall, rules.facts, ds.policy.stall) : null;
    if (yearEnd && ds.yearEndFlagged !== yearEnd.planYear) {
      candidates.push({
        source: 'STALL',
        state: ds.stall.state,
        kind: 'ESCALATION_3',
        repetition: 1,
        at: yearEnd.at,
        yearEnd: yearEnd.planYear,
      });
    }
  }
  return candidates.length ? candidates.reduce((a, b) => (b.at < a.at ? b : a)) : null;
}

export function markNoticeSent(ds: DeadlineState, notice: DueNotice): DeadlineState {
  if (notice.source === 'STALL' && notice.yearEnd !== undefined) return { ...ds, yearEndFlagged: notice.yearEnd };
  if (notice.source === 'STALL') {
    return ds.stall && ds.stall.state === notice.state ? { ...ds, stall: markStallSent(ds.stall, notice.kind) } : ds;
  }
  return updatePeriod(ds, notice.periodKey, (p) => markSent(p, notice.kind));
}

export function findPeriod(ds: DeadlineState, key: string): PeriodTracking | undefined {
  return ds.reporting.periods.find((p) => p.key === key);
}

export function updatePeriod(
  ds: DeadlineState,
  key: string,
  change: (p: PeriodTracking) => PeriodTracking,
): DeadlineState {
  return {
    ...ds,
    reporting: { ...ds.reporting, periods: ds.reporting.periods.map((p) => (p.key === key ? change(p) : p)) },
  };
}

/** A new due day for a period or for the current stall limit (end of that local day). */
export function extendedTo(day: string): { day: string; at: string } {
  return { day, at: endOfLocalDayUtc(day) };
}

/**
 * A new policy applies to everything still to come. A new cadence starts its periods afresh from `now`:
 * periods of the old cadence not yet due are dropped; those already due keep their notices.
 */
export function changePolicy(
  ds: DeadlineState,
  policy: DeadlinePolicy,
  status: LifecycleStatus,
  now: string,
): DeadlineState {
  const sameCadence = JSON.stringify(ds.policy.reporting.cadence) === JSON.stringify(policy.reporting.cadence);
  if (sameCadence) return { ...ds, policy };
  const active = REPORTING_STATES.includes(status.state);
  const kept = ds.reporting.periods.filter(
    (p) => p.submittedAt !== null || Date.parse(effectiveDue(p).dueAt) <= Date.parse(now),
  );
  return {
    ...ds,
    policy,
    reporting: {
      anchor: active ? now : null,
      activeSince: active ? now : null,
      cursor: null,
      periods: kept,
    },
  };
}
