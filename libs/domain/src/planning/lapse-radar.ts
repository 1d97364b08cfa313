/**
 * The year-end lapse radar: projects whose approved support cannot be accepted and paid before the fiscal year of
 * their plan year closes (31/12), at their current pace. The money of a national plan year lapses at year end unless
 * the Minister carries it over (DOMAIN §10.3 "completion impossible within the fiscal year"), so these are the
 * projects to speed up, adjust or stop in time.
 */
import type { ProjectState } from '../lifecycle';
import { CalendarDay, dayNumber } from '../calendar';

export type LapseReason =
  /** Still being carried out, but planned to end after 31/12 of its plan year. */
  | 'ENDS_AFTER_FISCAL_YEAR'
  /** Approved money not yet paid out and no progress report for `staleAfterDays`. */
  | 'NO_RECENT_PROGRESS';

export interface LapseFacts {
  state: ProjectState;
  planYear: number;
  plannedEnd: CalendarDay;
  approvedSupportVnd: number | null;
  /** Advances and final payments so far. */
  paidVnd: number;
  /** The local day of the last progress report, or null when none came. */
  lastReportDay: CalendarDay | null;
  /** When the contract was signed (the clock for "no report yet"); null when not known. */
  contractDay: CalendarDay | null;
}

export interface LapsePolicy {
  /** Days without a progress report after which undisbursed money counts as at risk. */
  staleAfterDays: number;
}

export const DEFAULT_LAPSE_POLICY: LapsePolicy = { staleAfterDays: 45 };

/** States in which the work is still being done and money can still be paid out this year. */
export const UNDER_WAY: readonly ProjectState[] = ['CONTRACTED', 'IN_PROGRESS', 'SUSPENDED'];

export interface LapseAssessment {
  reasons: LapseReason[];
  /** The approved support not yet paid out: what would lapse. */
  atRiskVnd: number;
}

/** Why (if at all) the project's money would lapse at the close of its plan year, seen on `asOf`. */
export function assessLapse(
  facts: LapseFacts,
  asOf: CalendarDay,
  policy: LapsePolicy = DEFAULT_LAPSE_POLICY,
): LapseAssessment {
  const none = { reasons: [], atRiskVnd: 0 };
  if (!UNDER_WAY.includes(facts.state)) return none;
  const fiscalYearEnd = `${facts.planYear}-12-31`;
  // After the fiscal year has closed it is no longer a forecast: the settlement queues take over.
  if (asOf > fiscalYearEnd) return none;
  const atRiskVnd = Math.max(0, (facts.approvedSupportVnd ?? 0) - facts.paidVnd);
  const reasons: LapseReason[] = [];
  if (facts.plannedEnd > fiscalYearEnd) reasons.push('ENDS_AFTER_FISCAL_YEAR');
  const since = facts.lastReportDay ?? facts.contractDay;
  if (atRiskVnd > 0 && since !== null && dayNumber(asOf) - dayNumber(since) > policy.staleAfterDays) {
    reasons.push('NO_RECENT_PROGRESS');
  }
  return reasons.length ? { reasons, atRiskVnd } : none;
}

export const LAPSE_REASON_LABELS: Record<LapseReason, { vi: string; en: string }> = {
  ENDS_AFTER_FISCAL_YEAR: {
    vi: 'Thời gian kết thúc dự kiến sau 31/12 của năm kế hoạch',
    en: 'Planned end after 31 December of the plan year',
  },
  NO_RECENT_PROGRESS: {
    vi: 'Còn kinh phí chưa giải ngân, không có báo cáo tiến độ gần đây',
    en: 'Undisbursed support and no recent progress report',
  },
};
