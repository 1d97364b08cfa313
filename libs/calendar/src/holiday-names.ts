/**
 * The public holidays of a year with their names, for the admin's calendar page: the same days as
 * vietnamNonWorkingDays, named from date-holidays (Vietnamese and English), the second Quốc khánh day and
 * each compensatory day (nghỉ bù) named by this module.
 */
import Holidays from 'date-holidays';
import { CalendarDay, addDays, compareDays, localDayOf } from '@kc/domain/calendar';
import { YearOverrides, vietnamNonWorkingDays } from './vietnam-holidays';

export interface NamedHoliday {
  day: CalendarDay;
  name: { vi: string; en: string };
}

const TET = { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)' };
const SECOND_NATIONAL_DAY = { vi: 'Quốc khánh (ngày thứ hai)', en: 'National Day (second day)' };
const COMPENSATORY = { vi: 'Nghỉ bù', en: 'Compensatory day off' };

function namesByDay(year: number, language: 'vi' | 'en'): Map<CalendarDay, string> {
  const library = new Holidays('VN', { timezone: 'Asia/Ho_Chi_Minh', languages: [language] });
  const names = new Map<CalendarDay, string>();
  // In date order, so a one-day holiday inside a longer block (mùng 1 inside Tết) keeps the block's name.
  for (const holiday of library.getHolidays(year)) {
    if (holiday.type !== 'public') continue;
    const last = localDayOf(new Date(holiday.end.getTime() - 1).toISOString());
    for (let day = localDayOf(holiday.start.toISOString()); compareDays(day, last) <= 0; day = addDays(day, 1)) {
      if (!names.has(day)) names.set(day, holiday.name);
    }
  }
  return names;
}

export function namedPublicHolidays(year: number, overrides?: YearOverrides): NamedHoliday[] {
  const vi = namesByDay(year, 'vi');
  const en = namesByDay(year, 'en');
  return vietnamNonWorkingDays(year, overrides).holidays.map((day) => {
    const viName = vi.get(day);
    if (viName?.includes('Tết Nguyên Đán')) return { day, name: TET };
    if (viName) return { day, name: { vi: viName, en: en.get(day) ?? viName } };
    if (day === `${year}-09-01` || day === `${year}-09-03`) return { day, name: SECOND_NATIONAL_DAY };
    return { day, name: COMPENSATORY };
  });
}
