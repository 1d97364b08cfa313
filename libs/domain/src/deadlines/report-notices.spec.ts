import { vietnamNonWorkingDays } from '@kc/calendar';
import { WorkingCalendar, endOfLocalDayUtc, mergeNonWorkingDays } from '../calendar';
import { DEFAULT_DEADLINE_POLICY, ReportingPolicy } from './deadline-policy';
import { ReportNoticeKind, PeriodTracking, markSent, newTracking, nextReportNotice, wasMissed } from './report-notices';
import { nextReportPeriod } from './reporting-periods';

/** Real Vietnamese non-working days: Giỗ Tổ 26/4/2026 (Sunday) with nghỉ bù 27/4, 30/4 and 1/5. */
const cal = new WorkingCalendar(mergeNonWorkingDays(vietnamNonWorkingDays(2026), vietnamNonWorkingDays(2027)));

const DEFAULTS = DEFAULT_DEADLINE_POLICY.reporting;

/** A whole policy in seconds, as a demo or a workflow test runs it. */
const SECONDS: ReportingPolicy = {
  cadence: { kind: 'EVERY', every: 'PT30S' },
  remindBefore: [{ duration: 'PT10S' }],
  overdueRepeatEvery: { duration: 'PT5S' },
  escalateLevel1After: { duration: 'PT12S' },
  escalateLevel1AfterMissedInARow: 2,
  escalateLevel2After: { duration: 'PT25S' },
};

const CONTRACT_SIGNED = '2026-04-01T03:00:00.000Z';
/** April 2026: due 25/4 (Saturday), carried over Giỗ Tổ and its nghỉ bù to Tuesday 28/4, 24:00 local. */
const april = () => newTracking(nextReportPeriod(DEFAULTS.cadence, CONTRACT_SIGNED, null, cal));

const iso = (ms: number) => new Date(ms).toISOString();
type Sent = [kind: ReportNoticeKind, repetition: number, at: string];

/**
 * Runs the workflow's loop on a simulated clock: ask for the next notice, wait (jump the clock) until it is
 * due, send it, mark it sent; stop after `until` has gone out.
 */
function walk(
  start: PeriodTracking,
  opts: { policy?: ReportingPolicy; previousMissed?: boolean; now: number; until: ReportNoticeKind },
): Sent[] {
  const sent: Sent[] = [];
  let p = start;
  let now = opts.now;
  for (let guard = 0; guard < 100; guard += 1) {
    const notice = nextReportNotice(p, opts.previousMissed ?? false, now, opts.policy ?? DEFAULTS, cal);
    if (!notice) return sent;
    if (notice.at > now) {
      now = notice.at;
      continue;
    }
    sent.push([notice.kind, notice.repetition, iso(notice.at)]);
    p = markSent(p, notice.kind);
    if (notice.kind === opts.until) return sent;
  }
  throw new Error(`no ${opts.until} within 100 steps: ${JSON.stringify(sent)}`);
}

describe('nextReportNotice with the default policy (DOMAIN.md §10.3)', () => {
  const before = Date.parse('2026-04-10T03:00:00Z');

  it('offers the 5-working-day reminder first, at 08:00 local', () => {
    // 28/4 back over 27/4, 26/4 (days off), the weekend, then 24, 23, 22, 21, 20/4.
    expect(nextReportNotice(april(), false, before, DEFAULTS, cal)).toEqual({
      kind: 'REMINDER',
      repetition: 1,
      at: Date.parse('2026-04-20T01:00:00Z'),
    });
  });

  it('offers the same notice until it is marked sent, then the 1-day reminder', () => {
    const p = april();
    expect(nextReportNotice(p, false, Date.parse('2026-04-20T01:00:00Z'), DEFAULTS, cal)?.repetition).toBe(1);
    expect(nextReportNotice(markSent(p, 'REMINDER'), false, before, DEFAULTS, cal)).toEqual({
      kind: 'REMINDER',
      repetition: 2,
      at: Date.parse('2026-04-24T01:00:00Z'), // Friday, the working day before 28/4
    });
  });

  it('walks reminders, overdue notices and both escalations in order, each once', () => {
    expect(walk(april(), { now: before, until: 'ESCALATION_2' })).toEqual([
      ['REMINDER', 1, '2026-04-20T01:00:00.000Z'],
      ['REMINDER', 2, '2026-04-24T01:00:00.000Z'],
      ['OVERDUE', 1, '2026-04-28T17:00:00.000Z'], // the due moment, 24:00 on 28/4
      // 29/4, 4/5, 5/5, 6/5, 7/5: 30/4 and 1/5 are holidays.
      ['ESCALATION_1', 1, '2026-05-07T17:00:00.000Z'],
      ['OVERDUE', 2, '2026-05-07T17:00:00.000Z'],
      ['OVERDUE', 3, '2026-05-14T17:00:00.000Z'],
      ['OVERDUE', 4, '2026-05-21T17:00:00.000Z'],
      ['ESCALATION_2', 1, '2026-05-28T17:00:00.000Z'], // 20 working days
    ]);
  });

  it('keeps repeating the overdue notice after the last escalation', () => {
    const kinds: ReportNoticeKind[] = ['REMINDER', 'REMINDER', 'OVERDUE', 'ESCALATION_1', 'OVERDUE', 'OVERDUE'];
    const p = [...kinds, 'OVERDUE', 'ESCALATION_2'].reduce((q, kind) => markSent(q, kind as ReportNoticeKind), april());
    expect(nextReportNotice(p, false, Date.parse('2026-05-29T00:00:00Z'), DEFAULTS, cal)).toEqual({
      kind: 'OVERDUE',
      repetition: 5,
      at: Date.parse('2026-05-28T17:00:00Z'),
    });
  });

  it('offers nothing once the report is in', () => {
    const p = { ...april(), submittedAt: '2026-04-15T02:00:00Z' };
    expect(nextReportNotice(p, false, before, DEFAULTS, cal)).toBeNull();
    expect(nextReportNotice({ ...p, submittedAt: '2026-05-20T02:00:00Z' }, true, before, DEFAULTS, cal)).toBeNull();
  });

  it('offers no reminder once the due moment has passed', () => {
    const due = Date.parse('2026-04-28T17:00:00Z');
    expect(nextReportNotice(april(), false, due, DEFAULTS, cal)).toEqual({ kind: 'OVERDUE', repetition: 1, at: due });
    expect(walk(april(), { now: due + 1, until: 'ESCALATION_1' })).toEqual([
      ['OVERDUE', 1, '2026-04-28T17:00:00.000Z'],
      ['ESCALATION_1', 1, '2026-05-07T17:00:00.000Z'],
    ]);
  });

  it('escalates at the due moment when the period before was missed too (two in a row)', () => {
    expect(walk(april(), { now: before, previousMissed: true, until: 'ESCALATION_2' })).toEqual([
      ['REMINDER', 1, '2026-04-20T01:00:00.000Z'],
      ['REMINDER', 2, '2026-04-24T01:00:00.000Z'],
      ['ESCALATION_1', 1, '2026-04-28T17:00:00.000Z'],
      ['OVERDUE', 1, '2026-04-28T17:00:00.000Z'],
      ['OVERDUE', 2, '2026-05-07T17:00:00.000Z'],
      ['OVERDUE', 3, '2026-05-14T17:00:00.000Z'],
      ['OVERDUE', 4, '2026-05-21T17:00:00.000Z'],
      ['ESCALATION_2', 1, '2026-05-28T17:00:00.000Z'],
    ]);
  });

  it('reads escalateLevel1AfterMissedInARow: 1 escalates every missed period at once, 3 waits for the usual delay', () => {
    const due = Date.parse('2026-04-28T17:00:00Z');
    const e1 = (inARow: number, previousMissed: boolean) => {
      const policy = { ...DEFAULTS, escalateLevel1AfterMissedInARow: inARow };
      return walk(april(), { policy, previousMissed, now: due, until: 'ESCALATION_1' }).at(-1);
    };
    expect(e1(1, false)).toEqual(['ESCALATION_1', 1, '2026-04-28T17:00:00.000Z']);
    expect(e1(2, false)).toEqual(['ESCALATION_1', 1, '2026-05-07T17:00:00.000Z']);
    expect(e1(3, true)).toEqual(['ESCALATION_1', 1, '2026-05-07T17:00:00.000Z']);
  });

  it('moves everything still to come when the deadline is extended', () => {
    // Extended to Friday 8/5 after both reminders went out: nothing until the new due moment.
    const extended = { dueDay: '2026-05-08', dueAt: endOfLocalDayUtc('2026-05-08') };
    const reminded = markSent(markSent(april(), 'REMINDER'), 'REMINDER');
    expect(walk({ ...reminded, extended }, { now: Date.parse('2026-04-28T05:00:00Z'), until: 'ESCALATION_1' })).toEqual(
      [
        ['OVERDUE', 1, '2026-05-08T17:00:00.000Z'],
        ['ESCALATION_1', 1, '2026-05-15T17:00:00.000Z'],
      ],
    );
    // Extended before any reminder: the reminders move too (5 working days before 8/5 is 29/4).
    expect(walk({ ...april(), extended }, { now: before, until: 'OVERDUE' })).toEqual([
      ['REMINDER', 1, '2026-04-29T01:00:00.000Z'],
      ['REMINDER', 2, '2026-05-07T01:00:00.000Z'],
      ['OVERDUE', 1, '2026-05-08T17:00:00.000Z'],
    ]);
  });

  it('never offers level 2 before level 1, even when a policy makes it due sooner', () => {
    const policy = { ...DEFAULTS, escalateLevel1After: { workingDays: 10 }, escalateLevel2After: { workingDays: 5 } };
    expect(walk(april(), { policy, now: Date.parse('2026-05-07T17:00:00Z'), until: 'ESCALATION_2' })).toEqual([
      ['OVERDUE', 1, '2026-04-28T17:00:00.000Z'],
      ['OVERDUE', 2, '2026-05-07T17:00:00.000Z'],
      ['ESCALATION_1', 1, '2026-05-14T17:00:00.000Z'],
      ['ESCALATION_2', 1, '2026-05-07T17:00:00.000Z'], // overdue already: it goes out right after level 1
    ]);
    expect(markSent(markSent(april(), 'ESCALATION_2'), 'ESCALATION_1').escalationLevel).toBe(2);
  });
});

describe('nextReportNotice with a policy in seconds (EVERY PT30S)', () => {
  const anchor = Date.parse('2026-03-02T01:00:00.000Z');
  const first = () => newTracking(nextReportPeriod(SECONDS.cadence, iso(anchor), null, cal));
  const at = (seconds: number) => iso(anchor + seconds * 1000);

  it('emits the exact schedule, each notice once, on a clock ticking every second', () => {
    let p = first();
    const sent: Sent[] = [];
    const sentAtTick: number[] = [];
    for (let now = anchor; now <= anchor + 120_000 && p.escalationLevel < 2; now += 1000) {
      // Everything due by this tick goes out before the clock moves on.
      for (let n = nextReportNotice(p, false, now, SECONDS, cal); n && n.at <= now;) {
        sent.push([n.kind, n.repetition, iso(n.at)]);
        sentAtTick.push((now - anchor) / 1000);
        p = markSent(p, n.kind);
        if (n.kind === 'ESCALATION_2') break;
        n = nextReportNotice(p, false, now, SECONDS, cal);
      }
    }
    // Due at anchor + 30 s; reminder 10 s before; overdue every 5 s; levels 1 and 2 after 12 s and 25 s.
    expect(sent).toEqual([
      ['REMINDER', 1, at(20)],
      ['OVERDUE', 1, at(30)],
      ['OVERDUE', 2, at(35)],
      ['OVERDUE', 3, at(40)],
      ['ESCALATION_1', 1, at(42)],
      ['OVERDUE', 4, at(45)],
      ['OVERDUE', 5, at(50)],
      ['ESCALATION_2', 1, at(55)],
    ]);
    // Each went out on the tick of its moment, never late and never twice.
    expect(sentAtTick).toEqual([20, 30, 35, 40, 42, 45, 50, 55]);
  });

  it('gives the second period its own schedule, 30 s later', () => {
    const second = newTracking(nextReportPeriod(SECONDS.cadence, iso(anchor), first(), cal));
    expect(second.key).toBe('P0002');
    expect(walk(second, { policy: SECONDS, now: anchor, until: 'ESCALATION_1' })).toEqual([
      ['REMINDER', 1, at(50)],
      ['OVERDUE', 1, at(60)],
      ['OVERDUE', 2, at(65)],
      ['OVERDUE', 3, at(70)],
      ['ESCALATION_1', 1, at(72)],
    ]);
    expect(walk(second, { policy: SECONDS, previousMissed: true, now: anchor + 60_000, until: 'OVERDUE' })).toEqual([
      ['ESCALATION_1', 1, at(60)],
      ['OVERDUE', 1, at(60)],
    ]);
  });
});

describe('wasMissed', () => {
  const due = '2026-04-28T17:00:00.000Z';

  it('is true without a report, and for a report after the due moment', () => {
    expect(wasMissed(april())).toBe(true);
    expect(wasMissed({ ...april(), submittedAt: '2026-04-28T17:00:00.001Z' })).toBe(true);
  });

  it('is false for a report at or before the due moment', () => {
    expect(wasMissed({ ...april(), submittedAt: due })).toBe(false);
    expect(wasMissed({ ...april(), submittedAt: '2026-04-02T02:00:00Z' })).toBe(false);
  });

  it('judges against the extended due moment', () => {
    const extended = { dueDay: '2026-05-08', dueAt: endOfLocalDayUtc('2026-05-08') };
    expect(wasMissed({ ...april(), extended, submittedAt: '2026-05-06T02:00:00Z' })).toBe(false);
    expect(wasMissed({ ...april(), extended, submittedAt: '2026-05-09T02:00:00Z' })).toBe(true);
  });
});
