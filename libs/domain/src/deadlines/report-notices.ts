import { WorkingCalendar } from '../calendar';
import { DEFAULT_LEVEL_3_AFTER, ReportingPolicy } from './deadline-policy';
import type { ReportPeriod } from './reporting-periods';
import { afterDeadline, beforeDeadline } from './span-math';

export type ReportNoticeKind = 'REMINDER' | 'OVERDUE' | 'ESCALATION_1' | 'ESCALATION_2' | 'ESCALATION_3';

/** An escalation's level reached so far (0: none). */
export type ReachedLevel = 0 | 1 | 2 | 3;

/** What the workflow keeps for each open period; counters make every notice's idempotency key stable. */
export interface PeriodTracking extends ReportPeriod {
  /** Set by a deadline extension; it replaces dueDay/dueAt for everything still to come. */
  extended: { dueDay: string; dueAt: string } | null;
  submittedAt: string | null;
  /** Reports received for the period: the first, then corrections. */
  reportVersions: number;
  remindersSent: number;
  overdueSent: number;
  escalationLevel: ReachedLevel;
}

export interface PlannedNotice<K extends string> {
  kind: K;
  /** 1-based count of this kind for this period: part of the idempotency key. */
  repetition: number;
  at: number;
}

export function effectiveDue(p: PeriodTracking): { dueDay: string; dueAt: string } {
  return p.extended ?? { dueDay: p.dueDay, dueAt: p.dueAt };
}

export function newTracking(period: ReportPeriod): PeriodTracking {
  return {
    ...period,
    extended: null,
    submittedAt: null,
    reportVersions: 0,
    remindersSent: 0,
    overdueSent: 0,
    escalationLevel: 0,
  };
}

/**
 * The next notice a period still owes, or null once the report is in (or everything has gone out).
 * `previousMissed`: the period before this one was not reported by its due date, so two in a row
 * escalate to the Department as soon as this one is overdue.
 */
export function nextReportNotice(
  p: PeriodTracking,
  previousMissed: boolean,
  now: number,
  policy: ReportingPolicy,
  cal: WorkingCalendar,
  /** Level 3 exists since the 'escalation-level-3' patch; histories recorded before it stop at level 2. */
  level3 = false,
): PlannedNotice<ReportNoticeKind> | null {
  if (p.submittedAt) return null;
  const { dueDay, dueAt } = effectiveDue(p);
  const due = Date.parse(dueAt);
  const candidates: PlannedNotice<ReportNoticeKind>[] = [];
  // Reminders are only useful before the deadline; once it has passed the overdue notices take over.
  const reminder = now < due ? policy.remindBefore[p.remindersSent] : undefined;
  if (reminder) {
    const at = beforeDeadline(dueDay, dueAt, reminder, cal);
    if (at < due) candidates.push({ kind: 'REMINDER', repetition: p.remindersSent + 1, at });
  }
  candidates.push({
    kind: 'OVERDUE',
    repetition: p.overdueSent + 1,
    at: afterDeadline(dueDay, dueAt, policy.overdueRepeatEvery, p.overdueSent, cal),
  });
  if (p.escalationLevel < 1) {
    // Only "two in a row" is tracked (this period and the one before); a larger setting waits for E1.
    // A setting of 1 means that missing this very period is enough, whatever happened before.
    const inARow = policy.escalateLevel1AfterMissedInARow;
    const missedInARow = inARow <= 1 || (previousMissed && inARow === 2);
    const at = missedInARow ? due : afterDeadline(dueDay, dueAt, policy.escalateLevel1After, 1, cal);
    candidates.push({ kind: 'ESCALATION_1', repetition: 1, at });
  } else if (p.escalationLevel < 2) {
    // Level 2 only after level 1, even when a policy makes it due sooner (a skipped or repeated rung otherwise).
    candidates.push({
      kind: 'ESCALATION_2',
      repetition: 1,
      at: afterDeadline(dueDay, dueAt, policy.escalateLevel2After, 1, cal),
    });
  } else if (p.escalationLevel < 3 && level3) {
    // Likewise level 3 only after level 2.
    candidates.push({
      kind: 'ESCALATION_3',
      repetition: 1,
      at: afterDeadline(dueDay, dueAt, policy.escalateLevel3After ?? DEFAULT_LEVEL_3_AFTER, 1, cal),
    });
  }
  // Candidates are listed from the mildest to the strongest; at the same moment the strongest goes first, so
  // the escalation due 5 working days after the deadline precedes the overdue notice repeated then.
  return candidates.reduce((a, b) => (b.at <= a.at ? b : a));
}

/**
 * A period counts as missed when no report arrived by its (possibly extended) due moment;
 * `asOf` limits the judgement to what was known then (an unsubmitted period not yet due is not missed).
 */
export function wasMissed(p: PeriodTracking, asOf = Infinity): boolean {
  const due = Date.parse(effectiveDue(p).dueAt);
  return p.submittedAt === null ? asOf > due : Date.parse(p.submittedAt) > due;
}

/** Records that a planned notice went out. */
export function markSent(p: PeriodTracking, kind: ReportNoticeKind): PeriodTracking {
  switch (kind) {
    case 'REMINDER':
      return { ...p, remindersSent: p.remindersSent + 1 };
    case 'OVERDUE':
      return { ...p, overdueSent: p.overdueSent + 1 };
    case 'ESCALATION_1':
      return { ...p, escalationLevel: p.escalationLevel >= 2 ? p.escalationLevel : 1 };
    case 'ESCALATION_2':
      return { ...p, escalationLevel: p.escalationLevel === 3 ? 3 : 2 };
    case 'ESCALATION_3':
      return { ...p, escalationLevel: 3 };
  }
}
