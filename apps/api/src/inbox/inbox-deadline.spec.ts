import { WorkingCalendar, endOfLocalDayUtc } from '@kc/domain';
import { inboxDeadline } from './inbox-deadline';

const calendar = new WorkingCalendar({ holidays: ['2027-01-01'], extraDaysOff: [], makeUpWorkdays: [] });
const dueDay = '2026-12-25'; // a Friday, due at the end of the day in Asia/Ho_Chi_Minh
const dueAt = endOfLocalDayUtc(dueDay);
const at = (iso: string) => new Date(iso);

describe('inboxDeadline', () => {
  test('a due day reads as the day, never as midnight of the next', () => {
    expect(inboxDeadline(dueDay, dueAt, at('2026-12-01T03:00:00Z'), calendar).dueLocal).toBe('25/12/2026');
  });

  test('more than three days ahead: later, with the calendar days left', () => {
    expect(inboxDeadline(dueDay, dueAt, at('2026-12-20T03:00:00Z'), calendar)).toMatchObject({
      tone: 'LATER',
      daysLeft: 5,
      overdue: { workingDays: 0, calendarDays: 0 },
    });
  });

  test('three days or less: soon (amber); on the day itself 0 days left', () => {
    expect(inboxDeadline(dueDay, dueAt, at('2026-12-22T03:00:00Z'), calendar)).toMatchObject({
      tone: 'SOON',
      daysLeft: 3,
    });
    expect(inboxDeadline(dueDay, dueAt, at('2026-12-25T16:00:00Z'), calendar)).toMatchObject({
      tone: 'SOON',
      daysLeft: 0,
    });
  });

  test('past the due moment: overdue (red), in working days skipping the weekend and holidays', () => {
    // Wednesday 30/12 morning: Monday 28 and Tuesday 29 have passed since Friday's deadline.
    expect(inboxDeadline(dueDay, dueAt, at('2026-12-30T03:00:00Z'), calendar)).toMatchObject({
      tone: 'OVERDUE',
      daysLeft: 0,
      overdue: { workingDays: 2, calendarDays: 4 },
    });
    // Monday 4/1/2027: 28, 29, 30, 31 worked; 1/1 is a holiday, 2–3 a weekend.
    expect(inboxDeadline(dueDay, dueAt, at('2027-01-04T03:00:00Z'), calendar).overdue.workingDays).toBe(4);
  });

  test('a deadline at a moment within the day (a policy of minutes) shows the time', () => {
    const d = inboxDeadline('2026-12-02', '2026-12-02T06:53:00.000Z', at('2026-12-02T06:00:00Z'), calendar);
    expect(d.dueLocal).toBe('13:53 02/12/2026');
    expect(d.tone).toBe('SOON');
  });
});
