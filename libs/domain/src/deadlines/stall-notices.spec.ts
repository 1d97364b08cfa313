import { vietnamNonWorkingDays } from '@kc/calendar';
import { WorkingCalendar, mergeNonWorkingDays } from '../calendar';
import type { ProjectState } from '../lifecycle';
import { DEFAULT_DEADLINE_POLICY, StallPolicy } from './deadline-policy';
import {
  StallFacts,
  StallTracking,
  markStallSent,
  newStallTracking,
  nextStallNotice,
  stallLimit,
} from './stall-notices';

/** Real Vietnamese non-working days: Tết 14–22/2/2026, Giỗ Tổ 26/4/2026 with nghỉ bù 27/4, Tết 5–11/2/2027. */
const cal = new WorkingCalendar(mergeNonWorkingDays(vietnamNonWorkingDays(2026), vietnamNonWorkingDays(2027)));

const DEFAULTS = DEFAULT_DEADLINE_POLICY.stall;
const FACTS: StallFacts = { plannedEnd: '2026-11-30', advancesVnd: 0 };

/** The limit of `state` entered at `enteredAt` under the default policy. */
const limit = (state: ProjectState, enteredAt: string, facts: StallFacts = FACTS, policy: StallPolicy = DEFAULTS) =>
  stallLimit(state, enteredAt, facts, policy, cal);

/** The end of a local day, as stallLimit reports it. */
const endOf = (day: string) => ({ day, at: new Date(Date.parse(`${day}T24:00:00+07:00`)).toISOString() });

const iso = (ms: number) => new Date(ms).toISOString();

describe('stallLimit with the default limits (issue #3, DOMAIN.md §10.3)', () => {
  it('gives SUBMITTED 10 working days, ending at 24:00 local', () => {
    // Entered Monday 2/3/2026 at 09:00 local; the first day is not counted.
    expect(limit('SUBMITTED', '2026-03-02T02:00:00Z')).toEqual({ day: '2026-03-16', at: '2026-03-16T17:00:00.000Z' });
  });

  it('gives BASE_APPRAISAL 15 working days, Tết not counted', () => {
    // 11–13/2, Tết 14–22/2, 23–27/2, 2–6/3, 9–10/3.
    expect(limit('BASE_APPRAISAL', '2026-02-10T09:00:00Z')).toEqual(endOf('2026-03-10'));
  });

  it('gives APPROVED 30 days, carried to the next working day (Civil Code art. 148)', () => {
    // 27/3 + 30 days = Sunday 26/4 (Giỗ Tổ), then 27/4 (nghỉ bù): Tuesday 28/4.
    expect(limit('APPROVED', '2026-03-27T02:00:00Z')).toEqual({ day: '2026-04-28', at: '2026-04-28T17:00:00.000Z' });
    expect(limit('APPROVED', '2026-03-03T02:00:00Z')).toEqual(endOf('2026-04-02'));
  });

  it('gives CONTRACTED 90 days until the first advance, and no limit once one is paid', () => {
    // 2/3 + 90 days = Sunday 31/5 → Monday 1/6.
    expect(limit('CONTRACTED', '2026-03-02T02:00:00Z')).toEqual(endOf('2026-06-01'));
    expect(limit('CONTRACTED', '2026-03-02T02:00:00Z', { ...FACTS, advancesVnd: 150_000_000 })).toBeNull();
  });

  it('ends IN_PROGRESS at the end of the planned end day, local time', () => {
    expect(limit('IN_PROGRESS', '2026-04-01T02:00:00Z')).toEqual({ day: '2026-11-30', at: '2026-11-30T17:00:00.000Z' });
    expect(limit('IN_PROGRESS', '2026-04-01T02:00:00Z', { ...FACTS, plannedEnd: '2026-12-31' })).toEqual(
      endOf('2026-12-31'),
    );
  });

  describe('ACCEPTED: 15 days, but no later than the settlement cut-off of 22 January', () => {
    it('uses the 15 days when they end before the cut-off', () => {
      // 20/11 + 15 = Saturday 5/12 → Monday 7/12.
      expect(limit('ACCEPTED', '2026-11-20T02:00:00Z')).toEqual(endOf('2026-12-07'));
      // 28/12 + 15 = Tuesday 12/1/2027, before 22/1/2027.
      expect(limit('ACCEPTED', '2026-12-28T02:00:00Z')).toEqual(endOf('2027-01-12'));
    });

    it('stops at 22/1 of the next year when the 15 days would run past it', () => {
      // Accepted 15/1/2027 (for the 2026 plan): 15 days end on 1/2/2027, the cut-off is 22/1/2027.
      expect(limit('ACCEPTED', '2027-01-15T02:00:00Z')).toEqual(endOf('2027-01-22'));
      expect(limit('ACCEPTED', '2027-01-22T02:00:00Z')).toEqual(endOf('2027-01-22'));
      const sixtyDays = { ...DEFAULTS, limits: { ...DEFAULTS.limits, ACCEPTED: { days: 60 } } };
      expect(limit('ACCEPTED', '2026-12-10T02:00:00Z', FACTS, sixtyDays)).toEqual(endOf('2027-01-22'));
    });

    it('looks to the following year once this year’s cut-off has passed', () => {
      // 23/1/2027 + 15 = Sunday 7/2/2027, inside Tết (5–11/2 with nghỉ bù): Friday 12/2/2027.
      expect(limit('ACCEPTED', '2027-01-23T02:00:00Z')).toEqual(endOf('2027-02-12'));
    });

    it('follows a configured cut-off', () => {
      const policy = { ...DEFAULTS, settlementCutoff: { month: 12, day: 31 } };
      expect(limit('ACCEPTED', '2026-12-20T02:00:00Z', FACTS, policy)).toEqual(endOf('2026-12-31'));
    });
  });

  it('gives no limit to a state without one', () => {
    for (const state of ['DRAFT', 'RETURNED', 'SUSPENDED', 'SETTLED', 'TERMINATED'] as const) {
      expect([state, limit(state, '2026-03-02T02:00:00Z')]).toEqual([state, null]);
    }
  });

  it('counts an exact duration from the moment entered', () => {
    const seconds = { ...DEFAULTS, limits: { SUBMITTED: { duration: 'PT30S' } } };
    expect(limit('SUBMITTED', '2026-03-02T02:00:00Z', FACTS, seconds)).toEqual({
      day: '2026-03-02',
      at: '2026-03-02T02:00:30.000Z',
    });
  });
});

describe('nextStallNotice', () => {
  /** Sends whatever is offered until nothing is left; returns (kind, at) in order. */
  function drain(start: StallTracking, policy: StallPolicy = DEFAULTS): [string, string][] {
    const sent: [string, string][] = [];
    let s = start;
    for (let n = nextStallNotice(s, policy, cal); n; n = nextStallNotice(s, policy, cal)) {
      expect(n.repetition).toBe(1);
      sent.push([n.kind, iso(n.at)]);
      s = markStallSent(s, n.kind);
      if (sent.length > 3) throw new Error(`too many notices: ${JSON.stringify(sent)}`);
    }
    return sent;
  }

  it('goes STALLED → ESCALATION_1 → ESCALATION_2 → nothing', () => {
    const s = newStallTracking('SUBMITTED', '2026-03-02T02:00:00Z', FACTS, DEFAULTS, cal);
    expect(s).toEqual({
      state: 'SUBMITTED',
      enteredAt: '2026-03-02T02:00:00Z',
      limit: { day: '2026-03-16', at: '2026-03-16T17:00:00.000Z' },
      noticeSent: false,
      escalationLevel: 0,
    });
    expect(drain(s)).toEqual([
      ['STALLED', '2026-03-16T17:00:00.000Z'],
      ['ESCALATION_1', '2026-03-23T17:00:00.000Z'], // 5 working days after the limit
      ['ESCALATION_2', '2026-04-13T17:00:00.000Z'], // 20 working days after it
    ]);
  });

  it('offers the same notice until it is marked sent', () => {
    const s = newStallTracking('APPROVED', '2026-03-27T02:00:00Z', FACTS, DEFAULTS, cal);
    expect(nextStallNotice(s, DEFAULTS, cal)).toEqual(nextStallNotice(s, DEFAULTS, cal));
    expect(nextStallNotice(s, DEFAULTS, cal)).toEqual({
      kind: 'STALLED',
      repetition: 1,
      at: Date.parse('2026-04-28T17:00:00Z'),
    });
  });

  it('runs in seconds under a seconds-long policy', () => {
    const policy: StallPolicy = {
      ...DEFAULTS,
      limits: { SUBMITTED: { duration: 'PT30S' } },
      escalateLevel1After: { duration: 'PT12S' },
      escalateLevel2After: { duration: 'PT25S' },
    };
    const s = newStallTracking('SUBMITTED', '2026-03-02T02:00:00.000Z', FACTS, policy, cal);
    expect(drain(s, policy)).toEqual([
      ['STALLED', '2026-03-02T02:00:30.000Z'],
      ['ESCALATION_1', '2026-03-02T02:00:42.000Z'],
      ['ESCALATION_2', '2026-03-02T02:00:55.000Z'],
    ]);
  });

  it('offers nothing for a state without a limit, or for CONTRACTED once an advance is paid', () => {
    expect(
      nextStallNotice(newStallTracking('SUSPENDED', '2026-03-02T02:00:00Z', FACTS, DEFAULTS, cal), DEFAULTS, cal),
    ).toBeNull();
    const paid = newStallTracking('CONTRACTED', '2026-03-02T02:00:00Z', { ...FACTS, advancesVnd: 1 }, DEFAULTS, cal);
    expect(paid.limit).toBeNull();
    expect(nextStallNotice(paid, DEFAULTS, cal)).toBeNull();
  });
});
