import { WorkingCalendar } from '../calendar';
import { DEFAULT_DEADLINE_POLICY } from '../deadlines/deadline-policy';
import { deadlinePolicyMilestones } from './annual-calendar';
import {
  MAX_REMIND_DAYS_BEFORE,
  calendarPolicyView,
  isCalendarMilestone,
  longestMonth,
  mergeMilestoneOverrides,
  milestoneOverrideProblems,
} from './calendar-policy';
import { CalendarReminder, pendingReminders, remindedKey } from './plan-calendar-contracts';

const plain = new WorkingCalendar();
const policyDays = deadlinePolicyMilestones(2027, DEFAULT_DEADLINE_POLICY.stall);
const byMilestone = <T extends { milestone: string }>(items: T[]) =>
  Object.fromEntries(items.map((i) => [i.milestone, i])) as Record<string, T>;

describe('mergeMilestoneOverrides', () => {
  it('merges field by field: a province moving only the day keeps the level’s reminder lead', () => {
    expect(
      mergeMilestoneOverrides(
        { REGISTRATION_TO_CUC: { month: 6, day: 20 } },
        { REGISTRATION_TO_CUC: { remindDaysBefore: 5 }, GUIDANCE: { month: 4 } },
        { REGISTRATION_TO_CUC: { day: 15 } },
        undefined,
      ),
    ).toEqual({ REGISTRATION_TO_CUC: { month: 6, day: 15, remindDaysBefore: 5 }, GUIDANCE: { month: 4 } });
  });

  it('reads null and undefined as "not set", and drops an empty layer entry', () => {
    const stored = { SETTLEMENT_CUTOFF: { day: null, month: undefined } } as never;
    expect(mergeMilestoneOverrides({ SETTLEMENT_CUTOFF: { day: 22 } }, stored)).toEqual({
      SETTLEMENT_CUTOFF: { day: 22 },
    });
    expect(mergeMilestoneOverrides(stored)).toEqual({});
  });
});

describe('milestoneOverrideProblems', () => {
  const june = { month: 6 };

  it('accepts a valid override, one field or all', () => {
    expect(milestoneOverrideProblems({ day: 15 }, june)).toEqual({});
    expect(milestoneOverrideProblems({ yearOffset: 0, month: 2, day: 29, remindDaysBefore: 60 }, june)).toEqual({});
    expect(milestoneOverrideProblems({ remindDaysBefore: 0 }, june)).toEqual({});
  });

  it('refuses an override that sets nothing (resetting is a delete)', () => {
    expect(Object.keys(milestoneOverrideProblems({}, june))).toEqual(['override']);
    expect(Object.keys(milestoneOverrideProblems({ day: null, month: undefined }, june))).toEqual(['override']);
  });

  it('names each bad field, Vietnamese first then English', () => {
    const problems = milestoneOverrideProblems(
      { yearOffset: 2, month: 13, day: 0, remindDaysBefore: MAX_REMIND_DAYS_BEFORE + 1 },
      june,
    );
    expect(Object.keys(problems).sort()).toEqual(['day', 'month', 'remindDaysBefore', 'yearOffset']);
    for (const message of Object.values(problems)) expect(message).toMatch(/^\w+ phải .+ \/ \w+ must /);
    expect(problems.remindDaysBefore).toContain('0 đến 60');
    expect(
      Object.keys(milestoneOverrideProblems({ month: 1.5, day: 'x', remindDaysBefore: -1, yearOffset: '0' }, june)),
    ).toHaveLength(4);
  });

  it('checks the day against the month given, or the month the milestone keeps', () => {
    // 31 June does not exist: the inherited month decides.
    expect(milestoneOverrideProblems({ day: 31 }, june).day).toContain('tháng 6 có 30 ngày');
    expect(milestoneOverrideProblems({ day: 31, month: 7 }, june)).toEqual({});
    expect(milestoneOverrideProblems({ day: 30, month: 2 }, june).day).toContain('1 đến 29');
    // A bad month: the day is checked against 1–31 only, and both are named.
    expect(Object.keys(milestoneOverrideProblems({ day: 31, month: 13 }, june)).sort()).toEqual(['month']);
  });

  it('knows the longest month and the milestone names', () => {
    expect([1, 2, 4, 12].map(longestMonth)).toEqual([31, 29, 30, 31]);
    expect(isCalendarMilestone('SETTLEMENT_CUTOFF')).toBe(true);
    expect(isCalendarMilestone('NOPE')).toBe(false);
    expect(isCalendarMilestone(undefined)).toBe(false);
  });
});

describe('calendarPolicyView', () => {
  it('shows the built-in default and the effective day, rolled over a weekend (BLDS 2015 art. 148)', () => {
    const view = byMilestone(calendarPolicyView(2027, 'NATIONAL', plain, { deadlinePolicy: policyDays }));
    expect(view.REGISTRATION_TO_CUC).toMatchObject({
      default: { yearOffset: -1, month: 6, day: 20, remindDaysBefore: 10 },
      defaultSource: 'BUILT_IN',
      override: null,
      // Saturday 20 June 2026 → Monday 22 June.
      effective: { nominalDay: '2026-06-20', dueDay: '2026-06-22', rolled: true, month: 6, day: 20 },
    });
    expect(view.REGISTRATION_TO_CUC.label.vi).toBe('Sở Công Thương đăng ký kế hoạch với Cục');
    expect(view.SETTLEMENT_CUTOFF.effective).toMatchObject({ nominalDay: '2028-01-22', dueDay: '2028-01-24' });
    expect(view.FISCAL_YEAR_END.effective).toMatchObject({ dueDay: '2027-12-31', rolled: false });
  });

  it('rolls over a holiday too', () => {
    const holidays = new WorkingCalendar({ holidays: ['2026-06-22'], extraDaysOff: [], makeUpWorkdays: [] });
    const view = byMilestone(calendarPolicyView(2027, 'NATIONAL', holidays, { deadlinePolicy: policyDays }));
    expect(view.REGISTRATION_TO_CUC.effective.dueDay).toBe('2026-06-23');
  });

  it('marks a deadline policy’s day as the default’s source', () => {
    const own = deadlinePolicyMilestones(2027, { nationalRegistrationBy: { month: 6, day: 15 } });
    const view = byMilestone(calendarPolicyView(2027, 'NATIONAL', plain, { deadlinePolicy: own }));
    expect(view.REGISTRATION_TO_CUC).toMatchObject({
      default: { month: 6, day: 15 },
      defaultSource: 'DEADLINE_POLICY',
      effective: { dueDay: '2026-06-15' },
    });
  });

  it('edits the level’s dates, or a province’s on top of the level’s', () => {
    const levelOverrides = { SETTLEMENT_CUTOFF: { day: 15, remindDaysBefore: 5 } };
    const level = byMilestone(calendarPolicyView(2027, 'LOCAL', plain, { deadlinePolicy: policyDays, levelOverrides }));
    expect(level.SETTLEMENT_CUTOFF).toMatchObject({
      default: { month: 1, day: 22 },
      override: { day: 15, remindDaysBefore: 5 },
      effective: { nominalDay: '2028-01-15', dueDay: '2028-01-17', remindDaysBefore: 5 },
    });
    const province = byMilestone(
      calendarPolicyView(2027, 'LOCAL', plain, {
        deadlinePolicy: policyDays,
        levelOverrides,
        provinceOverrides: { SETTLEMENT_CUTOFF: { month: 2 } },
      }),
    );
    expect(province.SETTLEMENT_CUTOFF).toMatchObject({
      default: { month: 1, day: 15, remindDaysBefore: 5 },
      defaultSource: 'LEVEL',
      override: { month: 2 },
      // Tuesday 15 February 2028, reminded 5 days before (00:00 local on 10/02 is 17:00 UTC on 09/02).
      effective: { nominalDay: '2028-02-15', dueDay: '2028-02-15', remindAt: '2028-02-09T17:00:00.000Z' },
    });
    expect(province.GUIDANCE).toMatchObject({ defaultSource: 'BUILT_IN', override: null });
  });

  it('lists every milestone in the order they fall due, a reminder of 0 days being none', () => {
    const view = calendarPolicyView(2027, 'LOCAL', plain, {
      deadlinePolicy: policyDays,
      provinceOverrides: { FISCAL_YEAR_END: { remindDaysBefore: 0 } },
    });
    expect(view).toHaveLength(8);
    const due = view.map((m) => m.effective.dueAt);
    expect([...due].sort()).toEqual(due);
    expect(byMilestone(view).FISCAL_YEAR_END.effective.remindAt).toBeNull();
  });
});

describe('pendingReminders', () => {
  const at = (day: string) => `${day}T17:00:00.000Z`;
  const reminder = (milestone: CalendarReminder['milestone'], day: string, codes: string[]): CalendarReminder => ({
    milestone,
    remindAt: at(day),
    dueAt: at(day),
    dueDay: day,
    provinceCodes: codes,
  });
  const read = [
    reminder('DOSSIERS_TO_DEPARTMENT', '2026-05-20', ['HN', 'BN']),
    reminder('COMPLETION_CHECKPOINT', '2027-11-30', ['HN']),
    reminder('COMPLETION_CHECKPOINT', '2027-11-20', ['BN']),
  ];

  it('skips a date due before the calendar started, and a province already reminded of the milestone', () => {
    const started = Date.parse('2027-01-01T00:00:00Z');
    expect(pendingReminders(read, new Set(), started).map((r) => r.dueDay)).toEqual(['2027-11-30', '2027-11-20']);
    const reminded = new Set([remindedKey('COMPLETION_CHECKPOINT', 'BN')]);
    expect(pendingReminders(read, reminded, started)).toEqual([read[1]]);
  });

  it('keeps the rest of a reminder when some of its provinces were reminded before its date moved', () => {
    const reminded = new Set([remindedKey('DOSSIERS_TO_DEPARTMENT', 'HN')]);
    expect(pendingReminders(read, reminded, 0)[0]).toMatchObject({ dueDay: '2026-05-20', provinceCodes: ['BN'] });
  });
});
