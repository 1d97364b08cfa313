import type { ProjectFacts } from '../project';
import { WorkingCalendar, localDayOf } from '../calendar';
import type { DeadlineNoticeRequest } from '../workflow-contracts';
import { DeadlineState, DueNotice, findPeriod } from './deadline-state';
import { effectiveDue } from './report-notices';
import { lateness } from './span-math';

/** project code : period or state : kind : repetition — unique per intended message. */
export function noticeIdempotencyKey(code: string, notice: DueNotice): string {
  const subject =
    notice.source === 'REPORT'
      ? notice.periodKey
      : notice.yearEnd !== undefined
        ? `YEAR-END-${notice.yearEnd}-${notice.state}`
        : `STATE-${notice.state}`;
  return `${code}:${subject}:${notice.kind}:${notice.repetition}`;
}

/** Everything the notification activity needs to word and address a notice, computed deterministically. */
export function buildNoticeRequest(
  facts: ProjectFacts,
  ds: DeadlineState,
  notice: DueNotice,
  now: number,
  cal: WorkingCalendar,
): DeadlineNoticeRequest | null {
  let due: { dueDay: string; dueAt: string };
  let period: DeadlineNoticeRequest['period'] = null;
  if (notice.source === 'REPORT') {
    const p = findPeriod(ds, notice.periodKey);
    if (!p) return null;
    due = effectiveDue(p);
    period = { key: p.key, vi: p.label.vi, en: p.label.en };
  } else if (notice.yearEnd !== undefined) {
    // The fiscal year flag is due at the plan year's completion target (30/11), whatever the state's own limit.
    due = { dueDay: localDayOf(new Date(notice.at - 1).toISOString()), dueAt: new Date(notice.at).toISOString() };
  } else {
    if (!ds.stall?.limit) return null;
    due = { dueDay: ds.stall.limit.day, dueAt: ds.stall.limit.at };
  }
  return {
    idempotencyKey: noticeIdempotencyKey(facts.code, notice),
    projectId: facts.id,
    notice,
    period,
    stalledState: notice.source === 'STALL' ? notice.state : null,
    dueDay: due.dueDay,
    dueAt: due.dueAt,
    lateness: lateness(due.dueDay, due.dueAt, now, cal),
  };
}
