import { WorkingCalendar, compareDays, endOfLocalDayUtc, localDayOf } from '../calendar';
import type { ProjectState } from '../lifecycle';
import { DEFAULT_LEVEL_3_AFTER, DEFAULT_YEAR_END_CHECKPOINT, StallPolicy } from './deadline-policy';
import type { PlannedNotice, ReachedLevel } from './report-notices';
import { afterDeadline, limitFrom } from './span-math';

export type StallNoticeKind = 'STALLED' | 'ESCALATION_1' | 'ESCALATION_2' | 'ESCALATION_3';

/** The time limit of the state the project waits in, and what has been sent about it. */
export interface StallTracking {
  state: ProjectState;
  enteredAt: string;
  /** null when the state has no limit (or the limit no longer applies, e.g. an advance was paid). */
  limit: { day: string; at: string } | null;
  noticeSent: boolean;
  escalationLevel: ReachedLevel;
}

export interface StallFacts {
  plannedEnd: string;
  advancesVnd: number;
}

/** The limit of a waiting state (issue #3 defaults: SUBMITTED 10 working days, ... ACCEPTED 15 days and 22/01). */
export function stallLimit(
  state: ProjectState,
  enteredAt: string,
  facts: StallFacts,
  policy: StallPolicy,
  cal: WorkingCalendar,
): { day: string; at: string } | null {
  const rule = policy.limits[state];
  if (!rule) return null;
  // CONTRACTED waits for the first advance; once one is paid the clock no longer applies.
  if (state === 'CONTRACTED' && facts.advancesVnd > 0) return null;
  let at = rule === 'PLANNED_END' ? Date.parse(endOfLocalDayUtc(facts.plannedEnd)) : limitFrom(enteredAt, rule, cal);
  if (state === 'ACCEPTED') {
    // The settlement cut-off of the plan year (22/01 of N+1) is the first one on or after acceptance: a project
    // accepted on 10/01/2027 settles by 22/01/2027, not a year later (a plain "year + 1" would never bind).
    const entered = localDayOf(enteredAt);
    const { month, day } = policy.settlementCutoff;
    const cutoffIn = (year: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const year = Number(entered.slice(0, 4));
    const cutoffDay = compareDays(cutoffIn(year), entered) >= 0 ? cutoffIn(year) : cutoffIn(year + 1);
    at = Math.min(at, Date.parse(endOfLocalDayUtc(cutoffDay)));
  }
  const iso = new Date(at).toISOString();
  return { day: localDayOf(new Date(at - 1).toISOString()), at: iso };
}

export function newStallTracking(
  state: ProjectState,
  enteredAt: string,
  facts: StallFacts,
  policy: StallPolicy,
  cal: WorkingCalendar,
): StallTracking {
  return {
    state,
    enteredAt,
    limit: stallLimit(state, enteredAt, facts, policy, cal),
    noticeSent: false,
    escalationLevel: 0,
  };
}

export function nextStallNotice(
  s: StallTracking,
  policy: StallPolicy,
  cal: WorkingCalendar,
  /** Level 3 exists since the 'escalation-level-3' patch; histories recorded before it stop at level 2. */
  level3 = false,
): PlannedNotice<StallNoticeKind> | null {
  if (!s.limit) return null;
  const { day, at } = s.limit;
  if (!s.noticeSent) return { kind: 'STALLED', repetition: 1, at: Date.parse(at) };
  if (s.escalationLevel < 1)
    return { kind: 'ESCALATION_1', repetition: 1, at: afterDeadline(day, at, policy.escalateLevel1After, 1, cal) };
  if (s.escalationLevel < 2)
    return { kind: 'ESCALATION_2', repetition: 1, at: afterDeadline(day, at, policy.escalateLevel2After, 1, cal) };
  if (s.escalationLevel < 3 && level3) {
    const after = policy.escalateLevel3After ?? DEFAULT_LEVEL_3_AFTER;
    return { kind: 'ESCALATION_3', repetition: 1, at: afterDeadline(day, at, after, 1, cal) };
  }
  return null;
}

export function markStallSent(s: StallTracking, kind: StallNoticeKind): StallTracking {
  if (kind === 'STALLED') return { ...s, noticeSent: true };
  const level = kind === 'ESCALATION_1' ? 1 : kind === 'ESCALATION_2' ? 2 : 3;
  return { ...s, escalationLevel: Math.max(s.escalationLevel, level) as ReachedLevel };
}

/** States in which the work is still to be done within the plan year. */
export const YEAR_END_STATES: readonly ProjectState[] = ['CONTRACTED', 'IN_PROGRESS'];

/** The plan year of a project: the year of its planned start (its code says the same, e.g. KCQG-2026-…). */
export function planYearOf(facts: { plannedStart: string }): number {
  return Number(facts.plannedStart.slice(0, 4));
}

/**
 * Level 3 for "completion impossible within the fiscal year" (DOMAIN.md §10.3). The rule: at the end of the plan
 * year's completion target (policy.yearEndCheckpoint, 30/11 of the year of the planned start), a project still
 * CONTRACTED or IN_PROGRESS is flagged for the Minister (national) or the UBND chairman (local) when it was planned
 * to end within its plan year and its current time limit has run out by then: it is stalled (IN_PROGRESS past its
 * planned end; CONTRACTED with no first advance 90 days after signing). A project planned to end in a later year (a
 * pilot over several years) is not flagged: going on is its plan.
 * A project entering such a state after the checkpoint is judged at once. Once per plan year (the caller keeps
 * DeadlineState.yearEndFlagged). Returns the checkpoint (the moment the flag falls due), or null.
 */
export function yearEndEscalation(
  s: StallTracking,
  facts: { plannedStart: string; plannedEnd: string },
  policy: StallPolicy,
): { day: string; at: number; planYear: number } | null {
  if (!YEAR_END_STATES.includes(s.state)) return null;
  const planYear = planYearOf(facts);
  const { month, day } = policy.yearEndCheckpoint ?? DEFAULT_YEAR_END_CHECKPOINT;
  const checkpointDay = `${planYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const at = Date.parse(endOfLocalDayUtc(checkpointDay));
  // A project planned over several years (a pilot, a carry-over) is meant to go on: only one due to finish this
  // fiscal year whose time limit has run out by the checkpoint cannot be completed within it.
  const endsInFiscalYear = compareDays(facts.plannedEnd, `${planYear}-12-31`) <= 0;
  const stalledByThen = s.limit !== null && Date.parse(s.limit.at) <= at;
  return endsInFiscalYear && stalledByThen ? { day: checkpointDay, at, planYear } : null;
}
