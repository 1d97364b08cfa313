/**
 * The order in which a plan line's candidates are considered for the allocation (thứ tự xét giao kế hoạch,
 * DOMAIN.md §4.1, NĐ 45 Art. 6): pilot projects first, then projects in a priority area, then — were it recorded —
 * a priority sector, then the earliest submitted. No fact records a priority sector yet (only `priorityArea` and
 * `pilot` exist on a project), so the sector step is left out until one does. Pure: the caller reads the
 * candidates and what the line already holds.
 */
import type { ProjectState } from '../lifecycle';
import { remainingOn } from './allocation';

/**
 * The states of a project that is submitted and still live but not yet approved: it may still be given money on
 * its line. A returned project (RETURNED) was submitted and comes back with its documents, so it keeps its place.
 */
export const RANKING_CANDIDATE_STATES = [
  'SUBMITTED',
  'RETURNED',
  'BASE_APPRAISAL',
  'REGISTERED',
  'MINISTRY_APPRAISAL',
] as const satisfies readonly ProjectState[];

/** Why a candidate stands where it does, in ranking order of the criteria. */
export const RANKING_REASONS = ['PILOT', 'PRIORITY_AREA', 'SUBMISSION_ORDER'] as const;
export type RankingReason = (typeof RANKING_REASONS)[number];

export const RANKING_REASON_LABELS: Record<RankingReason, { vi: string; en: string }> = {
  PILOT: { vi: 'Đề án điểm', en: 'Pilot project' },
  PRIORITY_AREA: { vi: 'Địa bàn ưu tiên', en: 'Priority area' },
  SUBMISSION_ORDER: { vi: 'Thứ tự nộp hồ sơ', en: 'Order of submission' },
};

export interface RankingCandidate {
  id: string;
  code: string;
  pilot: boolean;
  priorityArea: boolean;
  /** Whole VND: what an approval would hold on the line if approved as asked. */
  requestedSupportVnd: number;
  /** ISO date-time of its first submission. */
  submittedAt: string;
}

export type RankedCandidate<C extends RankingCandidate = RankingCandidate> = C & {
  /** 1, 2, 3…: distinct, so the line is considered in one order. */
  rank: number;
  reasons: Array<{ code: RankingReason; vi: string; en: string }>;
  /** Requested support of this candidate and of every one ranked above it. */
  cumulativeRequestedVnd: number;
  /** Whether it still fits what remains on the line if every candidate ranked above is approved as asked. */
  fitsRemaining: boolean;
};

export interface LineRanking<C extends RankingCandidate = RankingCandidate> {
  /** Assigned − committed: what approvals may still take. */
  remainingVnd: number;
  candidates: Array<RankedCandidate<C>>;
}

/** Negative when `a` is considered before `b`: pilot, priority area, earliest submitted, then the project code. */
export function compareCandidates(a: RankingCandidate, b: RankingCandidate): number {
  if (a.pilot !== b.pilot) return a.pilot ? -1 : 1;
  if (a.priorityArea !== b.priorityArea) return a.priorityArea ? -1 : 1;
  const at = Date.parse(a.submittedAt) - Date.parse(b.submittedAt);
  if (at !== 0) return at;
  // Submitted at the same instant: the code (allocated in order of creation), then the id, so the order is stable.
  return a.code < b.code ? -1 : a.code > b.code ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function rankingReasons(c: Pick<RankingCandidate, 'pilot' | 'priorityArea'>): RankedCandidate['reasons'] {
  const codes: RankingReason[] = [];
  if (c.pilot) codes.push('PILOT');
  if (c.priorityArea) codes.push('PRIORITY_AREA');
  if (codes.length === 0) codes.push('SUBMISSION_ORDER');
  return codes.map((code) => ({ code, ...RANKING_REASON_LABELS[code] }));
}

/**
 * Ranks a line's candidates and says, for each, whether it fits what remains on the line once every candidate
 * ranked above it is approved as asked (cumulative requested ≤ assigned − committed, in whole VND).
 */
export function rankLineCandidates<C extends RankingCandidate>(
  line: { assignedVnd: number; committedVnd: number },
  candidates: readonly C[],
): LineRanking<C> {
  const remainingVnd = remainingOn(line);
  let cumulative = 0;
  const ranked = [...candidates].sort(compareCandidates).map((c, i) => {
    cumulative += c.requestedSupportVnd;
    return {
      ...c,
      rank: i + 1,
      reasons: rankingReasons(c),
      cumulativeRequestedVnd: cumulative,
      fitsRemaining: cumulative <= remainingVnd,
    };
  });
  return { remainingVnd, candidates: ranked };
}
