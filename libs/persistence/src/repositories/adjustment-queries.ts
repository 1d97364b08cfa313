import { DataSource } from 'typeorm';
import type { AdjustmentRecord } from '@kc/domain';

const COLUMNS = `id, project_id AS "projectId", kind, status, reason, changes, terms_before AS "termsBefore",
  terms_proposed AS "termsProposed", terms_version AS "termsVersion", decider, requested_by AS "requestedBy",
  requested_at AS "requestedAt", certified_by AS "certifiedBy", certified_at AS "certifiedAt",
  decided_by AS "decidedBy", decided_at AS "decidedAt", decision_reason AS "decisionReason",
  decision_no AS "decisionNo", to_char(decision_date, 'YYYY-MM-DD') AS "decisionDate", version`;

type Row = Omit<AdjustmentRecord, 'requestedAt' | 'certifiedAt' | 'decidedAt'> & {
  requestedAt: Date;
  certifiedAt: Date | null;
  decidedAt: Date | null;
};

const recordOf = (row: Row): AdjustmentRecord => ({
  ...row,
  requestedAt: row.requestedAt.toISOString(),
  certifiedAt: row.certifiedAt?.toISOString() ?? null,
  decidedAt: row.decidedAt?.toISOString() ?? null,
});

/** Adjustment requests as the workflow's activity wrote them (every version of the terms stays readable). */
export class AdjustmentQueries {
  constructor(private readonly dataSource: DataSource) {}

  async ofProject(projectId: string): Promise<AdjustmentRecord[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM project_adjustments WHERE project_id = $1 ORDER BY requested_at DESC, id`,
      [projectId],
    );
    return rows.map(recordOf);
  }

  async byId(id: string): Promise<AdjustmentRecord | null> {
    const rows: Row[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM project_adjustments WHERE id = $1`, [id]);
    return rows[0] ? recordOf(rows[0]) : null;
  }

  /**
   * Open requests of the projects in a province (null: every province), oldest first, with the project facts that
   * decide who acts on them (the inbox asks the domain which of them wait on its reader).
   */
  async open(provinceCode: string | null, limit = 500): Promise<OpenAdjustmentRow[]> {
    const rows: Array<Row & Omit<OpenAdjustmentRow, keyof AdjustmentRecord>> = await this.dataSource.query(
      `SELECT a.*, p.code AS "projectCode", p.title AS "projectTitle", p.scope, p.province_code AS "provinceCode",
              p.implementing_unit_name AS "unitName", p.implementing_unit_email AS "unitEmail",
              p.local_approver AS "localApprover"
         FROM (SELECT ${COLUMNS} FROM project_adjustments WHERE status IN ('REQUESTED', 'CERTIFIED')) a
         JOIN projects p ON p.id = a."projectId"
        WHERE $1::text IS NULL OR p.province_code = $1
        ORDER BY a."requestedAt" LIMIT $2`,
      [provinceCode, limit],
    );
    return rows.map((r) => ({ ...r, ...recordOf(r) }));
  }
}

export type OpenAdjustmentRow = AdjustmentRecord & {
  projectCode: string;
  projectTitle: string;
  scope: 'NATIONAL' | 'LOCAL';
  provinceCode: string;
  unitName: string;
  unitEmail: string;
  localApprover: string | null;
};
