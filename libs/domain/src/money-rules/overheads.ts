/**
 * Management overheads (TTLT 26/2014, DOMAIN.md §4.2): the managing body's programme management may take at most
 * 1.5% of the year's allocation, i.e. the content area "Quản lý, tổ chức thực hiện chương trình khuyến công" of a plan
 * at most 1.5% of the plan's assigned estimate; the implementing unit's own management overhead at most 2.5% of the
 * project's estimate (its total cost).
 */
import { vndEn, vndVi } from '../money';
import { RuleShare, shareOfVnd, sharePercent } from './rule-shares';

export const PROGRAMME_MANAGEMENT_CATEGORY = 'PROGRAMME_MANAGEMENT';

/** 1.5%, TTLT 26/2014 Art. 4. A later instrument the administrator enters may set another share. */
export const PROGRAMME_MANAGEMENT_SHARE: RuleShare = {
  numerator: 15,
  denominator: 1000,
  citation: {
    vi: 'Thông tư liên tịch số 26/2014/TTLT-BTC-BCT, Điều 4',
    en: 'Joint Circular 26/2014/TTLT-BTC-BCT, Art. 4',
  },
};

/** The most the programme-management lines may hold for a plan assigned this much in all: floor(share). */
export function programmeManagementLimitVnd(totalAssignedVnd: number, share: RuleShare = PROGRAMME_MANAGEMENT_SHARE) {
  return shareOfVnd(totalAssignedVnd, share);
}

/**
 * A bilingual refusal when a plan's programme-management lines together hold more than their share (1.5%) of
 * everything it assigns; null when within (or when it has none).
 */
export function programmeManagementProblem(
  lines: ReadonlyArray<{ category: string; assignedVnd: number }>,
  share: RuleShare = PROGRAMME_MANAGEMENT_SHARE,
): string | null {
  const total = lines.reduce((sum, l) => sum + l.assignedVnd, 0);
  const management = lines
    .filter((l) => l.category === PROGRAMME_MANAGEMENT_CATEGORY)
    .reduce((sum, l) => sum + l.assignedVnd, 0);
  const limit = programmeManagementLimitVnd(total, share);
  if (management <= limit) return null;
  const pct = sharePercent(share);
  return (
    `Dòng quản lý chương trình ${vndVi(management)} vượt ${pct.vi} tổng dự toán ${vndVi(total)} (tối đa ${vndVi(limit)}) — ${share.citation.vi}: chi quản lý chương trình không quá ${pct.vi} kinh phí được giao / ` +
    `the programme-management lines hold ${vndEn(management)}, above ${pct.en} of the ${vndEn(total)} assigned (at most ${vndEn(limit)}) — ${share.citation.en}: programme management at most ${pct.en} of the allocation`
  );
}

/** 2.5%: the implementing unit's management overhead within its project's estimate (TTLT 26/2014). */
export const UNIT_OVERHEAD_SHARE: RuleShare = {
  numerator: 25,
  denominator: 1000,
  citation: { vi: 'Thông tư liên tịch số 26/2014/TTLT-BTC-BCT', en: 'Joint Circular 26/2014/TTLT-BTC-BCT' },
};

/** The most the unit's management overhead may be for a project of this total cost: floor(share). */
export function unitOverheadLimitVnd(totalCostVnd: number, share: RuleShare = UNIT_OVERHEAD_SHARE): number {
  return shareOfVnd(totalCostVnd, share);
}

/**
 * A bilingual refusal when the unit's management overhead exceeds its share (2.5%, or the one the project was
 * created under) of the project's total cost; null within.
 */
export function unitOverheadProblem(
  unitOverheadVnd: number | undefined,
  totalCostVnd: number,
  share: RuleShare = UNIT_OVERHEAD_SHARE,
): string | null {
  if (unitOverheadVnd === undefined) return null;
  const limit = unitOverheadLimitVnd(totalCostVnd, share);
  if (unitOverheadVnd <= limit) return null;
  const pct = sharePercent(share);
  return (
    `Chi phí quản lý của đơn vị thực hiện ${vndVi(unitOverheadVnd)} vượt ${pct.vi} tổng kinh phí đề án ${vndVi(totalCostVnd)} (tối đa ${vndVi(limit)}) — ${share.citation.vi}: chi quản lý của đơn vị thực hiện đề án không quá ${pct.vi} dự toán đề án / ` +
    `the unit's management overhead of ${vndEn(unitOverheadVnd)} is above ${pct.en} of the ${vndEn(totalCostVnd)} project cost (at most ${vndEn(limit)}) — ${share.citation.en}: the implementing unit’s management at most ${pct.en} of the project estimate`
  );
}
