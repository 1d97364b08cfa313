import { DataSource } from 'typeorm';
import { Actor, ProjectState, UNDER_WAY, reachFilterOf } from '@kc/domain';

/** What the radar's rule needs of a project under way in a plan year, within the actor's reach. */
export interface LapseCandidate {
  id: string;
  code: string;
  title: string;
  scope: 'NATIONAL' | 'LOCAL';
  provinceCode: string;
  state: ProjectState;
  unitName: string;
  plannedStart: string;
  plannedEnd: string;
  approvedSupportVnd: number | null;
  paidVnd: number;
  contractDay: string | null;
  lastReportDay: string | null;
}

export class LapseRadarQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Projects of plan year `year` still under way, in the actor's reach (the domain's reachFilterOf). */
  async candidates(actor: Actor, year: number, provinceCode?: string): Promise<LapseCandidate[]> {
    const reach = reachFilterOf(actor);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT p.id, p.code, p.title, p.scope, p.province_code AS "provinceCode", p.state,
              p.implementing_unit_name AS "unitName",
              to_char(p.planned_start, 'YYYY-MM-DD') AS "plannedStart",
              to_char(p.planned_end, 'YYYY-MM-DD') AS "plannedEnd",
              p.approved_support_vnd AS "approvedSupportVnd",
              (p.advances_vnd + p.final_payments_vnd) AS "paidVnd",
              to_char(p.contract_date, 'YYYY-MM-DD') AS "contractDay",
              to_char(max(r.submitted_at) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS "lastReportDay"
       FROM projects p LEFT JOIN progress_reports r ON r.project_id = p.id
       WHERE extract(year FROM p.planned_start) = $1 AND p.state = ANY($2)
         AND ($3::varchar IS NULL OR p.province_code = $3)
         AND ($4::varchar IS NULL OR p.province_code = $4)
         AND ($5::varchar IS NULL OR lower(p.implementing_unit_email) = $5)
       GROUP BY p.id
       ORDER BY p.province_code, p.code`,
      [
        year,
        UNDER_WAY,
        provinceCode ?? null,
        reach.kind === 'ALL' ? null : reach.provinceCode,
        reach.kind === 'UNIT' ? reach.unitEmail : null,
      ],
    );
    return rows.map((r) => ({
      ...(r as unknown as LapseCandidate),
      approvedSupportVnd: r.approvedSupportVnd === null ? null : Number(r.approvedSupportVnd),
      paidVnd: Number(r.paidVnd),
    }));
  }
}
