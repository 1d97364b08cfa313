import { DataSource } from 'typeorm';
import type { ProjectState, Scope } from '@kc/domain';
import { sqlStateList } from './state-lists';

/**
 * The province and the span the Department's periodic report reads: instants in UTC, `until` exclusive (the start
 * of the day after the figures' day in Vietnam), `year` the plan year of the projects whose money it shows.
 */
export interface PeriodicReportWindow {
  provinceCode: string;
  year: number;
  from: string;
  until: string;
}

export interface StateCountRow {
  scope: Scope;
  state: ProjectState;
  count: number;
}

/** Money of the plan year's projects of one scope, as bigint-safe text; paid out up to `until`. */
export interface MoneyRow {
  scope: Scope;
  projects: number;
  requestedVnd: string;
  approvedVnd: string;
  advancedVnd: string;
  paidVnd: string;
}

export interface LateReportRow {
  code: string;
  scope: Scope;
  unitName: string;
  periodLabel: string;
  /** The due day in force (an extension moves it), local. */
  dueDay: string;
  /** Local day of the first submission, null when none came before `until`. */
  submittedDay: string | null;
  daysLate: number;
}

export interface PeriodEscalationRow {
  code: string;
  scope: Scope;
  reason: 'REPORT_OVERDUE' | 'STALLED';
  periodLabel: string | null;
  stalledState: ProjectState | null;
  level: number;
  status: 'OPEN' | 'ACKNOWLEDGED' | 'RESOLVED' | 'AUTO_CLOSED';
  closedReason: 'REPORT_SUBMITTED' | 'LEFT_STALLED_STATE' | 'PROJECT_CLOSED' | null;
  resolutionNote: string | null;
  openedDay: string;
  /** Local day it was resolved or closed; null while open. */
  endedDay: string | null;
}

/** What the periodic report reads from the read model, all of one province. */
export interface PeriodicReportRows {
  states: StateCountRow[];
  money: MoneyRow[];
  /** What the province's approved local plan of the year assigns; null when it has none. */
  localPlanAssignedVnd: string | null;
  lateReports: LateReportRow[];
  escalations: PeriodEscalationRow[];
}

/** One national project a Department registers for a plan year (Mẫu 2). */
export interface RegistrationRow {
  code: string;
  title: string;
  category: string;
  unitName: string;
  beneficiary: string;
  totalCostVnd: string;
  requestedSupportVnd: string;
  plannedStart: string;
  plannedEnd: string;
  state: ProjectState;
}

/** The plan year written in a project's code (KCQG-2027-BN-0004 → 2027). */
const PLAN_YEAR = `(CASE WHEN split_part(p.code, '-', 2) ~ '^[0-9]{4}$' THEN split_part(p.code, '-', 2)::int END)`;
const LOCAL_DAY = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`;
/** A registration is not one while a draft, nor after it was withdrawn. */
const NOT_REGISTERED_SQL = sqlStateList(['DRAFT', 'WITHDRAWN']);

/**
 * The reads of the Department's periodic report (TT 36 Art. 21.5) and of its registration summary (Mẫu 2): plain
 * SQL over the read model, as the figures stood at the window's end, so the API and the worker make the same paper.
 */
export class PeriodicReportQueries {
  constructor(private readonly dataSource: DataSource) {}

  async periodic(window: PeriodicReportWindow): Promise<PeriodicReportRows> {
    const [states, money, plan, lateReports, escalations] = await Promise.all([
      this.statesAt(window),
      this.money(window),
      this.localPlan(window),
      this.lateReports(window),
      this.escalations(window),
    ]);
    return { states, money, localPlanAssignedVnd: plan, lateReports, escalations };
  }

  /** Each project's state at `until`: the last transition before it (projects created later are not counted). */
  private statesAt(w: PeriodicReportWindow): Promise<StateCountRow[]> {
    return this.dataSource.query(
      `SELECT p.scope, t.to_state AS state, count(*)::int AS count
       FROM projects p
       JOIN LATERAL (SELECT to_state FROM project_transitions t
         WHERE t.project_id = p.id AND t.occurred_at < $2 ORDER BY t.seq DESC LIMIT 1) t ON true
       WHERE p.province_code = $1
       GROUP BY p.scope, t.to_state
       ORDER BY p.scope, t.to_state`,
      [w.provinceCode, w.until],
    );
  }

  /**
   * The plan year's projects: requested support, support approved before `until` (of projects not rejected,
   * withdrawn or stopped since), and what was advanced and paid before `until` (the disbursement ledger's days).
   * Advances are net of the unused advances refunded before `until` (the refund events' days), as on the dashboard:
   * that money went back to the budget.
   */
  private async money(w: PeriodicReportWindow): Promise<MoneyRow[]> {
    const rows: Array<MoneyRow & { projects: number }> = await this.dataSource.query(
      `SELECT p.scope, count(*)::int AS projects,
         COALESCE(SUM(p.requested_support_vnd), 0)::text AS "requestedVnd",
         COALESCE(SUM(p.approved_support_vnd) FILTER (WHERE p.state NOT IN ('REJECTED','WITHDRAWN','TERMINATED')
           AND EXISTS (SELECT 1 FROM project_transitions a WHERE a.project_id = p.id AND a.action = 'approve'
             AND a.occurred_at < $3)), 0)::text AS "approvedVnd",
         (COALESCE(SUM(d.advanced), 0) - COALESCE(SUM(r.refunded), 0))::text AS "advancedVnd",
         COALESCE(SUM(d.paid), 0)::text AS "paidVnd"
       FROM projects p
       LEFT JOIN LATERAL (SELECT
           SUM(amount_vnd) FILTER (WHERE kind = 'ADVANCE') AS advanced,
           SUM(amount_vnd) FILTER (WHERE kind = 'FINAL') AS paid
         FROM disbursements d WHERE d.project_id = p.id AND d.occurred_at < $3) d ON true
       LEFT JOIN LATERAL (SELECT SUM((t.details->>'amountVnd')::bigint) AS refunded
         FROM project_transitions t WHERE t.project_id = p.id AND t.action IN ('record_refund', 'refund_advance')
           AND t.occurred_at < $3) r ON true
       WHERE p.province_code = $1 AND ${PLAN_YEAR} = $2 AND p.state NOT IN (${NOT_REGISTERED_SQL})
         AND p.created_at < $3
       GROUP BY p.scope
       ORDER BY p.scope DESC`,
      [w.provinceCode, w.year, w.until],
    );
    return rows;
  }

  private async localPlan(w: PeriodicReportWindow): Promise<string | null> {
    const rows: Array<{ assigned: string | null }> = await this.dataSource.query(
      `SELECT SUM(l.assigned_vnd)::text AS assigned
       FROM plans pl JOIN plan_lines l ON l.plan_id = pl.id
       WHERE pl.level = 'LOCAL' AND pl.province_code = $1 AND pl.year = $2 AND pl.status = 'APPROVED'`,
      [w.provinceCode, w.year],
    );
    return rows[0]?.assigned ?? null;
  }

  /**
   * The units' progress reports due in the window (the due day in force) that came late or not at all by `until`;
   * days late counted to the submission, or to `until` for one still missing.
   */
  private lateReports(w: PeriodicReportWindow): Promise<LateReportRow[]> {
    return this.dataSource.query(
      `SELECT p.code, p.scope, p.implementing_unit_name AS "unitName", rp.label_vi AS "periodLabel",
         ${LOCAL_DAY('COALESCE(rp.extended_due_at, rp.due_at)')} AS "dueDay",
         CASE WHEN rp.first_submitted_at < $3 THEN ${LOCAL_DAY('rp.first_submitted_at')} END AS "submittedDay",
         GREATEST(1, ceil(EXTRACT(EPOCH FROM (LEAST(COALESCE(rp.first_submitted_at, $3::timestamptz), $3::timestamptz)
           - COALESCE(rp.extended_due_at, rp.due_at))) / 86400))::int AS "daysLate"
       FROM report_periods rp JOIN projects p ON p.id = rp.project_id
       WHERE p.province_code = $1
         AND COALESCE(rp.extended_due_at, rp.due_at) >= $2 AND COALESCE(rp.extended_due_at, rp.due_at) < $3
         AND (rp.first_submitted_at IS NULL OR rp.first_submitted_at > COALESCE(rp.extended_due_at, rp.due_at))
       ORDER BY COALESCE(rp.extended_due_at, rp.due_at), p.code`,
      [w.provinceCode, w.from, w.until],
    );
  }

  /** Escalations opened in the window and where each stands now (resolved, closed by the system, still open). */
  private escalations(w: PeriodicReportWindow): Promise<PeriodEscalationRow[]> {
    return this.dataSource.query(
      `SELECT p.code, p.scope, e.reason, rp.label_vi AS "periodLabel", e.stalled_state AS "stalledState", e.level,
         e.status, e.closed_reason AS "closedReason", e.resolution_note AS "resolutionNote",
         ${LOCAL_DAY('e.opened_at')} AS "openedDay",
         ${LOCAL_DAY('COALESCE(e.resolved_at, e.closed_at)')} AS "endedDay"
       FROM escalations e JOIN projects p ON p.id = e.project_id
       LEFT JOIN report_periods rp ON rp.project_id = e.project_id AND rp.period_key = e.period_key
       WHERE e.province_code = $1 AND e.opened_at >= $2 AND e.opened_at < $3
       ORDER BY e.opened_at, p.code`,
      [w.provinceCode, w.from, w.until],
    );
  }

  /** The province's national projects of a plan year, registered (not drafts, not withdrawn), in code order. */
  registrations(provinceCode: string, year: number): Promise<RegistrationRow[]> {
    return this.dataSource.query(
      `SELECT p.code, p.title, p.category, p.implementing_unit_name AS "unitName", p.beneficiary,
         p.total_cost_vnd::text AS "totalCostVnd", p.requested_support_vnd::text AS "requestedSupportVnd",
         to_char(p.planned_start, 'YYYY-MM-DD') AS "plannedStart", to_char(p.planned_end, 'YYYY-MM-DD') AS "plannedEnd",
         p.state
       FROM projects p
       WHERE p.province_code = $1 AND p.scope = 'NATIONAL' AND ${PLAN_YEAR} = $2 AND p.state NOT IN (${NOT_REGISTERED_SQL})
       ORDER BY p.code`,
      [provinceCode, year],
    );
  }
}
