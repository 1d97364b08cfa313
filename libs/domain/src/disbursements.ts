import type { DisbursementRecord, LifecycleStatus } from './project';

export interface DisbursementPolicy {
  /** Advances together may reach at most this percentage of the approved support (TTLT 26/2014: 70%). */
  advanceCapPercent: number;
}

export const DEFAULT_DISBURSEMENT_POLICY: DisbursementPolicy = { advanceCapPercent: 70 };

/** Integer VND cap: floor(approved × percent / 100), computed without floating point. */
export function advanceCapVnd(approvedSupportVnd: number, policy: DisbursementPolicy): number {
  return Number((BigInt(approvedSupportVnd) * BigInt(policy.advanceCapPercent)) / 100n);
}

/** Returns a bilingual explanation when the disbursement breaks a rule, or null when it may be recorded. */
export function checkDisbursement(
  status: LifecycleStatus,
  disbursement: DisbursementRecord,
  policy: DisbursementPolicy,
): string | null {
  const approved = status.approvedSupportVnd ?? 0;
  const total = status.advancesVnd + status.finalPaymentsVnd;
  if (disbursement.kind === 'ADVANCE') {
    const cap = advanceCapVnd(approved, policy);
    if (status.advancesVnd + disbursement.amountVnd > cap) {
      return (
        `Tổng tạm ứng sẽ là ${status.advancesVnd + disbursement.amountVnd} VND, vượt ${policy.advanceCapPercent}% kinh phí được duyệt (${cap} VND); còn được tạm ứng ${cap - status.advancesVnd} VND / ` +
        `advances would total ${status.advancesVnd + disbursement.amountVnd} VND, above ${policy.advanceCapPercent}% of the approved support (${cap} VND); at most ${cap - status.advancesVnd} VND more may be advanced`
      );
    }
  }
  const ceiling = disbursement.kind === 'FINAL' ? (status.acceptedAmountVnd ?? approved) : approved;
  if (total + disbursement.amountVnd > ceiling) {
    return (
      `Tổng giải ngân sẽ là ${total + disbursement.amountVnd} VND, vượt mức ${ceiling} VND; còn lại ${ceiling - total} VND / ` +
      `disbursements would total ${total + disbursement.amountVnd} VND, above the ${ceiling} VND limit; ${ceiling - total} VND remain`
    );
  }
  return null;
}

/** Settlement needs the disbursements to add up exactly to the accepted amount. */
export function checkSettlement(status: LifecycleStatus): string | null {
  const total = status.advancesVnd + status.finalPaymentsVnd;
  const accepted = status.acceptedAmountVnd ?? 0;
  if (total !== accepted) {
    return (
      `Chưa thể quyết toán: đã giải ngân ${total} VND, giá trị nghiệm thu ${accepted} VND (chênh ${accepted - total} VND) / ` +
      `cannot settle: ${total} VND disbursed against an accepted amount of ${accepted} VND (difference ${accepted - total} VND)`
    );
  }
  return null;
}
