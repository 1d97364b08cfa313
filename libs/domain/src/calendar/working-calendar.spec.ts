import { NonWorkingDays, WorkingCalendar, mergeNonWorkingDays } from './working-calendar';
import { addDays } from './calendar-days';

/** 2026 as libs/calendar computes it: Tết block 16–20/2, Giỗ Tổ 26/4 (Sunday) with nghỉ bù 27/4, 1/9 + 2/9. */
const YEAR_2026: NonWorkingDays = {
  holidays: [
    '2026-01-01',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-04-26',
    '2026-04-27',
    '2026-04-30',
    '2026-05-01',
    '2026-09-01',
    '2026-09-02',
  ],
  extraDaysOff: [],
  makeUpWorkdays: [],
};

/** 2024's swap: Monday 29/4 off, Saturday 4/5 worked (CV 2450/VPCP-KGVX). */
const YEAR_2024_SWAP: NonWorkingDays = {
  holidays: ['2024-04-30', '2024-05-01'],
  extraDaysOff: ['2024-04-29'],
  makeUpWorkdays: ['2024-05-04'],
};

const calendar2026 = new WorkingCalendar(YEAR_2026);

describe('WorkingCalendar', () => {
  it('works Monday to Friday and rests on Saturday and Sunday', () => {
    expect(calendar2026.isWorkingDay('2026-03-09')).toBe(true); // Monday
    expect(calendar2026.isWorkingDay('2026-03-13')).toBe(true); // Friday
    expect(calendar2026.isWorkingDay('2026-03-14')).toBe(false); // Saturday
    expect(calendar2026.isWorkingDay('2026-03-15')).toBe(false); // Sunday
  });

  describe('Tết 2026 (Saturday 14/2 to Sunday 22/2)', () => {
    it('has no working day from 14/2 to 22/2', () => {
      for (let day = '2026-02-14'; day <= '2026-02-22'; day = addDays(day, 1)) {
        expect([day, calendar2026.isWorkingDay(day)]).toEqual([day, false]);
      }
      expect(calendar2026.isWorkingDay('2026-02-13')).toBe(true);
      expect(calendar2026.isWorkingDay('2026-02-23')).toBe(true);
      expect(calendar2026.workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
    });

    it('places the 5-working-day reminder before a due day of 25/2 on 11/2', () => {
      // 24/2, 23/2, then over the nine-day window to 13/2, 12/2, 11/2.
      expect(calendar2026.addWorkingDays('2026-02-25', -5)).toBe('2026-02-11');
      expect(calendar2026.addWorkingDays('2026-02-25', -1)).toBe('2026-02-24');
      expect(calendar2026.addWorkingDays('2026-02-23', -1)).toBe('2026-02-13');
    });

    it('moves a period ending inside the window to Monday 23/2 (Civil Code art. 148)', () => {
      expect(calendar2026.dueDateByCivilCode('2026-02-17')).toBe('2026-02-23');
      expect(calendar2026.addWorkingDays('2026-02-12', 2)).toBe('2026-02-23');
    });
  });

  describe('the monthly report "before the 25th" (DOMAIN.md §8, default: the 25th inclusive)', () => {
    it('moves a 25th that falls on Sunday to Monday the 26th', () => {
      expect(calendar2026.dueDateByCivilCode('2026-01-25')).toBe('2026-01-26');
      expect(calendar2026.dueDateByCivilCode('2026-10-25')).toBe('2026-10-26');
    });

    it('keeps a 25th that is a working day', () => {
      expect(calendar2026.dueDateByCivilCode('2026-03-25')).toBe('2026-03-25');
    });
  });

  it('treats Giỗ Tổ on Sunday 26/4/2026 and its nghỉ bù 27/4 as days off', () => {
    expect(calendar2026.isWorkingDay('2026-04-26')).toBe(false);
    expect(calendar2026.isWorkingDay('2026-04-27')).toBe(false);
    expect(calendar2026.dueDateByCivilCode('2026-04-25')).toBe('2026-04-28');
  });

  it('carries a deadline on 30/4/2026 over 1/5 and the weekend to Monday 4/5', () => {
    expect(calendar2026.dueDateByCivilCode('2026-04-30')).toBe('2026-05-04');
  });

  it('rests on 2/9/2026 and the extra Quốc khánh day 1/9', () => {
    expect(calendar2026.isWorkingDay('2026-08-31')).toBe(true);
    expect(calendar2026.isWorkingDay('2026-09-01')).toBe(false);
    expect(calendar2026.isWorkingDay('2026-09-02')).toBe(false);
    expect(calendar2026.dueDateByCivilCode('2026-09-01')).toBe('2026-09-03');
    expect(calendar2026.addWorkingDays('2026-08-31', 1)).toBe('2026-09-03');
  });

  it('counts a make-up Saturday as a working day and a swapped Monday as a day off', () => {
    const calendar = new WorkingCalendar(YEAR_2024_SWAP);
    expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
    expect(calendar.isWorkingDay('2024-04-29')).toBe(false);
    expect(calendar.addWorkingDays('2024-05-03', 1)).toBe('2024-05-04');
    expect(calendar.dueDateByCivilCode('2024-04-27')).toBe('2024-05-02');
    // 2/5, 3/5, Saturday 4/5, 6/5
    expect(calendar.workingDaysBetween('2024-04-26', '2024-05-06')).toBe(4);
  });

  describe('counting working days (Civil Code art. 147: the first day is not counted)', () => {
    it('skips the weekend', () => {
      expect(calendar2026.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
      expect(calendar2026.addWorkingDays('2026-03-04', 5)).toBe('2026-03-11');
      expect(calendar2026.addWorkingDays('2026-03-09', -1)).toBe('2026-03-06');
      expect(calendar2026.workingDaysBetween('2026-03-06', '2026-03-09')).toBe(1);
      expect(calendar2026.workingDaysBetween('2026-03-04', '2026-03-11')).toBe(5);
    });

    it('starts from a day off as if from the working day before it', () => {
      expect(calendar2026.addWorkingDays('2026-03-07', 1)).toBe('2026-03-09');
      expect(calendar2026.addWorkingDays('2026-03-08', -1)).toBe('2026-03-06');
    });

    it('returns the day itself for n = 0 and refuses fractions', () => {
      expect(calendar2026.addWorkingDays('2026-03-07', 0)).toBe('2026-03-07');
      expect(() => calendar2026.addWorkingDays('2026-03-06', 1.5)).toThrow(RangeError);
    });

    it('counts 0 when the end is not after the start', () => {
      expect(calendar2026.workingDaysBetween('2026-03-09', '2026-03-09')).toBe(0);
      expect(calendar2026.workingDaysBetween('2026-03-10', '2026-03-09')).toBe(0);
      expect(calendar2026.workingDaysBetween('2026-03-13', '2026-03-15')).toBe(0);
    });

    it('agrees with addWorkingDays in both directions, across the whole year', () => {
      for (let n = 0; n <= 260; n += 1) {
        const later = calendar2026.addWorkingDays('2026-01-02', n);
        expect(calendar2026.workingDaysBetween('2026-01-02', later)).toBe(n);
        expect(calendar2026.addWorkingDays(later, -n)).toBe('2026-01-02');
      }
    });
  });

  it('finds the next working day on or after a day', () => {
    expect(calendar2026.nextWorkingDayOnOrAfter('2026-03-09')).toBe('2026-03-09');
    expect(calendar2026.nextWorkingDayOnOrAfter('2026-02-14')).toBe('2026-02-23');
    expect(calendar2026.nextWorkingDayOnOrAfter('2025-12-31')).toBe('2025-12-31');
    expect(calendar2026.nextWorkingDayOnOrAfter('2026-01-01')).toBe('2026-01-02');
  });

  describe('plain form', () => {
    it('survives a JSON round trip, as a workflow argument does', () => {
      const copy = new WorkingCalendar(JSON.parse(JSON.stringify(calendar2026)) as NonWorkingDays);
      expect(copy.toJSON()).toEqual(calendar2026.toJSON());
      expect(copy.addWorkingDays('2026-02-25', -5)).toBe('2026-02-11');
    });

    it('sorts and de-duplicates, and does not share its arrays', () => {
      const calendar = new WorkingCalendar({
        holidays: ['2026-05-01', '2026-04-30', '2026-05-01'],
        extraDaysOff: [],
        makeUpWorkdays: [],
      });
      const plain = calendar.toJSON();
      expect(plain.holidays).toEqual(['2026-04-30', '2026-05-01']);
      plain.holidays.push('2026-05-04');
      expect(calendar.isWorkingDay('2026-05-04')).toBe(true);
    });

    it('refuses malformed days', () => {
      expect(() => new WorkingCalendar({ holidays: ['2026-2-16'], extraDaysOff: [], makeUpWorkdays: [] })).toThrow(
        RangeError,
      );
    });

    it('defaults to a plain Monday-to-Friday week', () => {
      expect(new WorkingCalendar().isWorkingDay('2026-01-01')).toBe(true);
    });

    it('merges several years', () => {
      const merged = mergeNonWorkingDays(YEAR_2024_SWAP, YEAR_2026, YEAR_2024_SWAP);
      expect(merged.holidays).toHaveLength(14);
      expect(merged.holidays[0]).toBe('2024-04-30');
      expect(merged.extraDaysOff).toEqual(['2024-04-29']);
      expect(merged.makeUpWorkdays).toEqual(['2024-05-04']);
    });
  });
});
