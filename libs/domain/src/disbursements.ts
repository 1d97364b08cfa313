import type { DisbursementRecord, LifecycleStatus, ProjectFacts } from './project';
import { vndEn, vndVi } from './money';
import { BUSINESS_REGISTRATION_NO, describeAdvanceCondition } from './money-rules/advance-rules';

export interface DisbursementPolicy {
  /** Advances together may reach at most this percentage of the approved support (TTLT 26/2014: 70%). */
  advanceCapPercent: number;
}

export const DEFAULT_DISBURSEMENT_POLICY: DisbursementPolicy = { advanceCapPercent: 70 };

/**
 * The advance cap a project is held to: its content area's rule when it was created with the rule tables, otherwise
 * the workflow's single policy (projects created before them).
 */
export function disbursementPolicyOf(
  facts: Pick<ProjectFacts, 'moneyRules'>,
  fallback: DisbursementPolicy,
): DisbursementPolicy {
  return facts.moneyRules ? { advanceCapPercent: facts.moneyRules.advance.percent } : fallback;
}

/**
 * A bilingual refusal when the project's advance rule asks for a certified progress report that is missing or shows
 * too little done, or pays nothing before base acceptance; null when an advance may be paid (or the project has no
 * such rule).
 */
export function advanceConditionUnmet(
  facts: Pick<ProjectFacts, 'moneyRules'>,
  status: Pick<LifecycleStatus, 'certifiedProgress' | 'acceptance'>,
): string | null {
  const rule = facts.moneyRules?.advance;
  if (!rule || rule.condition.kind === 'CONTRACT') return null;
  if (rule.condition.kind === 'BASE_ACCEPTANCE') {
    if (status.acceptance) return null;
    return (
      `Không tạm ứng trước: hỗ trợ thành lập doanh nghiệp được cấp ${rule.percent}% sau khi nghiệm thu cơ sở, kèm Giấy chứng nhận đăng ký doanh nghiệp (${rule.citation.vi}); sau nghiệm thu, ghi khoản chi là thanh toán (FINAL) với mã số doanh nghiệp / ` +
      `no advance: support for forming an enterprise is paid ${rule.percent}% after base acceptance, with the business registration (${rule.citation.en}); after acceptance, record it as a FINAL payment with the enterprise code`
    );
  }
  const done = status.certifiedProgress?.percentDone;
  if (done !== undefined && done > rule.condition.morePercentThan) return null;
  const condition = describeAdvanceCondition(rule.condition);
  const now =
    done === undefined
      ? { vi: 'chưa có báo cáo tiến độ nào được xác nhận', en: 'no progress report has been certified' }
      : { vi: `báo cáo được xác nhận gần nhất ghi ${done}%`, en: `the last certified report shows ${done}%` };
  return (
    `Chưa được tạm ứng: chỉ tạm ứng ${rule.percent}% ${condition.vi} (${rule.citation.vi}); ${now.vi} / ` +
    `no advance yet: ${rule.percent}% may be advanced ${condition.en} (${rule.citation.en}); ${now.en}`
  );
}

/** True when the project is support for forming an enterprise: paid after base acceptance, with its registration. */
export function paidOnRegistration(facts: Pick<ProjectFacts, 'moneyRules'>): boolean {
  return facts.moneyRules?.advance.condition.kind === 'BASE_ACCEPTANCE';
}

/** The payment of support for forming an enterprise names the enterprise's registration number; null when it does. */
export function registrationProblem(
  facts: Pick<ProjectFacts, 'moneyRules'>,
  command: { kind?: string; businessRegistrationNo?: string },
): string | null {
  if (command.kind !== 'FINAL' || !paidOnRegistration(facts)) return null;
  if (BUSINESS_REGISTRATION_NO.test(command.businessRegistrationNo?.trim() ?? '')) return null;
  return (
    'businessRegistrationNo: cần mã số doanh nghiệp trên Giấy chứng nhận đăng ký doanh nghiệp (10 chữ số, chi nhánh thêm -xxx) để thanh toán hỗ trợ thành lập doanh nghiệp / ' +
    'businessRegistrationNo: the enterprise code on its business registration certificate (10 digits, a branch adds -xxx) is required to pay support for forming an enterprise'
  );
}

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
  const total = paidOut(status);
  if (disbursement.kind === 'ADVANCE') {
    const cap = advanceCapVnd(approved, policy);
    if (status.advancesVnd + disbursement.amountVnd > cap) {
      return (
        `Tổng tạm ứng sẽ là ${vndVi(status.advancesVnd + disbursement.amountVnd)}, vượt ${policy.advanceCapPercent}% kinh phí được duyệt (${vndVi(cap)}); còn được tạm ứng ${vndVi(cap - status.advancesVnd)} / ` +
        `advances would total ${vndEn(status.advancesVnd + disbursement.amountVnd)}, above ${policy.advanceCapPercent}% of the approved support (${vndEn(cap)}); at most ${vndEn(cap - status.advancesVnd)} more may be advanced`
      );
    }
  }
  const ceiling = disbursement.kind === 'FINAL' ? (status.acceptedAmountVnd ?? approved) : approved;
  if (total + disbursement.amountVnd > ceiling) {
    return (
      `Tổng giải ngân sẽ là ${vndVi(total + disbursement.amountVnd)}, vượt mức ${vndVi(ceiling)}; còn lại ${vndVi(ceiling - total)} / ` +
      `disbursements would total ${vndEn(total + disbursement.amountVnd)}, above the ${vndEn(ceiling)} limit; ${vndEn(ceiling - total)} remain`
    );
  }
  return null;
}

/**
 * What the project holds of the budget: advances and final payments less refunds (an unused advance refunded after
 * an acceptance by the work done; a stopped project's refund closes it, so nothing is paid after it).
 */
export function paidOut(status: Pick<LifecycleStatus, 'advancesVnd' | 'finalPaymentsVnd' | 'refundedVnd'>): number {
  return status.advancesVnd + status.finalPaymentsVnd - (status.refundedVnd ?? 0);
}

/** Settlement needs the disbursements to add up exactly to the accepted amount. */
export function checkSettlement(status: LifecycleStatus): string | null {
  const total = paidOut(status);
  const accepted = status.acceptedAmountVnd ?? 0;
  if (total !== accepted) {
    return (
      `Chưa thể quyết toán: đã giải ngân ${vndVi(total)}, giá trị nghiệm thu ${vndVi(accepted)} (chênh ${vndVi(accepted - total)}) / ` +
      `cannot settle: ${vndEn(total)} disbursed against an accepted amount of ${vndEn(accepted)} (difference ${vndEn(accepted - total)})`
    );
  }
  return null;
}

/** How much may still be paid out, so a form can show the cap before anything is typed. Integer VND. */
export interface DisbursementRoom {
  advanceCapPercent: number;
  /** Advances together may reach this (the percentage of the approved support). */
  advanceCapVnd: number;
  /** What one more advance may be: under the advance cap and under the approved support. */
  advanceRoomVnd: number;
  /** What one more final payment may be: up to the accepted amount (or the approved support before acceptance). */
  finalRoomVnd: number;
}

export function disbursementRoom(
  status: Pick<
    LifecycleStatus,
    'approvedSupportVnd' | 'acceptedAmountVnd' | 'advancesVnd' | 'finalPaymentsVnd' | 'refundedVnd'
  >,
  policy: DisbursementPolicy,
): DisbursementRoom {
  const approved = status.approvedSupportVnd ?? 0;
  const total = paidOut(status);
  const cap = advanceCapVnd(approved, policy);
  const ceiling = status.acceptedAmountVnd ?? approved;
  return {
    advanceCapPercent: policy.advanceCapPercent,
    advanceCapVnd: cap,
    advanceRoomVnd: Math.max(0, Math.min(cap - status.advancesVnd, approved - total)),
    finalRoomVnd: Math.max(0, ceiling - total),
  };
}
