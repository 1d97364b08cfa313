/**
 * Group projects (đề án nhóm, DOMAIN.md §3): one project for several establishments of the same kind. Their names
 * and sites need not be known when the plan is approved; the unit then names them, each with its share of the
 * support, in an implementation plan (kế hoạch triển khai, Mẫu 11) that the provincial Department approves before
 * the contract (TT 36 Arts. 21.2a, 23.3). Acceptance and disbursement are then kept per establishment.
 */
import { vndEn, vndVi } from '../money';
import type { ForceMajeure } from '../project';

/** One establishment as the implementation plan names it. */
export interface PlannedBeneficiary {
  name: string;
  site: string;
  supportVnd: number;
}

/** One establishment of the plan with what has been accepted and paid for it (integer VND). */
export interface GroupBeneficiary extends PlannedBeneficiary {
  /** Its number in the plan: NT1, NT2… (kept when the plan is submitted again). */
  id: string;
  acceptedVnd: number | null;
  minutesNo: string | null;
  minutesDate: string | null;
  advancesVnd: number;
  finalPaymentsVnd: number;
  /**
   * Accepted by the work done after force majeure (TT 36 Art. 18.4), with the body that certified it; absent when
   * accepted on ordinary minutes or not yet accepted (and in plans recorded before group force majeure).
   */
  workDone?: ForceMajeure;
  /** Its unused advance refunded after an acceptance by the work done (TT 36 Art. 12.6); absent: none. */
  refundedVnd?: number;
}

/** The implementation plan (Mẫu 11) as submitted, and the Department's decision approving it once taken. */
export interface GroupPlan {
  beneficiaries: GroupBeneficiary[];
  approval: { decisionNo: string; decisionDate: string } | null;
}

export const MIN_GROUP_BENEFICIARIES = 2;
export const MAX_GROUP_BENEFICIARIES = 50;
const MAX_NAME = 300;

const isPositiveVnd = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= max;

/**
 * What is wrong with the establishments an implementation plan names, bilingual; null when the plan may be submitted.
 * Their shares together may not exceed the support approved for the project.
 */
export function implPlanProblem(beneficiaries: unknown, approvedSupportVnd: number): string | null {
  if (
    !Array.isArray(beneficiaries) ||
    beneficiaries.length < MIN_GROUP_BENEFICIARIES ||
    beneficiaries.length > MAX_GROUP_BENEFICIARIES
  ) {
    return (
      `Kế hoạch triển khai (Mẫu 11) cần danh sách từ ${MIN_GROUP_BENEFICIARIES} đến ${MAX_GROUP_BENEFICIARIES} cơ sở thụ hưởng (beneficiaries) / ` +
      `the implementation plan needs ${MIN_GROUP_BENEFICIARIES} to ${MAX_GROUP_BENEFICIARIES} beneficiaries`
    );
  }
  const names = new Set<string>();
  for (const [index, b] of beneficiaries.entries()) {
    const row = `Cơ sở thứ ${index + 1} / beneficiary ${index + 1}`;
    if (typeof b !== 'object' || b === null) return `${row}: thiếu thông tin / missing`;
    const { name, site, supportVnd } = b as Partial<PlannedBeneficiary>;
    if (!isText(name, MAX_NAME)) return `${row}: cần tên cơ sở (name) / needs a name`;
    if (!isText(site, MAX_NAME)) return `${row}: cần địa điểm thực hiện (site) / needs a site`;
    if (!isPositiveVnd(supportVnd)) {
      return `${row}: kinh phí hỗ trợ (supportVnd) phải là số nguyên VND dương / supportVnd must be a positive whole number of VND`;
    }
    const key = name.trim().toLocaleLowerCase('vi');
    if (names.has(key)) return `${row}: "${name.trim()}" đã có trong danh sách / is listed twice`;
    names.add(key);
  }
  const total = (beneficiaries as PlannedBeneficiary[]).reduce((sum, b) => sum + b.supportVnd, 0);
  if (total > approvedSupportVnd) {
    return (
      `Tổng kinh phí hỗ trợ các cơ sở ${vndVi(total)} vượt kinh phí được duyệt của đề án ${vndVi(approvedSupportVnd)} / ` +
      `the beneficiaries' support totals ${vndEn(total)}, above the project's approved ${vndEn(approvedSupportVnd)}`
    );
  }
  return null;
}

/** The plan's rows as an event records them: numbered NT1, NT2… with nothing accepted or paid yet. */
export function numberedBeneficiaries(planned: readonly PlannedBeneficiary[]): GroupBeneficiary[] {
  return planned.map((b, index) => ({
    id: `NT${index + 1}`,
    name: b.name.trim(),
    site: b.site.trim(),
    supportVnd: b.supportVnd,
    acceptedVnd: null,
    minutesNo: null,
    minutesDate: null,
    advancesVnd: 0,
    finalPaymentsVnd: 0,
  }));
}

/** The establishments an event's details carry (kept as JSON text: event details are flat). */
export function beneficiariesOfDetails(text: string | number | undefined): GroupBeneficiary[] {
  if (typeof text !== 'string') return [];
  const parsed = JSON.parse(text) as PlannedBeneficiary[];
  return numberedBeneficiaries(parsed);
}

export function findBeneficiary(plan: GroupPlan | null | undefined, id: unknown): GroupBeneficiary | undefined {
  return plan?.beneficiaries.find((b) => b.id === id);
}

function unknownBeneficiary(plan: GroupPlan | null | undefined, id: unknown): string {
  const ids = plan?.beneficiaries.map((b) => b.id).join(', ') || 'không có / none';
  return `Không có cơ sở thụ hưởng "${String(id ?? '')}" trong kế hoạch triển khai; các cơ sở: ${ids} / unknown beneficiaryId; the plan has: ${ids}`;
}

/** accept_beneficiary: the establishment exists, is not yet accepted, and the amount fits its share and its advances. */
export function beneficiaryAcceptanceProblem(
  plan: GroupPlan | null | undefined,
  beneficiaryId: unknown,
  acceptedAmountVnd: unknown,
): string | null {
  const b = findBeneficiary(plan, beneficiaryId);
  if (!b) return unknownBeneficiary(plan, beneficiaryId);
  if (b.acceptedVnd !== null) {
    return `${b.name} đã được nghiệm thu (biên bản ${b.minutesNo}) / ${b.name} has already been accepted`;
  }
  const accepted = acceptedAmountVnd ?? b.supportVnd;
  if (!isPositiveVnd(accepted) || accepted > b.supportVnd) {
    return (
      `Giá trị nghiệm thu của ${b.name} phải là số nguyên dương không vượt kinh phí hỗ trợ của cơ sở ${vndVi(b.supportVnd)} / ` +
      `the accepted amount for ${b.name} must be a positive integer not above its ${vndEn(b.supportVnd)} share`
    );
  }
  if (accepted < b.advancesVnd) {
    return (
      `Giá trị nghiệm thu ${vndVi(accepted)} thấp hơn số đã tạm ứng cho ${b.name} ${vndVi(b.advancesVnd)} / ` +
      `the accepted amount is below the ${vndEn(b.advancesVnd)} already advanced to ${b.name}`
    );
  }
  return null;
}

/** accept (the whole group project): every establishment accepted; the amount, if given, is their sum. */
export function groupAcceptanceProblem(plan: GroupPlan | null | undefined, acceptedAmountVnd: unknown): string | null {
  const pending = (plan?.beneficiaries ?? []).filter((b) => b.acceptedVnd === null);
  if (pending.length > 0) {
    const names = pending.map((b) => `${b.id} ${b.name}`).join(', ');
    return `Chưa nghiệm thu xong đề án nhóm: còn ${pending.length} cơ sở chưa nghiệm thu (${names}) / ${pending.length} beneficiaries are not yet accepted: ${names}`;
  }
  const sum = groupAcceptedVnd(plan);
  if (acceptedAmountVnd !== undefined && acceptedAmountVnd !== sum) {
    return `Giá trị nghiệm thu của đề án nhóm là tổng nghiệm thu các cơ sở ${vndVi(sum)} / a group project's accepted amount is the sum of its beneficiaries' ${vndEn(sum)}`;
  }
  return null;
}

export function groupAcceptedVnd(plan: GroupPlan | null | undefined): number {
  return (plan?.beneficiaries ?? []).reduce((sum, b) => sum + (b.acceptedVnd ?? 0), 0);
}

/** What an establishment holds of the budget: its advances and final payments less what it refunded. */
export function beneficiaryPaidVnd(b: GroupBeneficiary): number {
  return b.advancesVnd + b.finalPaymentsVnd - (b.refundedVnd ?? 0);
}

/**
 * The advance an establishment accepted by the work done must refund (TT 36 Art. 12.6): what it was advanced above
 * the accepted work, less what it refunded already. Zero for an establishment accepted on ordinary minutes (its
 * acceptance may not fall below its advances) or not accepted yet.
 */
export function beneficiaryRefundDueVnd(b: GroupBeneficiary): number {
  if (!b.workDone || b.acceptedVnd === null) return 0;
  return Math.max(0, b.advancesVnd - b.acceptedVnd - (b.refundedVnd ?? 0));
}

/** The refunds still due across the group's establishments (integer VND). */
export function groupRefundDueVnd(plan: GroupPlan | null | undefined): number {
  return (plan?.beneficiaries ?? []).reduce((sum, b) => sum + beneficiaryRefundDueVnd(b), 0);
}

/** Whether any establishment was accepted by the work done: the group then settles by that work (PARTIAL_SETTLED). */
export function groupHasWorkDone(plan: GroupPlan | null | undefined): boolean {
  return (plan?.beneficiaries ?? []).some((b) => b.workDone !== undefined);
}

/**
 * A group action that names an establishment (accept_work_done, refund_advance): what is wrong with beneficiaryId
 * (missing or not in the plan), listing the plan's establishments; null when it names one of them.
 */
export function beneficiaryIdProblem(plan: GroupPlan | null | undefined, beneficiaryId: unknown): string | null {
  if (findBeneficiary(plan, beneficiaryId)) return null;
  const ids = plan?.beneficiaries.map((b) => `${b.id} ${b.name}`).join(', ') || 'không có / none';
  if (beneficiaryId === undefined || beneficiaryId === null || beneficiaryId === '') {
    return (
      `Đề án nhóm: cần chọn cơ sở thụ hưởng (beneficiaryId), một trong: ${ids} / ` +
      `a group project names the beneficiary (beneficiaryId), one of: ${ids}`
    );
  }
  return unknownBeneficiary(plan, beneficiaryId);
}

/**
 * accept_work_done of one establishment after force majeure: not accepted yet, and the work accepted at most its
 * share of the support. It may fall below its advances: the difference is then refunded.
 */
export function workDoneAcceptanceProblem(
  plan: GroupPlan | null | undefined,
  beneficiaryId: unknown,
  acceptedAmountVnd: number,
): string | null {
  const b = findBeneficiary(plan, beneficiaryId);
  if (!b) return unknownBeneficiary(plan, beneficiaryId);
  if (b.acceptedVnd !== null) {
    return `${b.id} ${b.name} đã được nghiệm thu (biên bản ${b.minutesNo}) / ${b.id} ${b.name} has already been accepted (minutes ${b.minutesNo})`;
  }
  if (acceptedAmountVnd > b.supportVnd) {
    return (
      `Giá trị khối lượng nghiệm thu của ${b.id} ${b.name} là ${vndVi(acceptedAmountVnd)}, vượt kinh phí hỗ trợ của cơ sở ${vndVi(b.supportVnd)} / ` +
      `the accepted work of ${b.id} ${b.name}, ${vndEn(acceptedAmountVnd)}, may not exceed its ${vndEn(b.supportVnd)} share of the support`
    );
  }
  return null;
}

/** refund_advance of a group project: the establishment named refunds exactly its unused advance. */
export function groupRefundProblem(
  plan: GroupPlan | null | undefined,
  beneficiaryId: unknown,
  amountVnd: number,
): string | null {
  const b = findBeneficiary(plan, beneficiaryId);
  if (!b) return unknownBeneficiary(plan, beneficiaryId);
  const due = beneficiaryRefundDueVnd(b);
  if (due === 0) {
    return (
      `${b.id} ${b.name} không có khoản tạm ứng chưa sử dụng phải hoàn trả (tạm ứng ${vndVi(b.advancesVnd)}, nghiệm thu ${vndVi(b.acceptedVnd ?? 0)}, đã hoàn trả ${vndVi(b.refundedVnd ?? 0)}) / ` +
      `${b.id} ${b.name} owes no refund of an unused advance (advanced ${vndEn(b.advancesVnd)}, accepted ${vndEn(b.acceptedVnd ?? 0)}, refunded ${vndEn(b.refundedVnd ?? 0)})`
    );
  }
  if (amountVnd !== due) {
    return (
      `Số hoàn trả của ${b.id} ${b.name} phải bằng số tạm ứng chưa sử dụng ${vndVi(due)} (tạm ứng ${vndVi(b.advancesVnd)}, nghiệm thu theo khối lượng thực hiện ${vndVi(b.acceptedVnd ?? 0)}) / ` +
      `the refund of ${b.id} ${b.name} must equal its unused advance of ${vndEn(due)} (advanced ${vndEn(b.advancesVnd)}, work done accepted ${vndEn(b.acceptedVnd ?? 0)})`
    );
  }
  return null;
}

/** A disbursement of a group project names its establishment and fits that establishment's share. */
export function groupDisbursementProblem(
  plan: GroupPlan | null | undefined,
  beneficiaryId: unknown,
  kind: 'ADVANCE' | 'FINAL',
  amountVnd: number,
  advanceCapPercent: number,
): string | null {
  if (beneficiaryId === undefined) {
    return 'Đề án nhóm: cần chọn cơ sở thụ hưởng được giải ngân (beneficiaryId) / a group project pays a named beneficiary (beneficiaryId)';
  }
  const b = findBeneficiary(plan, beneficiaryId);
  if (!b) return unknownBeneficiary(plan, beneficiaryId);
  if (kind === 'ADVANCE' && b.workDone) {
    return (
      `${b.id} ${b.name} đã được nghiệm thu theo khối lượng thực hiện (bất khả kháng): không tạm ứng thêm / ` +
      `${b.id} ${b.name} was accepted by the work done (force majeure): no further advance`
    );
  }
  if (kind === 'ADVANCE') {
    const cap = Number((BigInt(b.supportVnd) * BigInt(advanceCapPercent)) / 100n);
    if (b.advancesVnd + amountVnd > cap) {
      return (
        `Tạm ứng cho ${b.name} sẽ là ${vndVi(b.advancesVnd + amountVnd)}, vượt ${advanceCapPercent}% kinh phí hỗ trợ của cơ sở (${vndVi(cap)}); còn được tạm ứng ${vndVi(cap - b.advancesVnd)} / ` +
        `advances to ${b.name} would total ${vndEn(b.advancesVnd + amountVnd)}, above ${advanceCapPercent}% of its share (${vndEn(cap)})`
      );
    }
    return null;
  }
  if (b.acceptedVnd === null) {
    return `${b.name} chưa được nghiệm thu: chưa thể thanh toán cuối / ${b.name} is not accepted yet: no final payment`;
  }
  const due = beneficiaryRefundDueVnd(b);
  if (due > 0) {
    return (
      `${b.id} ${b.name} còn phải hoàn trả tạm ứng chưa sử dụng ${vndVi(due)}: chưa thể thanh toán cuối / ` +
      `${b.id} ${b.name} must first refund its unused advance of ${vndEn(due)}: no final payment`
    );
  }
  const paid = beneficiaryPaidVnd(b);
  if (paid + amountVnd > b.acceptedVnd) {
    return (
      `Tổng giải ngân cho ${b.name} sẽ là ${vndVi(paid + amountVnd)}, vượt giá trị nghiệm thu của cơ sở ${vndVi(b.acceptedVnd)}; còn lại ${vndVi(b.acceptedVnd - paid)} / ` +
      `payments to ${b.name} would total ${vndEn(paid + amountVnd)}, above its accepted ${vndEn(b.acceptedVnd)}`
    );
  }
  return null;
}

/** Settlement of a group project: each establishment paid exactly what was accepted for it. */
export function groupSettlementProblem(plan: GroupPlan | null | undefined): string | null {
  const off = (plan?.beneficiaries ?? []).filter((b) => beneficiaryPaidVnd(b) !== (b.acceptedVnd ?? 0));
  if (off.length === 0) return null;
  const list = off.map((b) => `${b.name}: ${vndVi(beneficiaryPaidVnd(b))} / ${vndVi(b.acceptedVnd ?? 0)}`).join('; ');
  return `Chưa thể quyết toán: giải ngân chưa khớp giá trị nghiệm thu của từng cơ sở (${list}) / cannot settle: payments do not match each beneficiary's accepted amount`;
}

/** The plan with one establishment changed. */
export function withBeneficiary(
  plan: GroupPlan,
  id: string,
  change: (b: GroupBeneficiary) => GroupBeneficiary,
): GroupPlan {
  return { ...plan, beneficiaries: plan.beneficiaries.map((b) => (b.id === id ? change(b) : b)) };
}
