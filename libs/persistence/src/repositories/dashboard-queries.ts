import { DataSource } from 'typeorm';
import { REPORTING_STATES_SQL } from './state-lists';

export interface ProvinceFigures {
  provinceCode: string;
  plannedSupportVnd: string;
  advancesVnd: string;
  finalVnd: string;
  countsByState: Record<string, number>;
  lateReports: number;
  lateProjects: number;
  stalled: number;
  avgDaysOverdue: number | null;
}

/** Per-province figures of the dashboard, limited to the actor's province when it has one. */
export class DashboardQueries {
  constructor(private readonly dataSource: DataSource) {}

  byProvince(provinceCode: string | null, now: Date): Promise<ProvinceFigures[]> {
    return this.dataSource.query(
      `WITH scoped AS (SELECT * FROM projects WHERE $1::varchar IS NULL OR province_code = $1),
       money AS (
         SELECT province_code,
           -- The plan: the support approved for projects that went ahead (not rejected, withdrawn or terminated).
           COALESCE(SUM(approved_support_vnd) FILTER (WHERE state NOT IN ('REJECTED','WITHDRAWN','TERMINATED')), 0)::text AS planned,
           -- Advances less the unused ones refunded: that money went back to the budget.
           COALESCE(SUM(advances_vnd - refunded_vnd), 0)::text AS advances, COALESCE(SUM(final_payments_vnd), 0)::text AS final
         FROM scoped GROUP BY province_code),
       states AS (SELECT province_code, json_object_agg(state, n) AS counts
         FROM (SELECT province_code, state, count(*)::int AS n FROM scoped GROUP BY 1, 2) s GROUP BY province_code),
       late AS (
         SELECT p.province_code, count(*)::int AS reports, count(DISTINCT p.id)::int AS projects,
           avg(EXTRACT(EPOCH FROM ($2::timestamptz - COALESCE(rp.extended_due_at, rp.due_at))) / 86400) AS avg_days
         FROM report_periods rp JOIN scoped p ON p.id = rp.project_id
         WHERE rp.first_submitted_at IS NULL AND COALESCE(rp.extended_due_at, rp.due_at) < $2
           AND p.state IN (${REPORTING_STATES_SQL})
         GROUP BY p.province_code),
       stalled AS (SELECT province_code, count(*)::int AS n FROM scoped
         WHERE stall_limit_at < $2 AND stall_state = state GROUP BY province_code)
       SELECT m.province_code AS "provinceCode", m.planned AS "plannedSupportVnd", m.advances AS "advancesVnd",
         m.final AS "finalVnd", s.counts AS "countsByState", COALESCE(l.reports, 0) AS "lateReports",
         COALESCE(l.projects, 0) AS "lateProjects", COALESCE(st.n, 0) AS stalled, l.avg_days AS "avgDaysOverdue"
       FROM money m JOIN states s USING (province_code) LEFT JOIN late l USING (province_code)
       LEFT JOIN stalled st USING (province_code)
       ORDER BY m.province_code`,
      [provinceCode, now.toISOString()],
    );
  }
}
