import { WorkingCalendar, compareDays, endOfLocalDayUtc, localDayOf } from '../calendar';
import type { ProjectState } from '../lifecycle';
import type { StallPolicy } from './deadline-policy';
import type { PlannedNotice } from './report-notices';
import { afterDeadline, limitFrom } from './span-math';

export type StallNoticeKind = 'STALLED' | 'ESCALATION_1' | 'ESCALATION_2';

/** The time limit of the state the project waits in, and what has been sent about it. */
export interface StallTracking {
  state: ProjectState;
  enteredAt: string;
  /** null when the state has no limit (or the limit no longer applies, e.g. an advance was paid). */
  limit: { day: string; at: string } | null;
  noticeSent: boolean;
  escalationLevel: 0 | 1 | 2;
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
): PlannedNotice<StallNoticeKind> | null {
  if (!s.limit) return null;
  const { day, at } = s.limit;
  if (!s.noticeSent) return { kind: 'STALLED', repetition: 1, at: Date.parse(at) };
  if (s.escalationLevel < 1)
    return { kind: 'ESCALATION_1', repetition: 1, at: afterDeadline(day, at, policy.escalateLevel1After, 1, cal) };
  if (s.escalationLevel < 2)
    return { kind: 'ESCALATION_2', repetition: 1, at: afterDeadline(day, at, policy.escalateLevel2After, 1, cal) };
  return null;
}

export function markStallSent(s: StallTracking, kind: StallNoticeKind): StallTracking {
  if (kind === 'STALLED') return { ...s, noticeSent: true };
  return { ...s, escalationLevel: kind === 'ESCALATION_1' ? 1 : 2 };
}
