/**
 * When the Department's periodic report to the Cục and the UBND tỉnh goes out by itself (TT 36/2013 Art. 21.5,
 * DOMAIN.md §8): four reports a year — the first quarter, six months (it covers the second quarter), the third
 * quarter, and the year (it covers the fourth). Each is assembled and mailed the morning after its period closes
 * (08:00 Asia/Ho_Chi_Minh), so its figures are those of the whole period. Pure: the workflow computes its timers
 * from here, with no I/O.
 */
import { ReportingPeriod, parseReportPeriod } from '../reporting/report-period';

/** The periods mailed each year, in order, as the API names them. */
export function scheduledPeriods(year: number): string[] {
  return [`${year}-Q1`, `${year}-H1`, `${year}-Q3`, `${year}`];
}

/** A period key known to be well formed (the schedule's own). */
export function scheduledPeriod(key: string): ReportingPeriod {
  const period = parseReportPeriod(key);
  if (!period) throw new Error(`not a report period: ${key}`);
  return period;
}

/** Hours after midnight (Vietnam) of the day after the period's last day at which the report is sent. */
export const PERIODIC_REPORT_SEND_HOUR = 8;
const VIETNAM_OFFSET_HOURS = 7;

/** The moment (UTC ISO) the report of a period is assembled and mailed: 08:00 in Vietnam the day after it closes. */
export function periodicReportSendAt(key: string): string {
  const last = Date.parse(`${scheduledPeriod(key).lastDay}T00:00:00.000Z`);
  const nextDayMidnightUtc = last + 24 * 3600 * 1000;
  return new Date(nextDayMidnightUtc + (PERIODIC_REPORT_SEND_HOUR - VIETNAM_OFFSET_HOURS) * 3600 * 1000).toISOString();
}
