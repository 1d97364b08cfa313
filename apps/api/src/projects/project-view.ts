import {
  ADJUSTMENT_KIND_LABELS,
  ADJUSTMENT_STATUS_LABELS,
  CERTIFYING_BODY_LABELS,
  AdjustmentStatus,
  isAdjustmentKind,
  Actor,
  ProjectSnapshot,
  STATE_LABELS,
  allowedActionsFor,
  findProvince,
  CATEGORIES,
  DEFAULT_WORKFLOW_OPTIONS,
  DRAFT_EDIT_STATES,
  ProjectState,
  Role,
  disbursementRoom,
  disbursementPolicyOf,
  moneyRulesSummary,
  mayEditDraft,
  projectAbilities,
  LifecycleStatus,
  ProjectFacts,
  openPilotYear,
  pilotAdvanceCapVnd,
  GroupPlan,
  beneficiaryRefundDueVnd,
} from '@kc/domain';
import type { DisbursementEntity, NewestEntries, ProjectEntity, ProjectTransitionEntity } from '@kc/persistence';
import { localApproverOfRow, statusOfRow } from '@kc/persistence';
import { toVietnamTime } from '../common/local-time';
import type {
  DecisionPaperResponse,
  DisbursementResponse,
  GroupPlanResponse,
  HistoryEntryResponse,
  PilotResponse,
  ProjectDetailResponse,
  ProjectSummaryResponse,
} from './project.responses';

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
      ...(p.site ? { site: p.site } : {}),
      ...(p.partner ? { partner: p.partner } : {}),
      ...(p.termsVersion > 1 ? { termsVersion: p.termsVersion } : {}),
      ...(p.priorityArea ? { priorityArea: true } : {}),
      ...(p.moneyRules ? { moneyRules: p.moneyRules } : {}),
      ...(p.groupProject ? { group: true } : {}),
      ...(p.unitOverheadVnd !== null ? { unitOverheadVnd: p.unitOverheadVnd } : {}),
      ...(p.pilot ? { pilot: p.pilot } : {}),
      ...(p.scope === 'LOCAL' && localApproverOfRow(p.localApprover)
        ? { localApprover: localApproverOfRow(p.localApprover) }
        : {}),
    },
    status: statusOfRow(p),
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
    disbursedVnd: {
      advances: p.advancesVnd,
      final: p.finalPaymentsVnd,
      total: p.advancesVnd + p.finalPaymentsVnd,
      refunded: p.refundedVnd,
    },
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    state: p.state,
    stateLabel: STATE_LABELS[p.state],
    contract: statusOfRow(p).contract,
    acceptance: statusOfRow(p).acceptance,
    createdAt: p.createdAt.toISOString(),
    createdAtLocal: toVietnamTime(p.createdAt),
    updatedAt: p.updatedAt.toISOString(),
    updatedAtLocal: toVietnamTime(p.updatedAt),
    allowedActions: allowedActionsFor(snapshotOf(p), actor),
    /** Whether this user may edit the dossier now (DRAFT or RETURNED, the unit or the province officer). */
    mayEditDraft: DRAFT_EDIT_STATES.includes(p.state) && mayEditDraft(actor, snapshotOf(p).facts),
    /** What else this user may do on the project, from the capability table (the page shows only these). */
    may: projectAbilities(actor, snapshotOf(p).facts, p.state),
    site: p.site,
    partner: p.partner,
    termsVersion: p.termsVersion,
    openAdjustment: openAdjustmentView(p),
  };
}

function openAdjustmentView(p: ProjectEntity) {
  if (!p.openAdjustmentId || !isAdjustmentKind(p.openAdjustmentKind)) return null;
  const status = p.openAdjustmentStatus as AdjustmentStatus;
  return {
    id: p.openAdjustmentId,
    kind: p.openAdjustmentKind,
    kindLabel: ADJUSTMENT_KIND_LABELS[p.openAdjustmentKind],
    status,
    statusLabel: ADJUSTMENT_STATUS_LABELS[status] ?? { vi: status, en: status },
  };
}

/** The actions whose latest event carries a decision paper the project page shows. */
export const DECISION_ACTIONS = ['approve', 'terminate'];

/** The decision (number, day) recorded with the latest event of the action, when it named one. */
function decisionOf(entries: ProjectTransitionEntity[], action: string): DecisionPaperResponse | null {
  const entry = [...entries].sort((a, b) => b.seq - a.seq).find((h) => h.action === action);
  const details = (entry?.details ?? {}) as Record<string, unknown>;
  if (!entry || typeof details.decisionNo !== 'string') return null;
  return {
    decisionNo: details.decisionNo,
    decisionDate: String(details.decisionDate),
    approvedSupportVnd: typeof details.approvedSupportVnd === 'number' ? details.approvedSupportVnd : null,
  };
}

/**
 * `decisions`: entries holding the latest event of each DECISION_ACTIONS (the page's own history when it reaches back
 * to them, else those events read apart).
 */
export function projectDetailView(
  p: ProjectEntity,
  actor: Actor,
  history: NewestEntries<ProjectTransitionEntity>,
  disbursements: NewestEntries<DisbursementEntity>,
  decisions: ProjectTransitionEntity[],
): Omit<ProjectDetailResponse, 'notifications' | 'escalations' | 'plan'> {
  const snapshot = snapshotOf(p);
  return {
    ...projectSummaryView(p, actor),
    /** The approval decision (số quyết định, ngày, kinh phí được duyệt); null before approval or in old histories. */
    approval: decisionOf(decisions, 'approve'),
    termination: decisionOf(decisions, 'terminate'),
    /** What may still be disbursed (the advance cap and the remainders), for the form to show before typing. */
    disbursementRoom: disbursementRoom(
      snapshot.status,
      disbursementPolicyOf(snapshot.facts, DEFAULT_WORKFLOW_OPTIONS.disbursementPolicy),
    ),
    moneyRules: moneyRulesSummary(snapshot.facts, snapshot.status),
    group: p.groupProject,
    unitOverheadVnd: p.unitOverheadVnd,
    groupPlan: p.groupPlan ? groupPlanView(p.groupPlan) : null,
    pilot: pilotView(snapshot.facts, snapshot.status),
    forceMajeure: snapshot.status.forceMajeure
      ? {
          ...snapshot.status.forceMajeure,
          certifyingBodyLabel: CERTIFYING_BODY_LABELS[snapshot.status.forceMajeure.certifyingBody],
        }
      : null,
    history: history.items.map(historyEntryView),
    historyNextBefore: history.nextBefore,
    disbursements: disbursements.items.map(disbursementView),
    disbursementsNextBefore: disbursements.nextBefore,
  };
}

export function historyEntryView(h: ProjectTransitionEntity): HistoryEntryResponse {
  return {
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
  };
}

export function disbursementView(d: DisbursementEntity): DisbursementResponse {
  return {
    seq: d.seq,
    kind: d.kind,
    amountVnd: d.amountVnd,
    recordedBy: d.recordedBy,
    occurredAt: d.occurredAt.toISOString(),
    occurredAtLocal: toVietnamTime(d.occurredAt),
  };
}

export type ProjectSummaryView = ReturnType<typeof projectSummaryView>;
export type ProjectDetailView = ReturnType<typeof projectDetailView>;

/** A pilot project's terms with each year as it stands (VND). */
function pilotView(facts: ProjectFacts, status: LifecycleStatus): PilotResponse | null {
  if (!facts.pilot) return null;
  const percent = disbursementPolicyOf(facts, DEFAULT_WORKFLOW_OPTIONS.disbursementPolicy).advanceCapPercent;
  const years = status.pilotYears ?? null;
  const open = years ? openPilotYear(years).year : null;
  return {
    linkedCategories: facts.pilot.linkedCategories,
    // Once approved, the status's years (an extension may have added one); before, the years asked.
    years: (years ?? facts.pilot.years).map(({ year }) => {
      const y = years?.find((x) => x.year === year);
      const asked = facts.pilot!.years.find((x) => x.year === year);
      return {
        year,
        requestedVnd: asked?.supportVnd ?? 0,
        allocatedVnd: y?.allocatedVnd ?? null,
        carriedInVnd: y?.carriedInVnd ?? 0,
        advancesVnd: y?.advancesVnd ?? 0,
        advanceCapVnd: y ? pilotAdvanceCapVnd(y, percent) : null,
        closed: y?.closed ?? false,
        progressPercent: y?.progressPercent ?? null,
        reportDate: y?.reportDate ?? null,
        carriedOutVnd: y?.carriedOutVnd ?? 0,
        open: year === open,
      };
    }),
  };
}

/** A group project's plan with each establishment's acceptance by the work done and its refund, and the total. */
function groupPlanView(plan: GroupPlan): GroupPlanResponse {
  return {
    approval: plan.approval,
    beneficiaries: plan.beneficiaries.map((b) => ({
      ...b,
      workDone: b.workDone
        ? { ...b.workDone, certifyingBodyLabel: CERTIFYING_BODY_LABELS[b.workDone.certifyingBody] }
        : null,
      refundedVnd: b.refundedVnd ?? 0,
      refundDueVnd: beneficiaryRefundDueVnd(b),
    })),
    totalSupportVnd: plan.beneficiaries.reduce((sum, b) => sum + b.supportVnd, 0),
  };
}
