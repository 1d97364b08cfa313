import { DataSource } from 'typeorm';
import { SelectedStatusRow, statusRowFromSelect, statusSelect } from '@kc/persistence';
import type { ReadModelPeriod, ReadModelProject } from './read-model-diff';

interface ProjectRow extends SelectedStatusRow {
  id: string;
  code: string;
  workflow_id: string;
  transition_count: number;
  transition_max_seq: number;
  disbursed_advance_vnd: string;
  disbursed_final_vnd: string;
}

interface PeriodRow {
  project_id: string;
  period_key: string;
  extended_due_at_ms: string | null;
  submitted: boolean;
}

/** The read model of projects, a page at a time in id order (keyset: no offset, stable while rows change). */
export class ReadModelPages {
  constructor(private readonly dataSource: DataSource) {}

  /** Projects with id greater than `after` (or from the first), at most `limit`; `onlyIds` narrows the run. */
  async page(after: string | null, limit: number, onlyIds?: readonly string[]): Promise<ReadModelProject[]> {
    const rows: ProjectRow[] = await this.dataSource.query(
      `SELECT p.id, p.code, p.workflow_id, ${statusSelect('p')},
         t.transition_count, t.transition_max_seq, d.disbursed_advance_vnd, d.disbursed_final_vnd
       FROM projects p
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS transition_count, COALESCE(max(seq), 0)::int AS transition_max_seq
         FROM project_transitions WHERE project_id = p.id) t
       CROSS JOIN LATERAL (
         SELECT COALESCE(sum(amount_vnd) FILTER (WHERE kind = 'ADVANCE'), 0)::text AS disbursed_advance_vnd,
                COALESCE(sum(amount_vnd) FILTER (WHERE kind = 'FINAL'), 0)::text AS disbursed_final_vnd
         FROM disbursements WHERE project_id = p.id) d
       WHERE ($1::uuid IS NULL OR p.id > $1::uuid) AND ($3::uuid[] IS NULL OR p.id = ANY($3::uuid[]))
         -- Rows imported from archives (the 2022 plans' settled projects of the demo, issue 14) never had a
         -- workflow: there is nothing to compare them with, so reconcile does not read them.
         AND p.imported_from IS NULL
       ORDER BY p.id
       LIMIT $2`,
      [after, limit, onlyIds ?? null],
    );
    if (rows.length === 0) return [];
    const periods = await this.periodsOf(rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      workflowId: r.workflow_id,
      ...statusRowFromSelect(r),
      transitionCount: r.transition_count,
      transitionMaxSeq: r.transition_max_seq,
      disbursedAdvanceVnd: Number(r.disbursed_advance_vnd),
      disbursedFinalVnd: Number(r.disbursed_final_vnd),
      periods: periods.get(r.id) ?? [],
    }));
  }

  /** One project again (after a repair, or to confirm a difference seen while the workflow was writing). */
  async one(id: string): Promise<ReadModelProject | undefined> {
    return (await this.page(null, 1, [id]))[0];
  }

  private async periodsOf(projectIds: string[]): Promise<Map<string, ReadModelPeriod[]>> {
    const rows: PeriodRow[] = await this.dataSource.query(
      `SELECT project_id, period_key, (extract(epoch FROM extended_due_at) * 1000)::bigint::text AS extended_due_at_ms,
         first_submitted_at IS NOT NULL AS submitted
       FROM report_periods WHERE project_id = ANY($1::uuid[])`,
      [projectIds],
    );
    const byProject = new Map<string, ReadModelPeriod[]>();
    for (const row of rows) {
      const list = byProject.get(row.project_id) ?? [];
      list.push({
        key: row.period_key,
        extendedDueAt: row.extended_due_at_ms === null ? null : Number(row.extended_due_at_ms),
        submitted: row.submitted,
      });
      byProject.set(row.project_id, list);
    }
    return byProject;
  }
}
