import { WorkingCalendar, compareDays, endOfLocalDayUtc, lastDayOfMonth, localDayOf } from '../calendar';
import type { ReportCadence } from './deadline-policy';
import { durationMs } from './span';

/** One period the implementing unit owes a progress report for. */
export interface ReportPeriod {
  /** 2026-11 (monthly), 2026-Q4 (quarterly) or P0003 (fixed interval). */
  key: string;
  /** The local calendar day the report is due, after the Civil Code shift to a working day. */
  dueDay: string;
  /** End of the due day in Asia/Ho_Chi_Minh (24:00), as a UTC ISO instant. */
  dueAt: string;
  label: { vi: string; en: string };
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The due day as the cadence names it, before any shift to a working day. */
function nominalDueDay(cadence: ReportCadence & { dueDay: number }, year: number, index: number): string {
  const month = cadence.kind === 'QUARTERLY' ? index * 3 : index; // quarterly: index 1..4 → due in its last month
  return `${year}-${pad(month)}-${pad(Math.min(cadence.dueDay, lastDayOfMonth(year, month)))}`;
}

function calendarPeriod(
  cadence: ReportCadence & { dueDay: number },
  year: number,
  index: number,
  cal: WorkingCalendar,
): ReportPeriod {
  const quarterly = cadence.kind === 'QUARTERLY';
  const month = quarterly ? index * 3 : index;
  const dueDay = cal.dueDateByCivilCode(nominalDueDay(cadence, year, index));
  return {
    key: quarterly ? `${year}-Q${index}` : `${year}-${pad(month)}`,
    dueDay,
    dueAt: endOfLocalDayUtc(dueDay),
    label: quarterly
      ? { vi: `quý ${index}/${year}`, en: `Q${index} ${year}` }
      : { vi: `tháng ${month}/${year}`, en: `${MONTHS_EN[month - 1]} ${year}` },
  };
}

function intervalPeriod(every: string, anchor: string, n: number): ReportPeriod {
  const dueAt = new Date(Date.parse(anchor) + n * durationMs(every)).toISOString();
  return { key: `P${pad(n, 4)}`, dueDay: localDayOf(dueAt), dueAt, label: { vi: `kỳ ${n}`, en: `period ${n}` } };
}

/** The period after `previous` (or the first one due after `anchor`, when reporting starts). */
export function nextReportPeriod(
  cadence: ReportCadence,
  anchor: string,
  previous: ReportPeriod | null,
  cal: WorkingCalendar,
): ReportPeriod {
  if (cadence.kind === 'EVERY') {
    return intervalPeriod(cadence.every, anchor, previous ? Number(previous.key.slice(1)) + 1 : 1);
  }
  const perYear = cadence.kind === 'QUARTERLY' ? 4 : 12;
  let year: number;
  let index: number;
  if (previous) {
    year = Number(previous.key.slice(0, 4));
    index = cadence.kind === 'QUARTERLY' ? Number(previous.key.slice(6)) + 1 : Number(previous.key.slice(5, 7)) + 1;
  } else {
    const day = localDayOf(anchor);
    year = Number(day.slice(0, 4));
    const month = Number(day.slice(5, 7));
    index = cadence.kind === 'QUARTERLY' ? Math.ceil(month / 3) : month;
  }
  for (;;) {
    if (index > perYear) {
      year += 1;
      index = 1;
    }
    // The first period is the first whose nominal due day has not passed when reporting starts: a contract
    // signed after the 25th starts with the next month, even when this month's deadline is carried past the
    // signing day by a weekend or a holiday (signed on Sunday 26/4/2026, April's report due 28/4 is not owed).
    if (previous || compareDays(localDayOf(anchor), nominalDueDay(cadence, year, index)) <= 0) {
      return calendarPeriod(cadence, year, index, cal);
    }
    index += 1;
  }
}
