/**
 * The pure part of reconciliation: what the read model holds for one project against what its workflow holds.
 * The workflow is the source of truth; each difference says which repair brings the read model back to it.
 */
import type { LifecycleStatus, PeriodTracking } from '@kc/domain';
import { ProjectStatusRow, statusRowDifferences } from '@kc/persistence';

/**
 * One project as the read model has it (money as integer VND, dates as YYYY-MM-DD, instants as epoch ms): its
 * status columns as the one mapper reads them (@kc/persistence, mappers/project-status-row), and its audit tables.
 */
export interface ReadModelProject extends ProjectStatusRow {
  id: string;
  code: string;
  workflowId: string;
  transitionCount: number;
  transitionMaxSeq: number;
  disbursedAdvanceVnd: number;
  disbursedFinalVnd: number;
  periods: ReadModelPeriod[];
}

export interface ReadModelPeriod {
  key: string;
  extendedDueAt: number | null;
  submitted: boolean;
}

/** What the workflow's queries answer: its lifecycle status and the report periods it still tracks. */
export interface WorkflowProjectState {
  status: LifecycleStatus;
  periods: ReadonlyArray<Pick<PeriodTracking, 'key' | 'extended' | 'submittedAt'>>;
}

/**
 * STATUS: the projects row is rewritten from the status; EVENTS: missing audit events (transitions,
 * disbursements, reports) are replayed from the workflow's history; PERIODS: report periods are upserted.
 */
export type RepairKind = 'STATUS' | 'EVENTS' | 'PERIODS';

export interface Difference {
  field: string;
  readModel: unknown;
  workflow: unknown;
  repair: RepairKind;
}

export function compareProject(readModel: ReadModelProject, workflow: WorkflowProjectState): Difference[] {
  const { status } = workflow;
  const differences: Difference[] = [];
  const check = (field: string, actual: unknown, expected: unknown, repair: RepairKind) => {
    if (actual !== expected) differences.push({ field, readModel: actual, workflow: expected, repair });
  };
  for (const d of statusRowDifferences(readModel, status)) check(d.column, d.readModel, d.workflow, 'STATUS');
  // Every event has the next sequence number, from the creation (1) to the last one applied.
  check('transitions.count', readModel.transitionCount, status.seq, 'EVENTS');
  check('transitions.max_seq', readModel.transitionMaxSeq, status.seq, 'EVENTS');
  check('disbursements.advance_vnd', readModel.disbursedAdvanceVnd, status.advancesVnd, 'EVENTS');
  check('disbursements.final_vnd', readModel.disbursedFinalVnd, status.finalPaymentsVnd, 'EVENTS');

  // The workflow drops old submitted periods: a period only the read model has is history, not a difference.
  const stored = new Map(readModel.periods.map((p) => [p.key, p]));
  for (const period of workflow.periods) {
    const row = stored.get(period.key);
    if (!row) {
      check(`report_periods.${period.key}`, 'missing', 'present', 'PERIODS');
      continue;
    }
    const extendedDueAt = period.extended ? Date.parse(period.extended.dueAt) : null;
    check(`report_periods.${period.key}.extended_due_at`, row.extendedDueAt, extendedDueAt, 'PERIODS');
    check(`report_periods.${period.key}.submitted`, row.submitted, period.submittedAt !== null, 'EVENTS');
  }
  return differences;
}

/** One line for a person: `field read-model≠workflow`, comma separated. */
export function describeDifferences(differences: ReadonlyArray<Difference>): string {
  const show = (value: unknown) => (value === null ? 'null' : String(value));
  return differences.map((d) => `${d.field} ${show(d.readModel)}≠${show(d.workflow)}`).join(', ');
}
