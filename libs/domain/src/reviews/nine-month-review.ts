import { dayNumber, localDayOf } from '../calendar';

export const DEFAULT_DISBURSEMENT_THRESHOLD_PCT = 60;
export const DEFAULT_PROGRESS_THRESHOLD_PCT = 50;

export interface ReviewFacts {
  approvedSupportVnd: number;
  disbursedVnd: number;
  /** From the latest progress report; null when none was submitted. */
  physicalProgressPct: number | null;
  plannedStart: string;
  plannedEnd: string;
}

export interface ReviewAssessment {
  disbursedPct: number;
  plannedProgressPct: number;
  reasons: Array<'LOW_DISBURSEMENT' | 'LOW_PROGRESS'>;
}

/**
 * DOMAIN.md §7 and §10.3: disbursement under 60% of the approved support at 30/9, or physical progress
 * under 50% of what the plan expects by then (the elapsed share of the planned period). Percentages to
 * one decimal, from integer arithmetic.
 */
export function assessForReview(
  facts: ReviewFacts,
  asOf: string,
  disbursementThresholdPct = DEFAULT_DISBURSEMENT_THRESHOLD_PCT,
  progressThresholdPct = DEFAULT_PROGRESS_THRESHOLD_PCT,
): ReviewAssessment {
  const disbursedPerMille =
    facts.approvedSupportVnd > 0 ? Number((BigInt(facts.disbursedVnd) * 1000n) / BigInt(facts.approvedSupportVnd)) : 0;
  const start = dayNumber(facts.plannedStart);
  const end = dayNumber(facts.plannedEnd);
  const today = dayNumber(localDayOf(asOf));
  const elapsed = end <= start ? 1 : Math.min(1, Math.max(0, (today - start) / (end - start)));
  const plannedProgressPct = Math.round(elapsed * 1000) / 10;
  const reasons: ReviewAssessment['reasons'] = [];
  if (disbursedPerMille < disbursementThresholdPct * 10) reasons.push('LOW_DISBURSEMENT');
  if ((facts.physicalProgressPct ?? 0) * 100 < plannedProgressPct * progressThresholdPct) reasons.push('LOW_PROGRESS');
  return { disbursedPct: disbursedPerMille / 10, plannedProgressPct, reasons };
}
