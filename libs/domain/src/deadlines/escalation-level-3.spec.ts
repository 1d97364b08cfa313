import { WorkingCalendar } from '../calendar';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy, validateDeadlinePolicy } from './deadline-policy';
import { initialDeadlineState, markNoticeSent, nextDueNotice } from './deadline-state';
import { noticeIdempotencyKey } from './notice-request';
import { PeriodTracking, markSent, newTracking, nextReportNotice } from './report-notices';
import { StallTracking, markStallSent, nextStallNotice, yearEndEscalation } from './stall-notices';
import type { LifecycleStatus } from '../project';

const cal = new WorkingCalendar();
const POLICY = DEFAULT_DEADLINE_POLICY;
const endOf = (day: string) => new Date(Date.parse(`${day}T24:00:00+07:00`)).toISOString();

function period(level: 0 | 1 | 2 | 3): PeriodTracking {
  const p = newTracking({
    key: 'P0001',
    label: { vi: 'kỳ 1', en: 'period 1' },
    dueDay: '2026-06-01',
    dueAt: endOf('2026-06-01'),
  } as never);
  return { ...p, escalationLevel: level };
}

describe('level 3 of a late report', () => {
  /** Reminders done, overdue repetitions far away: only the escalations are left to come. */
  const R = { ...POLICY.reporting, remindBefore: [], overdueRepeatEvery: { workingDays: 100 } };
  const late = (level: 0 | 1 | 2 | 3) => ({ ...period(level), overdueSent: 1 });
  const afterDue = Date.parse('2026-06-02T00:00:00Z');

  it('comes 30 working days after the due moment, after level 2, only under the level-3 rule', () => {
    expect(nextReportNotice(late(2), false, afterDue, R, cal, true)).toMatchObject({
      kind: 'ESCALATION_3',
      at: Date.parse(endOf('2026-07-13')),
    });
    expect(nextReportNotice(late(2), false, afterDue, R, cal, false)!.kind).toBe('OVERDUE');
  });

  it('never comes before level 2, even when a policy makes it due sooner', () => {
    const policy = { ...R, escalateLevel3After: { workingDays: 1 } };
    expect(nextReportNotice(late(1), false, afterDue, policy, cal, true)!.kind).toBe('ESCALATION_2');
  });

  it('is sent once: level 3 is the last rung', () => {
    const p = markSent(late(2), 'ESCALATION_3');
    expect(p.escalationLevel).toBe(3);
    expect(markSent(p, 'ESCALATION_2').escalationLevel).toBe(3);
    expect(nextReportNotice(p, false, afterDue, R, cal, true)!.kind).toBe('OVERDUE');
  });

  it('defaults to 30 working days in a stored policy without it', () => {
    const { escalateLevel3After: _drop, ...old } = R;
    expect(nextReportNotice(late(2), false, afterDue, old, cal, true)).toMatchObject({
      kind: 'ESCALATION_3',
      at: Date.parse(endOf('2026-07-13')),
    });
  });
});

describe('level 3 of a stall', () => {
  const stalled: StallTracking = {
    state: 'IN_PROGRESS',
    enteredAt: '2026-03-01T00:00:00Z',
    limit: { day: '2026-06-01', at: endOf('2026-06-01') },
    noticeSent: true,
    escalationLevel: 2,
  };

  it('follows level 2 under the rule, not before it', () => {
    expect(nextStallNotice(stalled, POLICY.stall, cal, true)).toMatchObject({ kind: 'ESCALATION_3' });
    expect(nextStallNotice(stalled, POLICY.stall, cal, false)).toBeNull();
    expect(markStallSent(stalled, 'ESCALATION_3').escalationLevel).toBe(3);
    expect(nextStallNotice(markStallSent(stalled, 'ESCALATION_3'), POLICY.stall, cal, true)).toBeNull();
  });
});

describe('completion impossible within the fiscal year', () => {
  const running = (limitDay: string | null, state: StallTracking['state'] = 'IN_PROGRESS'): StallTracking => ({
    state,
    enteredAt: '2026-04-01T00:00:00Z',
    limit: limitDay ? { day: limitDay, at: endOf(limitDay) } : null,
    noticeSent: false,
    escalationLevel: 0,
  });

  it('leaves alone a project planned over several years (its planned end after 31/12 of its plan year)', () => {
    const facts = { plannedStart: '2026-03-01', plannedEnd: '2027-02-15' };
    expect(yearEndEscalation(running('2027-02-15'), facts, POLICY.stall)).toBeNull();
  });

  it('flags at the end of 30/11 a project due this year whose time limit has run out', () => {
    const facts = { plannedStart: '2026-03-01', plannedEnd: '2026-11-15' };
    expect(yearEndEscalation(running('2026-11-15'), facts, POLICY.stall)).toEqual({
      day: '2026-11-30',
      at: Date.parse(endOf('2026-11-30')),
      planYear: 2026,
    });
  });

  it('flags a project stalled by 30/11 (planned end passed, or no first advance)', () => {
    const facts = { plannedStart: '2026-03-01', plannedEnd: '2026-10-31' };
    expect(yearEndEscalation(running('2026-10-31'), facts, POLICY.stall)?.day).toBe('2026-11-30');
    expect(yearEndEscalation(running('2026-09-01', 'CONTRACTED'), facts, POLICY.stall)?.planYear).toBe(2026);
  });

  it('leaves alone a project on time for a planned end within the year, and other states', () => {
    const facts = { plannedStart: '2026-03-01', plannedEnd: '2026-12-15' };
    expect(yearEndEscalation(running('2026-12-15'), facts, POLICY.stall)).toBeNull();
    const late = { plannedStart: '2026-03-01', plannedEnd: '2027-02-15' };
    expect(yearEndEscalation(running('2026-12-01', 'COMPLETED_WORK'), late, POLICY.stall)).toBeNull();
    expect(yearEndEscalation(running(null, 'CONTRACTED'), facts, POLICY.stall)).toBeNull();
  });

  it('goes out once per plan year, with its own key, only under the level-3 rule', () => {
    const facts = { plannedStart: '2026-03-01', plannedEnd: '2026-11-15' };
    const status = { state: 'IN_PROGRESS', seq: 5 } as LifecycleStatus;
    // The stall's own notices went out in November: the year-end flag is what is due on 1/12.
    const ds = {
      ...initialDeadlineState(POLICY),
      stall: { ...running('2026-11-15'), noticeSent: true, escalationLevel: 2 as const },
    };
    const now = Date.parse('2026-12-01T00:00:00Z');
    const notice = nextDueNotice(ds, status, now, cal, { level3: true, facts })!;
    expect(notice).toMatchObject({ source: 'STALL', kind: 'ESCALATION_3', yearEnd: 2026 });
    expect(noticeIdempotencyKey('KCQG-2026-HN-0001', notice)).toBe('KCQG-2026-HN-0001:YEAR-END-2026-IN_PROGRESS:ESCALATION_3:1');
    expect(nextDueNotice(ds, status, now, cal)?.kind).not.toBe('ESCALATION_3');
    const after = markNoticeSent(ds, notice);
    expect(after.yearEndFlagged).toBe(2026);
    expect(after.stall).toEqual(ds.stall);
    expect((nextDueNotice(after, status, now, cal, { level3: true, facts }) as { yearEnd?: number } | null)?.yearEnd).toBeUndefined();
  });
});

describe('validateDeadlinePolicy and level 3', () => {
  it('accepts a policy without the level-3 fields (stored before them) and checks them when present', () => {
    const { escalateLevel3After: _r, ...reporting } = POLICY.reporting;
    const { escalateLevel3After: _s, yearEndCheckpoint: _y, ...stall } = POLICY.stall;
    expect(validateDeadlinePolicy({ reporting, stall } as DeadlinePolicy)).toEqual([]);
    expect(validateDeadlinePolicy(POLICY)).toEqual([]);
    const bad = {
      reporting: { ...POLICY.reporting, escalateLevel3After: { workingDays: -1 } },
      stall: { ...POLICY.stall, yearEndCheckpoint: { month: 2, day: 30 } },
    } as DeadlinePolicy;
    const problems = validateDeadlinePolicy(bad);
    expect(problems.some((p) => p.startsWith('reporting.escalateLevel3After'))).toBe(true);
    expect(problems).toContain('stall.yearEndCheckpoint must be a day of the year, e.g. {"month":11,"day":30}');
  });
});
