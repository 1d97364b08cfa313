/**
 * Management overheads (TTLT 26/2014, DOMAIN.md §4.2): the managing body's programme management may take at most
 * 1.5% of the year's allocation, i.e. the content area "Quản lý, tổ chức thực hiện chương trình khuyến công" of a plan
 * at most 1.5% of the plan's assigned estimate. (The implementing unit's 2.5% of a project estimate needs the
 * estimate's lines, which projects do not carry yet.)
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
