import type { DisbursementKind, ProjectState, Scope } from './lifecycle';
import type { ProjectReach } from './roles';
import type { LocalApprover } from './capabilities/parties';
import type { OpenAdjustment } from './adjustments/adjustment-decisions';
import type { CertifiedProgress, ProjectMoneyRules } from './money-rules/project-money-rules';
import type { GroupPlan } from './group-projects/group-plan';
import type { PilotTerms, PilotYear } from './pilot-projects/pilot-plan';

/** What a project is: fixed when it is created. */
export interface ProjectFacts {
  id: string;
  code: string;
  scope: Scope;
  provinceCode: string;
  category: string;
  title: string;
  implementingUnit: { name: string; email: string };
  beneficiary: string;
  totalCostVnd: number;
  requestedSupportVnd: number;
  /** ISO dates (YYYY-MM-DD), local calendar days. */
  plannedStart: string;
  plannedEnd: string;
  createdByUserId: string;
  /** Local projects: who approves them, fixed at creation from the province's regulation (absent: the Department). */
  localApprover?: LocalApprover;
  /** Where the work is done and who takes part beside the beneficiary, once an adjustment names them. */
  site?: string;
  partner?: string;
  /**
   * A group project (đề án nhóm): its establishments are named in an implementation plan (Mẫu 11) the Department
   * approves before the contract, and the Department decides changes of their site, beneficiary or partner.
   */
  group?: boolean;
  /** The version of the terms in force: 1 as approved, one more for each approved adjustment (absent: 1). */
  termsVersion?: number;
  /** In a priority area (NĐ 45 Art. 6): the national maximum support is 1.5 times the normal one. */
  priorityArea?: boolean;
  /**
   * The cap on its support and the rule of its first advance, resolved from the rule tables when it was created
   * (absent for projects created before them: a single 70% advance cap, as their histories recorded).
   */
  moneyRules?: ProjectMoneyRules;
  /** The implementing unit's management overhead in its estimate (at most 2.5% of the total cost); absent: not given. */
  unitOverheadVnd?: number;
  /** A pilot project (đề án điểm): its linked content areas and its support by year; absent: not one. */
  pilot?: PilotTerms;
}

/** Where a project stands: changed only by lifecycle events. Money is integer VND. */
export interface LifecycleStatus {
  state: ProjectState;
  /** Sequence number of the last event applied; the creation event is 1. */
  seq: number;
  approvedSupportVnd: number | null;
  acceptedAmountVnd: number | null;
  advancesVnd: number;
  finalPaymentsVnd: number;
  contract: { contractNo: string; contractDate: string } | null;
  acceptance: { minutesNo: string; minutesDate: string } | null;
  /** The state a pending request (stop, carry-over) returns to when it is refused; absent before such requests. */
  resumeState?: ProjectState | null;
  /** Unused advances refunded after a stop (VND); absent before refunds existed. */
  refundedVnd?: number;
  /** An adjustment request under consideration (ADJUSTMENT_REQUESTED beside the state); absent or null when none. */
  openAdjustment?: OpenAdjustment | null;
  /** The last progress report the Department certified (it backs an advance that needs progress); absent: none. */
  certifiedProgress?: CertifiedProgress | null;
  /** A group project's implementation plan (Mẫu 11) with acceptance and payments per establishment; absent: none. */
  groupPlan?: GroupPlan | null;
  /**
   * Accepted by the work done after force majeure (TT 36 Art. 18.4), with the body that certified it: its settlement
   * ends in PARTIAL_SETTLED. Absent or null otherwise.
   */
  forceMajeure?: ForceMajeure | null;
  /** A pilot project's years once approved: each year's part, advances, progress and carry-over; absent: none. */
  pilotYears?: PilotYear[] | null;
}

/** Who certified the work done after force majeure: the Department or the district or commune People's Committee. */
export const CERTIFYING_BODIES = ['DEPARTMENT', 'DISTRICT_PC', 'COMMUNE_PC'] as const;
export type CertifyingBody = (typeof CERTIFYING_BODIES)[number];

export const CERTIFYING_BODY_LABELS: Record<CertifyingBody, { vi: string; en: string }> = {
  DEPARTMENT: { vi: 'Sở Công Thương', en: 'Department of Industry and Trade' },
  DISTRICT_PC: { vi: 'Ủy ban nhân dân cấp huyện', en: 'District People’s Committee' },
  COMMUNE_PC: { vi: 'Ủy ban nhân dân cấp xã', en: 'Commune People’s Committee' },
};

export interface ForceMajeure {
  certifyingBody: CertifyingBody;
  /** The certifying body by its name: "UBND xã Tân Cương". */
  certifierName: string;
}

export interface ProjectSnapshot {
  facts: ProjectFacts;
  status: LifecycleStatus;
}

export function reachOf(facts: ProjectFacts): ProjectReach {
  return { provinceCode: facts.provinceCode, implementingUnitEmail: facts.implementingUnit.email };
}

export function initialStatus(): LifecycleStatus {
  return {
    state: 'DRAFT',
    seq: 1,
    approvedSupportVnd: null,
    acceptedAmountVnd: null,
    advancesVnd: 0,
    finalPaymentsVnd: 0,
    contract: null,
    acceptance: null,
  };
}

/** Advances not matched by accepted work nor refunded: refunded before a stopped project closes (TT 36 Art. 12.6). */
export function unusedAdvanceVnd(
  status: Pick<LifecycleStatus, 'advancesVnd' | 'acceptedAmountVnd' | 'refundedVnd'>,
): number {
  return Math.max(0, status.advancesVnd - (status.acceptedAmountVnd ?? 0) - (status.refundedVnd ?? 0));
}

export function disbursedTotal(status: LifecycleStatus): number {
  return status.advancesVnd + status.finalPaymentsVnd;
}

export interface DisbursementRecord {
  kind: DisbursementKind;
  amountVnd: number;
}
