import type { DisbursementKind, ProjectState, Scope } from './lifecycle';
import type { ProjectReach } from './roles';
import type { LocalApprover } from './capabilities/parties';

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

export function disbursedTotal(status: LifecycleStatus): number {
  return status.advancesVnd + status.finalPaymentsVnd;
}

export interface DisbursementRecord {
  kind: DisbursementKind;
  amountVnd: number;
}
