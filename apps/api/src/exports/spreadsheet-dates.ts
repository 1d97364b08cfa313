/**
 * Dates for exports. Excel dates have no time zone: a cell shows the calendar fields of the value it holds (exceljs
 * turns a JS Date into Excel's serial from its UTC fields), so a moment is written as its Asia/Ho_Chi_Minh wall clock
 * and a day as that day at midnight.
 */
const VIETNAM_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export const EXCEL_DAY_FORMAT = 'dd/mm/yyyy';
export const EXCEL_DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function vietnamWallClock(instant: string | Date): WallClock {
  const parts = VIETNAM_PARTS.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

function parseDay(isoDay: string): { year: number; month: number; day: number } {
  const [year, month, day] = isoDay.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

const two = (n: number) => String(n).padStart(2, '0');

/** A calendar day (YYYY-MM-DD) as an Excel date cell value. */
export function excelDay(isoDay: string): Date {
  const { year, month, day } = parseDay(isoDay);
  return new Date(Date.UTC(year, month - 1, day));
}

/** A moment as an Excel date cell value holding its Vietnam wall clock (to the minute, as shown). */
export function excelVietnamDateTime(instant: string | Date): Date {
  const c = vietnamWallClock(instant);
  return new Date(Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute));
}

/** "25/12/2026" */
export function formatDay(isoDay: string): string {
  const { year, month, day } = parseDay(isoDay);
  return `${two(day)}/${two(month)}/${year}`;
}

/** "25/12/2026 17:00", Vietnam time. */
export function formatVietnamDateTime(instant: string | Date): string {
  const c = vietnamWallClock(instant);
  return `${two(c.day)}/${two(c.month)}/${c.year} ${two(c.hour)}:${two(c.minute)}`;
}
