/**
 * Management overheads (TTLT 26/2014, DOMAIN.md §4.2): the managing body's programme management may take at most
 * 1.5% of the year's allocation, i.e. the content area "Quản lý, tổ chức thực hiện chương trình khuyến công" of a plan
 * at most 1.5% of the plan's assigned estimate; the implementing unit's own management overhead at most 2.5% of the
 * project's estimate (its total cost).
 */
import type { BilingualText } from '../project-rules';
import { vndEn, vndVi } from '../money';

export const PROGRAMME_MANAGEMENT_CATEGORY = 'PROGRAMME_MANAGEMENT';

/** 1.5% as an integer fraction, so the limit is computed without floating point. */
export const PROGRAMME_MANAGEMENT_SHARE = { numerator: 15, denominator: 1000 } as const;

const CITATION: BilingualText = {
  vi: 'Thông tư liên tịch số 26/2014/TTLT-BTC-BCT, Điều 4: chi quản lý chương trình không quá 1,5% kinh phí được giao',
  en: 'Joint Circular 26/2014/TTLT-BTC-BCT, Art. 4: programme management at most 1.5% of the allocation',
};

/** The most the programme-management lines may hold for a plan assigned this much in all: floor(1.5%). */
export function programmeManagementLimitVnd(totalAssignedVnd: number): number {
  return Number(
    (BigInt(totalAssignedVnd) * BigInt(PROGRAMME_MANAGEMENT_SHARE.numerator)) /
      BigInt(PROGRAMME_MANAGEMENT_SHARE.denominator),
  );
}

/**
 * A bilingual refusal when a plan's programme-management lines together hold more than 1.5% of everything it
 * assigns; null when within (or when it has none).
 */
export function programmeManagementProblem(
  lines: ReadonlyArray<{ category: string; assignedVnd: number }>,
): string | null {
  const total = lines.reduce((sum, l) => sum + l.assignedVnd, 0);
  const management = lines
    .filter((l) => l.category === PROGRAMME_MANAGEMENT_CATEGORY)
    .reduce((sum, l) => sum + l.assignedVnd, 0);
  const limit = programmeManagementLimitVnd(total);
  if (management <= limit) return null;
  return (
    `Dòng quản lý chương trình ${vndVi(management)} vượt 1,5% tổng dự toán ${vndVi(total)} (tối đa ${vndVi(limit)}) — ${CITATION.vi} / ` +
    `the programme-management lines hold ${vndEn(management)}, above 1.5% of the ${vndEn(total)} assigned (at most ${vndEn(limit)}) — ${CITATION.en}`
  );
}

/** 2.5% as an integer fraction: the implementing unit's management overhead within its project's estimate. */
export const UNIT_OVERHEAD_SHARE = { numerator: 25, denominator: 1000 } as const;

const UNIT_CITATION: BilingualText = {
  vi: 'Thông tư liên tịch số 26/2014/TTLT-BTC-BCT: chi quản lý của đơn vị thực hiện đề án không quá 2,5% dự toán đề án',
  en: 'Joint Circular 26/2014/TTLT-BTC-BCT: the implementing unit’s management at most 2.5% of the project estimate',
};

/** The most the unit's management overhead may be for a project of this total cost: floor(2.5%). */
export function unitOverheadLimitVnd(totalCostVnd: number): number {
  return Number(
    (BigInt(totalCostVnd) * BigInt(UNIT_OVERHEAD_SHARE.numerator)) / BigInt(UNIT_OVERHEAD_SHARE.denominator),
  );
}

/** A bilingual refusal when the unit's management overhead exceeds 2.5% of the project's total cost; null within. */
export function unitOverheadProblem(unitOverheadVnd: number | undefined, totalCostVnd: number): string | null {
  if (unitOverheadVnd === undefined) return null;
  const limit = unitOverheadLimitVnd(totalCostVnd);
  if (unitOverheadVnd <= limit) return null;
  return (
    `Chi phí quản lý của đơn vị thực hiện ${vndVi(unitOverheadVnd)} vượt 2,5% tổng kinh phí đề án ${vndVi(totalCostVnd)} (tối đa ${vndVi(limit)}) — ${UNIT_CITATION.vi} / ` +
    `the unit's management overhead of ${vndEn(unitOverheadVnd)} is above 2.5% of the ${vndEn(totalCostVnd)} project cost (at most ${vndEn(limit)}) — ${UNIT_CITATION.en}`
  );
}
