/**
 * The periods of the Department's report to the Cục and the UBND tỉnh (TT 36/2013 Art. 21.5: quarterly, six-monthly,
 * annual): "2026-Q3", "2026-H1", "2026". Pure, so the API, the worker and a workflow's timer read them alike.
 */

export const REPORT_PERIOD_KINDS = ['QUARTER', 'HALF', 'YEAR'] as const;
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number];

export interface ReportingPeriod {
  kind: ReportPeriodKind;
  /** The key as written in the URL: "2026-Q3", "2026-H1", "2026". */
  key: string;
  year: number;
  /** First and last local day of the period (YYYY-MM-DD, Vietnam's calendar). */
  firstDay: string;
  lastDay: string;
  /** As the title says it: "quý III năm 2026", "6 tháng đầu năm 2026", "năm 2026". */
  labelVi: string;
  labelEn: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const LAST_DAY_OF_MONTH = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

function span(year: number, firstMonth: number, lastMonth: number): { firstDay: string; lastDay: string } {
  return {
    firstDay: `${year}-${pad(firstMonth)}-01`,
    lastDay: `${year}-${pad(lastMonth)}-${pad(LAST_DAY_OF_MONTH(year, lastMonth))}`,
  };
}

/** The years a report may be asked for: the system's records start in 2000; nothing is planned past 2100. */
export const REPORT_YEARS = { min: 2000, max: 2100 } as const;

/** "2026-Q3" → 1/7–30/9/2026; "2026-H1" → 1/1–30/6; "2026-H2" → 1/7–31/12; "2026" → the year. Null when malformed. */
export function parseReportPeriod(text: string): ReportingPeriod | null {
  const match = /^(\d{4})(?:-(Q[1-4]|H[12]))?$/.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < REPORT_YEARS.min || year > REPORT_YEARS.max) return null;
  const part = match[2];
  if (!part) {
    return { kind: 'YEAR', key: `${year}`, year, ...span(year, 1, 12), labelVi: `năm ${year}`, labelEn: `${year}` };
  }
  const n = Number(part.slice(1));
  if (part.startsWith('Q')) {
    return {
      kind: 'QUARTER',
      key: `${year}-Q${n}`,
      year,
      ...span(year, 3 * n - 2, 3 * n),
      labelVi: `quý ${ROMAN[n - 1]} năm ${year}`,
      labelEn: `Q${n} ${year}`,
    };
  }
  return {
    kind: 'HALF',
    key: `${year}-H${n}`,
    year,
    ...span(year, n === 1 ? 1 : 7, n === 1 ? 6 : 12),
    labelVi: n === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`,
    labelEn: n === 1 ? `first half of ${year}` : `second half of ${year}`,
  };
}

/** The message of a 400 for a malformed period, Vietnamese first. */
export const REPORT_PERIOD_FORMAT_MESSAGE =
  'period phải là quý (2026-Q3), 6 tháng (2026-H1, 2026-H2) hoặc năm (2026) / must be a quarter (2026-Q3), a half-year (2026-H1, 2026-H2) or a year (2026)';

/**
 * Where a period stands on a local day: not begun (nothing to report yet), under way (a report made now gives the
 * figures up to that day, as a Department prepares it before the period closes), or over.
 */
export function periodStanding(period: ReportingPeriod, today: string): 'NOT_STARTED' | 'IN_PROGRESS' | 'ENDED' {
  if (today < period.firstDay) return 'NOT_STARTED';
  return today <= period.lastDay ? 'IN_PROGRESS' : 'ENDED';
}

/** The day the figures stand at: the period's last day, or today while it is under way. */
export function figuresDay(period: ReportingPeriod, today: string): string {
  return today < period.lastDay ? today : period.lastDay;
}
