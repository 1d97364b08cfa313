/**
 * The one mapper between the workflow's lifecycle status (and the facts that decide who may act) and the projects
 * row. The event writer, the reconcile's reader, diff and repair, and the API's view all go through it, so a
 * field added to LifecycleStatus is added here once.
 */
import type {
  AdjustmentStatus,
  CertifyingBody,
  GroupPlan,
  LifecycleStatus,
  PilotYear,
  LocalApprover,
  ProjectFacts,
  ProjectState,
} from '@kc/domain';
import { CERTIFYING_BODIES, LOCAL_APPROVERS, PROJECT_STATES, isAdjustmentKind } from '@kc/domain';

/** The projects columns that mirror a LifecycleStatus, as properties (dates YYYY-MM-DD, money integer VND). */
export interface ProjectStatusRow {
  state: ProjectState;
  lastSeq: number;
  approvedSupportVnd: number | null;
  acceptedAmountVnd: number | null;
  advancesVnd: number;
  finalPaymentsVnd: number;
  contractNo: string | null;
  contractDate: string | null;
  minutesNo: string | null;
  minutesDate: string | null;
  /** Where a pending stop or carry-over request returns when refused (null when none is pending). */
  resumeState: ProjectState | null;
  /** Unused advances refunded after a stop. */
  refundedVnd: number;
  /** The adjustment request under consideration, if any. */
  openAdjustmentId: string | null;
  openAdjustmentKind: string | null;
  openAdjustmentStatus: string | null;
  /** The last certified progress report (percent done, its day), if any. */
  progressPercent: number | null;
  progressReportDate: string | null;
  /** A group project's implementation plan (jsonb), if one was submitted. */
  groupPlan: GroupPlan | null;
  /** Accepted by the work done after force majeure: who certified it. */
  forceMajeureBody: string | null;
  forceMajeureCertifier: string | null;
  /** A pilot project's years once approved (jsonb), if it is one. */
  pilotYears: PilotYear[] | null;
}

/** Each status property and its column, in the order of statusParams. */
export const STATUS_COLUMNS: ReadonlyArray<{ field: keyof ProjectStatusRow; column: string }> = [
  { field: 'state', column: 'state' },
  { field: 'lastSeq', column: 'last_seq' },
  { field: 'approvedSupportVnd', column: 'approved_support_vnd' },
  { field: 'acceptedAmountVnd', column: 'accepted_amount_vnd' },
  { field: 'advancesVnd', column: 'advances_vnd' },
  { field: 'finalPaymentsVnd', column: 'final_payments_vnd' },
  { field: 'contractNo', column: 'contract_no' },
  { field: 'contractDate', column: 'contract_date' },
  { field: 'minutesNo', column: 'minutes_no' },
  { field: 'minutesDate', column: 'minutes_date' },
  { field: 'resumeState', column: 'resume_state' },
  { field: 'refundedVnd', column: 'refunded_vnd' },
  { field: 'openAdjustmentId', column: 'open_adjustment_id' },
  { field: 'openAdjustmentKind', column: 'open_adjustment_kind' },
  { field: 'openAdjustmentStatus', column: 'open_adjustment_status' },
  { field: 'progressPercent', column: 'progress_percent' },
  { field: 'progressReportDate', column: 'progress_report_date' },
  { field: 'groupPlan', column: 'group_plan' },
  { field: 'forceMajeureBody', column: 'force_majeure_body' },
  { field: 'forceMajeureCertifier', column: 'force_majeure_certifier' },
  { field: 'pilotYears', column: 'pilot_years' },
];

/** The row's columns for a status. */
export function statusRowOf(status: LifecycleStatus): ProjectStatusRow {
  return {
    state: status.state,
    lastSeq: status.seq,
    approvedSupportVnd: status.approvedSupportVnd,
    acceptedAmountVnd: status.acceptedAmountVnd,
    advancesVnd: status.advancesVnd,
    finalPaymentsVnd: status.finalPaymentsVnd,
    contractNo: status.contract?.contractNo ?? null,
    contractDate: status.contract?.contractDate ?? null,
    minutesNo: status.acceptance?.minutesNo ?? null,
    minutesDate: status.acceptance?.minutesDate ?? null,
    resumeState: status.resumeState ?? null,
    refundedVnd: status.refundedVnd ?? 0,
    openAdjustmentId: status.openAdjustment?.id ?? null,
    openAdjustmentKind: status.openAdjustment?.kind ?? null,
    openAdjustmentStatus: status.openAdjustment?.status ?? null,
    progressPercent: status.certifiedProgress?.percentDone ?? null,
    progressReportDate: status.certifiedProgress?.reportDate ?? null,
    groupPlan: status.groupPlan ?? null,
    forceMajeureBody: status.forceMajeure?.certifyingBody ?? null,
    forceMajeureCertifier: status.forceMajeure?.certifierName ?? null,
    pilotYears: status.pilotYears ?? null,
  };
}

/**
 * The status a row holds. The fields added with the national path (resumeState, refundedVnd) are left out when
 * they hold nothing, as a workflow started before them carries no such fields: the two sides compare equal.
 */
export function statusOfRow(row: ProjectStatusRow): LifecycleStatus {
  const status: LifecycleStatus = {
    state: row.state,
    seq: row.lastSeq,
    approvedSupportVnd: row.approvedSupportVnd,
    acceptedAmountVnd: row.acceptedAmountVnd,
    advancesVnd: row.advancesVnd,
    finalPaymentsVnd: row.finalPaymentsVnd,
    contract:
      row.contractNo && row.contractDate ? { contractNo: row.contractNo, contractDate: row.contractDate } : null,
    acceptance: row.minutesNo && row.minutesDate ? { minutesNo: row.minutesNo, minutesDate: row.minutesDate } : null,
  };
  if (row.resumeState !== null) status.resumeState = row.resumeState;
  if (row.refundedVnd !== 0) status.refundedVnd = row.refundedVnd;
  if (row.openAdjustmentId !== null && isAdjustmentKind(row.openAdjustmentKind)) {
    status.openAdjustment = {
      id: row.openAdjustmentId,
      kind: row.openAdjustmentKind,
      status: row.openAdjustmentStatus as AdjustmentStatus,
    };
  }
  if (row.progressPercent !== null && row.progressReportDate !== null) {
    status.certifiedProgress = { percentDone: row.progressPercent, reportDate: row.progressReportDate };
  }
  if (row.groupPlan !== null) status.groupPlan = row.groupPlan;
  if (row.pilotYears !== null) status.pilotYears = row.pilotYears;
  if (
    row.forceMajeureCertifier !== null &&
    (CERTIFYING_BODIES as readonly (string | null)[]).includes(row.forceMajeureBody)
  ) {
    status.forceMajeure = {
      certifyingBody: row.forceMajeureBody as CertifyingBody,
      certifierName: row.forceMajeureCertifier,
    };
  }
  return status;
}

/** The status's values as SQL parameters, in STATUS_COLUMNS' order. */
export function statusParams(status: LifecycleStatus): unknown[] {
  const row = statusRowOf(status);
  // node-postgres writes a plain object as JSON, but an array as a PostgreSQL array: jsonb goes as text.
  return STATUS_COLUMNS.map(({ field }) =>
    (field === 'groupPlan' || field === 'pilotYears') && row[field] !== null ? JSON.stringify(row[field]) : row[field],
  );
}

/** `state = $n, last_seq = $n+1, …`: SET assignments of statusParams placed from parameter `first` on. */
export function statusAssignments(first: number): string {
  return STATUS_COLUMNS.map(({ column }, i) => `${column} = $${first + i}`).join(', ');
}

/** The status columns as a SELECT list aliased to the row's property names (dates as YYYY-MM-DD, money as text). */
export function statusSelect(alias: string): string {
  return STATUS_COLUMNS.map(({ field, column }) => {
    const ref = `${alias}.${column}`;
    if (column.endsWith('_date')) return `to_char(${ref}, 'YYYY-MM-DD') AS "${field}"`;
    if (column.endsWith('_vnd')) return `${ref}::text AS "${field}"`;
    return `${ref} AS "${field}"`;
  }).join(', ');
}

/** A row selected with statusSelect (money arrives as text: bigint). */
export type SelectedStatusRow = {
  [K in keyof ProjectStatusRow]: K extends `${string}Vnd` ? string | null : ProjectStatusRow[K];
};

export function statusRowFromSelect(raw: SelectedStatusRow): ProjectStatusRow {
  const money = (value: string | null) => (value === null ? null : Number(value));
  return {
    ...raw,
    approvedSupportVnd: money(raw.approvedSupportVnd),
    acceptedAmountVnd: money(raw.acceptedAmountVnd),
    advancesVnd: Number(raw.advancesVnd),
    finalPaymentsVnd: Number(raw.finalPaymentsVnd),
    refundedVnd: Number(raw.refundedVnd ?? 0),
  };
}

/** Each column whose value differs between the row and the workflow's status (the reconcile's STATUS repairs). */
export function statusRowDifferences(
  row: ProjectStatusRow,
  status: LifecycleStatus,
): Array<{ column: string; readModel: unknown; workflow: unknown }> {
  const expected = statusRowOf(status);
  return STATUS_COLUMNS.filter(({ field }) => !sameValue(row[field], expected[field])).map(({ field, column }) => ({
    column,
    readModel: row[field],
    workflow: expected[field],
  }));
}

/** Equal column values; a jsonb value is compared by content (PostgreSQL reorders an object's keys). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The facts' local approver as the row stores it (null: the default, the Department). */
export function localApproverColumn(facts: Pick<ProjectFacts, 'localApprover'>): LocalApprover | null {
  return facts.localApprover ?? null;
}

/** The local approver a row holds, when it is one the domain knows. */
export function localApproverOfRow(value: string | null | undefined): LocalApprover | undefined {
  return (LOCAL_APPROVERS as readonly string[]).includes(value ?? '') ? (value as LocalApprover) : undefined;
}

/** A state the domain knows (a row written by a newer release may hold one this one does not). */
export function isKnownState(value: string): value is ProjectState {
  return (PROJECT_STATES as readonly string[]).includes(value);
}
