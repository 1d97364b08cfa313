import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { LINE_RELEASED_STATES, RANKING_CANDIDATE_STATES, defaultFundingSource } from '@kc/domain';
import type { FundingSource, PlanLevel, PlanStatus, ProjectState, Scope } from '@kc/domain';
import { sqlStateList } from './state-lists';

const RELEASED_SQL = sqlStateList(LINE_RELEASED_STATES);
const CANDIDATE_SQL = sqlStateList(RANKING_CANDIDATE_STATES);

export interface PlanRow {
  id: string;
  level: PlanLevel;
  year: number;
  provinceCode: string | null;
  title: string;
  status: PlanStatus;
  decisionNo: string | null;
  decisionDate: string | null;
  approvedBy: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface PlanLineRow {
  id: string;
  planId: string;
  category: string;
  fundingSource: FundingSource;
  assignedVnd: number;
  initialVnd: number;
}

/** Money on a line (or any group), as bigint-safe text from SQL, turned to numbers by the caller. */
export interface MoneyFigures {
  assignedVnd: string;
  committedVnd: string;
  approvedVnd: string;
  contractedVnd: string;
  advancedVnd: string;
  settledVnd: string;
}

export interface PlanAmendmentRow {
  id: string;
  planId: string;
  lineId: string;
  deltaVnd: number;
  decisionNo: string;
  decisionDate: string;
  reason: string;
  createdBy: string;
  /** The full name of whoever recorded it (their email when the name is blank; empty if the account is gone). */
  createdByName: string;
  createdAt: Date;
}

/** A line with the plan it belongs to, for the allocation check and a project's page. */
export interface LineWithPlan extends PlanLineRow {
  plan: PlanRow;
}

/** What a line holds, read under its row lock. */
export interface LockedLine extends LineWithPlan {
  committedVnd: number;
}

const PLAN_COLUMNS = `p.id, p.level, p.year, p.province_code AS "provinceCode", p.title, p.status,
  p.decision_no AS "decisionNo", to_char(p.decision_date, 'YYYY-MM-DD') AS "decisionDate",
  p.approved_by AS "approvedBy", p.created_by AS "createdBy", p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

const LINE_COLUMNS = `l.id, l.plan_id AS "planId", l.category, l.funding_source AS "fundingSource",
  l.assigned_vnd::text AS "assignedVnd", l.initial_vnd::text AS "initialVnd"`;

function line(row: PlanLineRow & { assignedVnd: unknown; initialVnd: unknown }): PlanLineRow {
  return {
    id: row.id,
    planId: row.planId,
    category: row.category,
    fundingSource: row.fundingSource,
    assignedVnd: Number(row.assignedVnd),
    initialVnd: Number(row.initialVnd),
  };
}

/**
 * What the projects on a set of lines hold and spent; `groupBy` is a column of the joined rows. Advances count less
 * the unused advances refunded (after force majeure or a stop): the money went back to the budget.
 */
const FIGURES_SELECT = `
  COALESCE(SUM(COALESCE(c.amount_vnd, pr.approved_support_vnd)) FILTER (WHERE pr.state NOT IN (${RELEASED_SQL})), 0)::text AS "committedVnd",
  COALESCE(SUM(pr.approved_support_vnd) FILTER (WHERE pr.state NOT IN (${RELEASED_SQL})), 0)::text AS "approvedVnd",
  COALESCE(SUM(pr.approved_support_vnd) FILTER (WHERE pr.contract_no IS NOT NULL AND pr.state NOT IN (${RELEASED_SQL})), 0)::text AS "contractedVnd",
  COALESCE(SUM(pr.advances_vnd - pr.refunded_vnd), 0)::text AS "advancedVnd",
  COALESCE(SUM(pr.final_payments_vnd), 0)::text AS "settledVnd"`;

export interface FigureFilter {
  year: number;
  /** Local plans of these provinces only (a region or a province); null: every plan of the year, national too. */
  provinceCodes: readonly string[] | null;
}

export interface UndisbursedProject {
  id: string;
  code: string;
  title: string;
  provinceCode: string;
  category: string;
  state: string;
  approvedVnd: string;
  disbursedVnd: string;
  undisbursedVnd: string;
}

/** A project that may still be given money on a line: submitted, live, not yet approved (for the ranking). */
export interface LineCandidateRow {
  id: string;
  code: string;
  title: string;
  state: ProjectState;
  scope: Scope;
  provinceCode: string;
  implementingUnitName: string;
  implementingUnitEmail: string;
  pilot: boolean;
  priorityArea: boolean;
  requestedSupportVnd: number;
  /** Its first submission (the project's creation for one with no submission recorded, e.g. imported). */
  submittedAt: Date;
}

/** The annual plans, their lines, amendments and the commitments approvals hold on lines (issue 14). */
export class Plans {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: { year: number; provinceCode?: string; withNational: boolean; provinces: 'ALL' | string[] }) {
    const rows: PlanRow[] = await this.dataSource.query(
      `SELECT ${PLAN_COLUMNS} FROM plans p
       WHERE p.year = $1
         AND (($2::boolean AND p.level = 'NATIONAL' AND $3::varchar IS NULL)
              OR (p.level = 'LOCAL' AND ($4::varchar[] IS NULL OR p.province_code = ANY($4))
                  AND ($3::varchar IS NULL OR p.province_code = $3)))
       ORDER BY p.level DESC, p.province_code NULLS FIRST`,
      [
        filter.year,
        filter.withNational,
        filter.provinceCode ?? null,
        filter.provinces === 'ALL' ? null : filter.provinces,
      ],
    );
    return rows;
  }

  async find(id: string): Promise<PlanRow | null> {
    if (!isUuid(id)) return null;
    const rows: PlanRow[] = await this.dataSource.query(`SELECT ${PLAN_COLUMNS} FROM plans p WHERE p.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async linesOf(planIds: readonly string[]): Promise<PlanLineRow[]> {
    if (planIds.length === 0) return [];
    const rows = await this.dataSource.query(
      `SELECT ${LINE_COLUMNS} FROM plan_lines l WHERE l.plan_id = ANY($1::uuid[]) ORDER BY l.category, l.funding_source`,
      [planIds],
    );
    return rows.map(line);
  }

  async amendmentsOf(planIds: readonly string[]): Promise<PlanAmendmentRow[]> {
    if (planIds.length === 0) return [];
    const rows = await this.dataSource.query(
      `SELECT a.id, a.plan_id AS "planId", a.line_id AS "lineId", a.delta_vnd::text AS "deltaVnd",
         a.decision_no AS "decisionNo", to_char(a.decision_date, 'YYYY-MM-DD') AS "decisionDate", a.reason,
         a.created_by AS "createdBy", COALESCE(NULLIF(u.full_name, ''), u.email, '') AS "createdByName",
         a.created_at AS "createdAt"
       FROM plan_amendments a LEFT JOIN users u ON u.id = a.created_by
       WHERE a.plan_id = ANY($1::uuid[]) ORDER BY a.created_at, a.id`,
      [planIds],
    );
    return rows.map((r: PlanAmendmentRow) => ({ ...r, deltaVnd: Number(r.deltaVnd) }));
  }

  /** Money per line of the plans (lines with no project have zeros). */
  async lineFigures(planIds: readonly string[]): Promise<Map<string, MoneyFigures>> {
    if (planIds.length === 0) return new Map();
    const rows: Array<MoneyFigures & { lineId: string }> = await this.dataSource.query(
      `SELECT l.id AS "lineId", l.assigned_vnd::text AS "assignedVnd", ${FIGURES_SELECT}
       FROM plan_lines l
       LEFT JOIN projects pr ON pr.plan_line_id = l.id
       LEFT JOIN plan_line_commitments c ON c.project_id = pr.id AND c.line_id = l.id
       WHERE l.plan_id = ANY($1::uuid[])
       GROUP BY l.id`,
      [planIds],
    );
    return new Map(rows.map((r) => [r.lineId, r]));
  }

  /**
   * The candidates of a line: projects in a submitted, not yet approved state that draw on it — named it, or name
   * no line and fall on it by default (the plan's level, province, year and content area on the default source),
   * as `PlanAllocation.lineFor` places them at approval.
   */
  async lineCandidates(line: LineWithPlan): Promise<LineCandidateRow[]> {
    const byDefault = line.fundingSource === defaultFundingSource(line.plan.level);
    const rows = await this.dataSource.query(
      `SELECT pr.id, pr.code, pr.title, pr.state, pr.scope, pr.province_code AS "provinceCode",
         pr.implementing_unit_name AS "implementingUnitName", pr.implementing_unit_email AS "implementingUnitEmail",
         COALESCE(jsonb_typeof(pr.pilot) = 'object', false) AS pilot, pr.priority_area AS "priorityArea",
         pr.requested_support_vnd::text AS "requestedSupportVnd",
         COALESCE((SELECT MIN(t.occurred_at) FROM project_transitions t
                   WHERE t.project_id = pr.id AND t.action = 'submit'), pr.created_at) AS "submittedAt"
       FROM projects pr
       WHERE pr.state IN (${CANDIDATE_SQL})
         AND (pr.plan_line_id = $1
              OR ($2::boolean AND pr.plan_line_id IS NULL AND pr.scope = $3 AND pr.category = $4
                  AND ($3 = 'NATIONAL' OR pr.province_code = $5)
                  AND pr.planned_start >= make_date($6, 1, 1) AND pr.planned_start < make_date($6 + 1, 1, 1)))`,
      [line.id, byDefault, line.plan.level, line.category, line.plan.provinceCode ?? '', line.plan.year],
    );
    return rows.map((r: LineCandidateRow & { requestedSupportVnd: unknown }) => ({
      ...r,
      requestedSupportVnd: Number(r.requestedSupportVnd),
    }));
  }

  /** Creates a draft plan with its lines; null when the level, year and province already have a plan. */
  async create(
    plan: Pick<PlanRow, 'level' | 'year' | 'provinceCode' | 'title' | 'createdBy'>,
    lines: ReadonlyArray<{ category: string; fundingSource: FundingSource; assignedVnd: number }>,
  ): Promise<string | null> {
    const id = randomUUID();
    return this.dataSource.transaction(async (m) => {
      const inserted: unknown[] = await m.query(
        `INSERT INTO plans (id, level, year, province_code, title, status, created_by)
         VALUES ($1, $2, $3, $4, $5, 'DRAFT', $6)
         ON CONFLICT (level, year, COALESCE(province_code, '')) DO NOTHING RETURNING id`,
        [id, plan.level, plan.year, plan.provinceCode, plan.title, plan.createdBy],
      );
      if (inserted.length === 0) return null;
      for (const l of lines) {
        await m.query(
          `INSERT INTO plan_lines (id, plan_id, category, funding_source, assigned_vnd, initial_vnd)
           VALUES ($1, $2, $3, $4, $5, $5)`,
          [randomUUID(), id, l.category, l.fundingSource, l.assignedVnd],
        );
      }
      return id;
    });
  }

  /** Moves a plan from one status to the next; false when it was not in `from` (a concurrent move won). */
  async move(
    id: string,
    from: PlanStatus,
    to: PlanStatus,
    decision?: { decisionNo: string; decisionDate: string; approvedBy: string },
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `UPDATE plans SET status = $3, updated_at = now(),
         decision_no = COALESCE($4, decision_no), decision_date = COALESCE($5::date, decision_date),
         approved_by = COALESCE($6::uuid, approved_by)
       WHERE id = $1 AND status = $2 RETURNING id`,
      [id, from, to, decision?.decisionNo ?? null, decision?.decisionDate ?? null, decision?.approvedBy ?? null],
    );
    return rows.length > 0;
  }

  async findLine(lineId: string): Promise<LineWithPlan | null> {
    if (!isUuid(lineId)) return null;
    return this.lineQuery(this.dataSource.manager, `l.id = $1`, [lineId], false);
  }

  /** The default line of a project: its plan (level, year, province) and its content area on the default source. */
  async defaultLine(
    level: PlanLevel,
    year: number,
    provinceCode: string,
    category: string,
    fundingSource: FundingSource,
  ): Promise<LineWithPlan | null> {
    return this.lineQuery(
      this.dataSource.manager,
      `p.level = $1 AND p.year = $2 AND (p.level = 'NATIONAL' OR p.province_code = $3) AND l.category = $4
       AND l.funding_source = $5`,
      [level, year, provinceCode, category, fundingSource],
      false,
    );
  }

  private async lineQuery(m: EntityManager, where: string, params: unknown[], lock: boolean) {
    const rows = await m.query(
      `SELECT ${LINE_COLUMNS}, row_to_json(plan_row) AS plan
       FROM plan_lines l JOIN plans p ON p.id = l.plan_id
       CROSS JOIN LATERAL (SELECT ${PLAN_COLUMNS}) plan_row
       WHERE ${where} ${lock ? 'FOR UPDATE OF l' : ''}`,
      params,
    );
    if (!rows[0]) return null;
    return { ...line(rows[0]), plan: rows[0].plan as PlanRow };
  }

  /** What projects other than `exceptProject` hold on a line (call under the line's lock). */
  private async committedOn(m: EntityManager, lineId: string, exceptProject: string | null): Promise<number> {
    const rows: Array<{ committed: string }> = await m.query(
      `SELECT COALESCE(SUM(COALESCE(c.amount_vnd, pr.approved_support_vnd, 0)), 0)::text AS committed
       FROM projects pr LEFT JOIN plan_line_commitments c ON c.project_id = pr.id AND c.line_id = $1
       WHERE pr.plan_line_id = $1 AND pr.state NOT IN (${RELEASED_SQL}) AND ($2::uuid IS NULL OR pr.id <> $2)`,
      [lineId, exceptProject],
    );
    return Number(rows[0].committed);
  }

  /**
   * Holds `amountVnd` of a line for a project being approved, race-free: the line's row is locked while what it
   * holds is summed, `decide` says whether it fits (it throws to refuse), and the commitment and the project's line
   * are written in the same transaction. Two approvals on one line wait for each other here.
   */
  async commit(
    lineId: string,
    projectId: string,
    amountVnd: number,
    by: string,
    decide: (line: LockedLine) => { overrideReason: string | null },
  ): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const locked = await this.lineQuery(m, `l.id = $1`, [lineId], true);
      if (!locked) throw new Error(`plan line ${lineId} vanished`);
      const committedVnd = await this.committedOn(m, lineId, projectId);
      const { overrideReason } = decide({ ...locked, committedVnd });
      await m.query(
        `INSERT INTO plan_line_commitments (project_id, line_id, amount_vnd, override_reason, created_by)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (project_id) DO UPDATE SET line_id = EXCLUDED.line_id, amount_vnd = EXCLUDED.amount_vnd,
           override_reason = EXCLUDED.override_reason, created_by = EXCLUDED.created_by, created_at = now()`,
        [projectId, lineId, amountVnd, overrideReason, by],
      );
      await m.query(`UPDATE projects SET plan_id = $2, plan_line_id = $3 WHERE id = $1`, [
        projectId,
        locked.planId,
        lineId,
      ]);
    });
  }

  /** Gives back what an approval held when the workflow refused it. */
  async release(projectId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM plan_line_commitments WHERE project_id = $1`, [projectId]);
  }

  /** Puts a project on a plan line (chosen at creation or edit). */
  async attach(projectId: string, planId: string, lineId: string): Promise<void> {
    await this.dataSource.query(`UPDATE projects SET plan_id = $2, plan_line_id = $3 WHERE id = $1`, [
      projectId,
      planId,
      lineId,
    ]);
  }

  /**
   * Amends a line of an approved plan under the line's lock: `check` sees what the line holds and throws to refuse
   * (a cut below what is approved). The amendment is appended; the line's assigned estimate moves by the delta.
   */
  async amend(
    lineId: string,
    amendment: { deltaVnd: number; decisionNo: string; decisionDate: string; reason: string; createdBy: string },
    check: (line: LockedLine) => void,
  ): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const locked = await this.lineQuery(m, `l.id = $1`, [lineId], true);
      if (!locked) throw new Error(`plan line ${lineId} vanished`);
      check({ ...locked, committedVnd: await this.committedOn(m, lineId, null) });
      await m.query(
        `INSERT INTO plan_amendments (id, plan_id, line_id, delta_vnd, decision_no, decision_date, reason, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          randomUUID(),
          locked.planId,
          lineId,
          amendment.deltaVnd,
          amendment.decisionNo,
          amendment.decisionDate,
          amendment.reason,
          amendment.createdBy,
        ],
      );
      await m.query(`UPDATE plan_lines SET assigned_vnd = assigned_vnd + $2 WHERE id = $1`, [
        lineId,
        amendment.deltaVnd,
      ]);
      await m.query(`UPDATE plans SET updated_at = now() WHERE id = $1`, [locked.planId]);
    });
  }

  /**
   * The figures of a year's approved plans grouped by the plan's province (null for the national plan) and the
   * line's content area: one row per (province, category), summed further by the caller.
   */
  async figures(
    filter: FigureFilter,
  ): Promise<Array<MoneyFigures & { provinceCode: string | null; category: string }>> {
    return this.dataSource.query(
      `WITH lines AS (
         SELECT l.id, l.category, l.assigned_vnd, p.province_code
         FROM plans p JOIN plan_lines l ON l.plan_id = p.id
         WHERE p.year = $1 AND p.status = 'APPROVED'
           AND ($2::varchar[] IS NULL OR (p.level = 'LOCAL' AND p.province_code = ANY($2)))),
       spent AS (
         SELECT l.id, ${FIGURES_SELECT}
         FROM lines l JOIN projects pr ON pr.plan_line_id = l.id
         LEFT JOIN plan_line_commitments c ON c.project_id = pr.id AND c.line_id = l.id
         GROUP BY l.id)
       SELECT l.province_code AS "provinceCode", l.category, SUM(l.assigned_vnd)::text AS "assignedVnd",
         COALESCE(SUM(s."committedVnd"::bigint), 0)::text AS "committedVnd",
         COALESCE(SUM(s."approvedVnd"::bigint), 0)::text AS "approvedVnd",
         COALESCE(SUM(s."contractedVnd"::bigint), 0)::text AS "contractedVnd",
         COALESCE(SUM(s."advancedVnd"::bigint), 0)::text AS "advancedVnd",
         COALESCE(SUM(s."settledVnd"::bigint), 0)::text AS "settledVnd"
       FROM lines l LEFT JOIN spent s ON s.id = l.id
       GROUP BY l.province_code, l.category
       ORDER BY l.province_code NULLS FIRST, l.category`,
      [filter.year, filter.provinceCodes],
    );
  }

  /**
   * The projects of the year's approved plans holding the most approved money not yet paid out; reached through
   * the lines (`projects_plan_line_money`), so other years' projects are not read.
   */
  async mostUndisbursed(filter: FigureFilter, limit: number): Promise<UndisbursedProject[]> {
    return this.dataSource.query(
      `SELECT pr.id, pr.code, pr.title, pr.province_code AS "provinceCode", pr.category, pr.state,
         pr.approved_support_vnd::text AS "approvedVnd", (pr.advances_vnd - pr.refunded_vnd + pr.final_payments_vnd)::text AS "disbursedVnd",
         (pr.approved_support_vnd - pr.advances_vnd + pr.refunded_vnd - pr.final_payments_vnd)::text AS "undisbursedVnd"
       FROM plans p JOIN plan_lines l ON l.plan_id = p.id JOIN projects pr ON pr.plan_line_id = l.id
       WHERE p.year = $1 AND p.status = 'APPROVED'
         AND ($2::varchar[] IS NULL OR (p.level = 'LOCAL' AND p.province_code = ANY($2)))
         AND pr.state NOT IN (${RELEASED_SQL}) AND pr.approved_support_vnd IS NOT NULL
         AND pr.approved_support_vnd > pr.advances_vnd + pr.final_payments_vnd
       ORDER BY pr.approved_support_vnd - pr.advances_vnd - pr.final_payments_vnd DESC, pr.code
       LIMIT $3`,
      [filter.year, filter.provinceCodes, limit],
    );
  }
}

function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}
