import {
  Actor,
  ProjectSnapshot,
  STATE_LABELS,
  allowedActionsFor,
  findProvince,
  CATEGORIES,
  ProjectState,
  Role,
} from '@kc/domain';
import type { DisbursementEntity, ProjectEntity, ProjectTransitionEntity } from '@kc/persistence';
import { toVietnamTime } from '../common/local-time';
import type { DisbursementResponse, HistoryEntryResponse, ProjectSummaryResponse } from './project.responses';

/** Rebuilds the domain snapshot from the read model, to compute the actions a user may take now. */
export function snapshotOf(p: ProjectEntity): ProjectSnapshot {
  return {
    facts: {
      id: p.id,
      code: p.code,
      scope: p.scope,
      provinceCode: p.provinceCode,
      category: p.category,
      title: p.title,
      implementingUnit: { name: p.implementingUnitName, email: p.implementingUnitEmail },
      beneficiary: p.beneficiary,
      totalCostVnd: p.totalCostVnd,
      requestedSupportVnd: p.requestedSupportVnd,
      plannedStart: p.plannedStart,
      plannedEnd: p.plannedEnd,
      createdByUserId: p.createdBy,
    },
    status: {
      state: p.state,
      seq: p.lastSeq,
      approvedSupportVnd: p.approvedSupportVnd,
      acceptedAmountVnd: p.acceptedAmountVnd,
      advancesVnd: p.advancesVnd,
      finalPaymentsVnd: p.finalPaymentsVnd,
      contract: p.contractNo && p.contractDate ? { contractNo: p.contractNo, contractDate: p.contractDate } : null,
      acceptance: p.minutesNo && p.minutesDate ? { minutesNo: p.minutesNo, minutesDate: p.minutesDate } : null,
    },
  };
}

function stateView(state: ProjectState) {
  return { code: state, ...STATE_LABELS[state] };
}

export function projectSummaryView(p: ProjectEntity, actor: Actor): ProjectSummaryResponse {
  const category = CATEGORIES.find((c) => c.code === p.category);
  return {
    id: p.id,
    code: p.code,
    workflowId: p.workflowId,
    scope: p.scope,
    provinceCode: p.provinceCode,
    provinceName: findProvince(p.provinceCode)?.name ?? p.provinceCode,
    category: p.category,
    categoryName: category ? { vi: category.vi, en: category.en } : null,
    title: p.title,
    implementingUnit: { name: p.implementingUnitName, email: p.implementingUnitEmail },
    beneficiary: p.beneficiary,
    totalCostVnd: p.totalCostVnd,
    requestedSupportVnd: p.requestedSupportVnd,
    approvedSupportVnd: p.approvedSupportVnd,
    acceptedAmountVnd: p.acceptedAmountVnd,
    disbursedVnd: { advances: p.advancesVnd, final: p.finalPaymentsVnd, total: p.advancesVnd + p.finalPaymentsVnd },
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    state: p.state,
    stateLabel: STATE_LABELS[p.state],
    contract: p.contractNo && p.contractDate ? { contractNo: p.contractNo, contractDate: p.contractDate } : null,
    acceptance: p.minutesNo && p.minutesDate ? { minutesNo: p.minutesNo, minutesDate: p.minutesDate } : null,
    createdAt: p.createdAt.toISOString(),
    createdAtLocal: toVietnamTime(p.createdAt),
    updatedAt: p.updatedAt.toISOString(),
    updatedAtLocal: toVietnamTime(p.updatedAt),
    allowedActions: allowedActionsFor(snapshotOf(p), actor),
  };
}

export function projectDetailView(
  p: ProjectEntity,
  actor: Actor,
  history: ProjectTransitionEntity[],
  disbursements: DisbursementEntity[],
): ProjectSummaryResponse & { history: HistoryEntryResponse[]; disbursements: DisbursementResponse[] } {
  return {
    ...projectSummaryView(p, actor),
    history: history.map((h) => ({
      seq: h.seq,
      action: h.action,
      fromState: h.fromState ? stateView(h.fromState as ProjectState) : null,
      toState: stateView(h.toState as ProjectState),
      actor: {
        userId: h.actorUserId,
        email: h.actorEmail,
        role: h.actorRole as Role,
        provinceCode: h.actorProvinceCode,
      },
      reason: h.reason,
      details: h.details,
      occurredAt: h.occurredAt.toISOString(),
      occurredAtLocal: toVietnamTime(h.occurredAt),
    })),
    disbursements: disbursements.map((d) => ({
      seq: d.seq,
      kind: d.kind,
      amountVnd: d.amountVnd,
      recordedBy: d.recordedBy,
      occurredAt: d.occurredAt.toISOString(),
      occurredAtLocal: toVietnamTime(d.occurredAt),
    })),
  };
}

export type ProjectSummaryView = ReturnType<typeof projectSummaryView>;
export type ProjectDetailView = ReturnType<typeof projectDetailView>;
