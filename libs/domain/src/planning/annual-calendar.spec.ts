import { WorkingCalendar } from '../calendar';
import { DEFAULT_DEADLINE_POLICY } from '../deadlines/deadline-policy';
import {
  annualCalendar,
  deadlinePolicyMilestones,
  milestoneDefaults,
  validateCalendarOverrides,
} from './annual-calendar';

const plain = new WorkingCalendar();
const byMilestone = (entries: ReturnType<typeof annualCalendar>) =>
  Object.fromEntries(entries.map((e) => [e.milestone, e]));

describe('annualCalendar', () => {
  it('puts plan year 2026’s dates in N-1, N and N+1, in date order, each with its legal basis', () => {
    const entries = annualCalendar(2026, 'NATIONAL', plain);
    expect(entries.map((e) => [e.milestone, e.dueDay])).toEqual([
      ['GUIDANCE', '2025-03-31'],
      ['DOSSIERS_TO_DEPARTMENT', '2025-05-20'],
      ['REGISTRATION_TO_CUC', '2025-06-20'],
      ['PLAN_APPROVAL', '2025-12-31'],
      ['NINE_MONTH_REVIEW', '2026-09-30'],
      ['COMPLETION_CHECKPOINT', '2026-11-30'],
      ['FISCAL_YEAR_END', '2026-12-31'],
      ['SETTLEMENT_CUTOFF', '2027-01-22'],
    ]);
    expect(entries.every((e) => e.legalBasis.length > 0 && e.label.vi.length > 0)).toBe(true);
    const e = byMilestone(entries);
    // 20 June 2025 ends at 24:00 in Vietnam; the reminder is 10 days before, at 00:00 local.
    expect(e.REGISTRATION_TO_CUC.dueAt).toBe('2025-06-20T17:00:00.000Z');
    expect(e.REGISTRATION_TO_CUC.remindAt).toBe('2025-06-09T17:00:00.000Z');
    // The review is the nine-month-review Schedule's; guidance is the Cục's own act: no reminders.
    expect(e.NINE_MONTH_REVIEW.remindAt).toBeNull();
    expect(e.GUIDANCE.remindAt).toBeNull();
  });

  it('reuses the registration day of the deadline policy (20 June)', () => {
    expect(milestoneDefaults('NATIONAL').REGISTRATION_TO_CUC).toMatchObject({ month: 6, day: 20, yearOffset: -1 });
  });

  it('rolls a date on a weekend to the next working day (BLDS 2015 art. 148)', () => {
    const e = byMilestone(annualCalendar(2027, 'NATIONAL', plain));
    // Saturday 20 June 2026 → Monday 22 June; Saturday 22 January 2028 → Monday 24 January.
    expect(e.REGISTRATION_TO_CUC).toMatchObject({ nominalDay: '2026-06-20', dueDay: '2026-06-22' });
    expect(e.SETTLEMENT_CUTOFF).toMatchObject({ nominalDay: '2028-01-22', dueDay: '2028-01-24' });
  });

  it('rolls a date on a holiday, and past a weekend that follows it', () => {
    const holidays = new WorkingCalendar({
      holidays: ['2026-06-22', '2026-12-31'],
      extraDaysOff: [],
      makeUpWorkdays: [],
    });
    const e = byMilestone(annualCalendar(2027, 'NATIONAL', holidays));
    expect(e.REGISTRATION_TO_CUC.dueDay).toBe('2026-06-23');
    // Thursday 31 December 2026 a day off: Friday 1 January 2027 is a working day in this made-up calendar.
    expect(annualCalendar(2026, 'NATIONAL', holidays).find((x) => x.milestone === 'FISCAL_YEAR_END')!.dueDay).toBe(
      '2027-01-01',
    );
    // A Saturday make-up workday is a working day: no roll-over.
    const makeUp = new WorkingCalendar({ holidays: [], extraDaysOff: [], makeUpWorkdays: ['2026-06-20'] });
    expect(byMilestone(annualCalendar(2027, 'NATIONAL', makeUp)).REGISTRATION_TO_CUC.dueDay).toBe('2026-06-20');
  });

  it('applies a province’s override to its milestone only, then rolls it', () => {
    const e = byMilestone(
      annualCalendar(2027, 'NATIONAL', plain, { DOSSIERS_TO_DEPARTMENT: { month: 5, day: 31, remindDaysBefore: 3 } }),
    );
    // Sunday 31 May 2026 → Monday 1 June; reminded 3 days before.
    expect(e.DOSSIERS_TO_DEPARTMENT).toMatchObject({
      nominalDay: '2026-05-31',
      dueDay: '2026-06-01',
      overridden: true,
    });
    expect(e.DOSSIERS_TO_DEPARTMENT.remindAt).toBe('2026-05-28T17:00:00.000Z');
    expect(e.REGISTRATION_TO_CUC.overridden).toBe(false);
    // An override of the 31st in a 30-day month is the month's last day.
    const april = byMilestone(annualCalendar(2027, 'NATIONAL', plain, { GUIDANCE: { month: 4, day: 31 } }));
    expect(april.GUIDANCE.nominalDay).toBe('2026-04-30');
  });

  it('takes the deadline policy’s registration, completion and settlement days as the province’s defaults', () => {
    expect(deadlinePolicyMilestones(2027, DEFAULT_DEADLINE_POLICY.stall)).toEqual({
      REGISTRATION_TO_CUC: { month: 6, day: 20 },
      COMPLETION_CHECKPOINT: { month: 11, day: 30 },
      SETTLEMENT_CUTOFF: { month: 1, day: 22 },
    });
    const own = deadlinePolicyMilestones(2027, { nationalRegistrationBy: { month: 6, day: 15 } });
    expect(own).toEqual({ REGISTRATION_TO_CUC: { month: 6, day: 15 } });
    // Monday 15 June 2026 (the original TT 36 day), as a province's deadline policy may still say.
    expect(byMilestone(annualCalendar(2027, 'NATIONAL', plain, own)).REGISTRATION_TO_CUC.dueDay).toBe('2026-06-15');
  });

  it('sends no registration reminder for a local plan', () => {
    expect(byMilestone(annualCalendar(2027, 'LOCAL', plain)).REGISTRATION_TO_CUC.remindAt).toBeNull();
  });

  it('names every problem of a stored override', () => {
    expect(validateCalendarOverrides({ DOSSIERS_TO_DEPARTMENT: { month: 5, day: 20 } })).toEqual([]);
    expect(
      validateCalendarOverrides({
        DOSSIERS_TO_DEPARTMENT: { month: 13, day: 0, remindDaysBefore: -1 },
        ['NOPE' as 'GUIDANCE']: {},
      }),
    ).toEqual([
      'DOSSIERS_TO_DEPARTMENT.month must be 1 to 12',
      'DOSSIERS_TO_DEPARTMENT.day must be 1 to 31',
      'DOSSIERS_TO_DEPARTMENT.remindDaysBefore must be a whole number of days, 0 or more',
      'NOPE is not a calendar milestone',
    ]);
  });
});
