import type { ReviewRow } from '../../../api/admin-types';

export interface ProvinceFigures {
  provinceCode: string;
  flagged: number;
  lowDisbursement: number;
  lowProgress: number;
  approvedVnd: number;
  disbursedVnd: number;
}

/** The review's flagged projects summed per province, most flagged first, then by code. */
export function figuresByProvince(rows: ReviewRow[]): ProvinceFigures[] {
  const byProvince = new Map<string, ProvinceFigures>();
  for (const row of rows) {
    const figures = byProvince.get(row.provinceCode) ?? {
      provinceCode: row.provinceCode,
      flagged: 0,
      lowDisbursement: 0,
      lowProgress: 0,
      approvedVnd: 0,
      disbursedVnd: 0,
    };
    figures.flagged += 1;
    if (row.reasons.includes('LOW_DISBURSEMENT')) figures.lowDisbursement += 1;
    if (row.reasons.includes('LOW_PROGRESS')) figures.lowProgress += 1;
    figures.approvedVnd += row.approvedSupportVnd;
    figures.disbursedVnd += row.disbursedVnd;
    byProvince.set(row.provinceCode, figures);
  }
  return [...byProvince.values()].sort((a, b) => b.flagged - a.flagged || a.provinceCode.localeCompare(b.provinceCode));
}
