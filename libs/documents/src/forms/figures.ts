import type { DisbursementLine, ProjectRecord } from '../project-record';

export function disbursementsTotal(lines: readonly DisbursementLine[]): number {
  return lines.reduce((sum, d) => sum + d.amountVnd, 0);
}

/** Advances and payments recorded, apart: the minutes show each. */
export function paidByKind(record: ProjectRecord): { advances: number; payments: number; total: number } {
  const advances = disbursementsTotal(record.disbursements.filter((d) => d.kind === 'ADVANCE'));
  const payments = disbursementsTotal(record.disbursements.filter((d) => d.kind === 'FINAL'));
  return { advances, payments, total: advances + payments };
}
