import { DataSource } from 'typeorm';
import { DEFAULT_LOCAL_APPROVER, reachFilterOf } from '@kc/domain';
import type { Actor, AwaitedSituation, EscalationLevel, LocalApprover, Scope } from '@kc/domain';
import { REPORTING_STATES_SQL } from './state-lists';

/** A project waiting for one of its (state, scope) steps; the stall clock is its deadline when it runs. */
export interface AwaitingProjectRow {
  projectId: string;
  code: string;
  title: string;
  scope: Scope;
  state: string;
  provinceCode: string;
  implementingUnitName: string;
  implementingUnitEmail: string;
  localApprover: LocalApprover | null;
  /** YYYY-MM-DD: its year is the plan year. */
  plannedStart: string;
  /** A group project, and whether its implementation plan (Mẫu 11) is approved. */
  group: boolean;
  implPlanApproved: boolean;
  dueAt: Date | null;
  dueDay: string | null;
  since: Date;
}

/** A report period of a project in reporting states that has no report yet. */
export interface DueReportRow {
  projectId: string;
  code: string;
  title: string;
  provinceCode: string;
  periodKey: string;
  labelVi: string;
  labelEn: string;
  dueAt: Date;
  dueDay: string;
  extended: boolean;
}

/** The highest open escalation of one cause (a period's report or a state's stall) addressed to the actor. */
export interface AddressedEscalationRow {
  escalationId: string;
  projectId: string;
  code: string;
  title: string;
  scope: Scope;
  provinceCode: string;
  reason: 'REPORT_OVERDUE' | 'STALLED';
  periodKey: string | null;
  labelVi: string | null;
  labelEn: string | null;
  stalledState: string | null;
  level: number;
  status: string;
  dueAt: Date;
  dueDay: string;
  openedAt: Date;
}

export interface InboxCounts {
  projects: number;
  reports: number;
  escalations: number;
}

const OPEN_ESCALATION = `e.status IN ('OPEN', 'ACKNOWLEDGED')`;
const REPORTING_STATES = `p.state IN (${REPORTING_STATES_SQL})`;

/**
 * What waits for one user, over the read model and within the user's reach (the province; an implementing
 * unit only its own projects, as ProjectQueries). Which states and escalation levels count is the domain's
 * answer (awaitedSituations, escalationsAddressedTo), passed in.
 */
export class InboxQueries {
  constructor(private readonly dataSource: DataSource) {}

  async awaitingProjects(actor: Actor, situations: AwaitedSituation[], limit: number): Promise<AwaitingProjectRow[]> {
    if (situations.length === 0) return [];
    const { sql, params } = this.awaitingFilter(actor, situations);
    return this.dataSource.query(
      `SELECT p.id AS "projectId", p.code, p.title, p.scope, p.state, p.province_code AS "provinceCode",
         p.implementing_unit_name AS "implementingUnitName", p.implementing_unit_email AS "implementingUnitEmail",
         p.local_approver AS "localApprover", to_char(p.planned_start, 'YYYY-MM-DD') AS "plannedStart",
         p.group_project AS "group", COALESCE(jsonb_typeof(p.group_plan->'approval') = 'object', false) AS "implPlanApproved",
         CASE WHEN p.stall_state = p.state THEN p.stall_limit_at END AS "dueAt",
         CASE WHEN p.stall_state = p.state THEN to_char((p.stall_limit_at AT TIME ZONE 'Asia/Ho_Chi_Minh') - interval '1 microsecond', 'YYYY-MM-DD') END AS "dueDay",
         p.updated_at AS since
       FROM projects p WHERE ${sql}
       ORDER BY CASE WHEN p.stall_state = p.state THEN p.stall_limit_at END ASC NULLS LAST, p.updated_at ASC, p.id
       LIMIT ${Number(limit)}`,
      params,
    );
  }

  async dueReports(actor: Actor, limit: number): Promise<DueReportRow[]> {
    const { sql, params } = this.reportFilter(actor);
    return this.dataSource.query(
      `SELECT p.id AS "projectId", p.code, p.title, p.province_code AS "provinceCode", rp.period_key AS "periodKey",
         rp.label_vi AS "labelVi", rp.label_en AS "labelEn", COALESCE(rp.extended_due_at, rp.due_at) AS "dueAt",
         to_char(rp.due_day, 'YYYY-MM-DD') AS "dueDay", rp.extended_due_at IS NOT NULL AS extended
       FROM report_periods rp JOIN projects p ON p.id = rp.project_id WHERE ${sql}
       ORDER BY COALESCE(rp.extended_due_at, rp.due_at) ASC, p.code, rp.period_key
       LIMIT ${Number(limit)}`,
      params,
    );
  }

  async addressedEscalations(
    actor: Actor,
    addressed: Array<{ level: EscalationLevel; scope: Scope }>,
    limit: number,
  ): Promise<AddressedEscalationRow[]> {
    if (addressed.length === 0) return [];
    const { sql, params } = this.escalationFilter(actor, addressed);
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (e.project_id, e.reason, COALESCE(e.period_key, ''), COALESCE(e.stalled_state, ''))
           e.id AS "escalationId", p.id AS "projectId", p.code, p.title, p.scope, e.province_code AS "provinceCode",
           e.reason, e.period_key AS "periodKey", rp.label_vi AS "labelVi", rp.label_en AS "labelEn",
           e.stalled_state AS "stalledState", e.level, e.status, e.due_at AS "dueAt",
           to_char((e.due_at AT TIME ZONE 'Asia/Ho_Chi_Minh') - interval '1 microsecond', 'YYYY-MM-DD') AS "dueDay",
           e.opened_at AS "openedAt"
         FROM escalations e JOIN projects p ON p.id = e.project_id
         LEFT JOIN report_periods rp ON rp.project_id = e.project_id AND rp.period_key = e.period_key
         WHERE ${sql}
         ORDER BY e.project_id, e.reason, COALESCE(e.period_key, ''), COALESCE(e.stalled_state, ''), e.level DESC
       ) x ORDER BY x."dueAt" ASC, x."escalationId" LIMIT ${Number(limit)}`,
      params,
    );
  }

  async counts(
    actor: Actor,
    situations: AwaitedSituation[],
    addressed: Array<{ level: EscalationLevel; scope: Scope }>,
    withReports: boolean,
  ): Promise<InboxCounts> {
    const count = async (query: string, params: unknown[]) =>
      Number(((await this.dataSource.query(query, params)) as Array<{ n: string }>)[0]?.n ?? 0);
    const projects = situations.length
      ? (() => {
          const f = this.awaitingFilter(actor, situations);
          return count(`SELECT count(*) AS n FROM projects p WHERE ${f.sql}`, f.params);
        })()
      : Promise.resolve(0);
    const reports = withReports
      ? (() => {
          const f = this.reportFilter(actor);
          return count(
            `SELECT count(*) AS n FROM report_periods rp JOIN projects p ON p.id = rp.project_id WHERE ${f.sql}`,
            f.params,
          );
        })()
      : Promise.resolve(0);
    const escalations = addressed.length
      ? (() => {
          const f = this.escalationFilter(actor, addressed);
          return count(
            `SELECT count(DISTINCT (e.project_id, e.reason, COALESCE(e.period_key, ''), COALESCE(e.stalled_state, ''))) AS n
             FROM escalations e JOIN projects p ON p.id = e.project_id WHERE ${f.sql}`,
            f.params,
          );
        })()
      : Promise.resolve(0);
    const [p, r, e] = await Promise.all([projects, reports, escalations]);
    return { projects: p, reports: r, escalations: e };
  }

  private awaitingFilter(actor: Actor, situations: AwaitedSituation[]) {
    const params: unknown[] = [
      situations.map((s) => s.state),
      situations.map((s) => s.scope),
      situations.map((s) => s.localApprover ?? null),
      DEFAULT_LOCAL_APPROVER,
      situations.map((s) => s.groupOnly === true),
    ];
    const reach = projectReach(actor, params);
    // A situation naming a local approver matches only the projects whose province's regulation named it.
    return {
      sql: `EXISTS (SELECT 1 FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $5::boolean[])
                AS s(state, scope, approver, group_only)
              WHERE s.state = p.state AND s.scope = p.scope AND (NOT s.group_only OR p.group_project)
                AND (s.approver IS NULL OR s.approver = COALESCE(p.local_approver, $4::varchar)))${reach}`,
      params,
    };
  }

  private reportFilter(actor: Actor) {
    const params: unknown[] = [];
    return { sql: `rp.first_submitted_at IS NULL AND ${REPORTING_STATES}${projectReach(actor, params)}`, params };
  }

  private escalationFilter(actor: Actor, addressed: Array<{ level: EscalationLevel; scope: Scope }>) {
    const params: unknown[] = [addressed.map((a) => a.level), addressed.map((a) => a.scope)];
    let sql = `${OPEN_ESCALATION} AND (e.level, p.scope) IN (SELECT * FROM unnest($1::int[], $2::varchar[]))`;
    if (actor.provinceCode !== null) {
      params.push(actor.provinceCode);
      sql += ` AND e.province_code = $${params.length}`;
    }
    return { sql: sql + projectReach(actor, params), params };
  }
}

/** The same reach as ProjectQueries (the domain's reachFilterOf): all, one province, or one unit's projects. */
function projectReach(actor: Actor, params: unknown[]): string {
  const reach = reachFilterOf(actor);
  if (reach.kind === 'ALL') return '';
  params.push(reach.provinceCode);
  let sql = ` AND p.province_code = $${params.length}`;
  if (reach.kind === 'UNIT') {
    params.push(reach.unitEmail);
    sql += ` AND lower(p.implementing_unit_email) = $${params.length}`;
  }
  return sql;
}
