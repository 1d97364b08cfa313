import { DataSource } from 'typeorm';
import type { Actor } from '@kc/domain';
import { LEVELS_WITH_NAMES } from './escalation-repository';
import { REPORTING_STATES_SQL } from './state-lists';
import { preparedQuery } from './prepared-query';

export interface QueueFilter {
  provinceCode?: string;
  scope?: string;
  category?: string;
  officerEmail?: string;
  level?: number;
}

/** A cursor that does not come from this queue. */
export class InvalidQueueCursor extends Error {
  constructor() {
    super('invalid queue cursor');
    this.name = 'InvalidQueueCursor';
  }
}

/** Keyset position in (due_at, row key) order: the most overdue first; `tiebreak` is the row key as JSON. */
export interface QueueCursor {
  dueAt: string;
  tiebreak: string;
}

export interface QueueRow {
  tiebreak: string;
  projectId: string;
  code: string;
  title: string;
  scope: string;
  category: string;
  provinceCode: string;
  officerEmail: string | null;
  officerName: string | null;
  projectState: string;
  implementingUnitName: string;
  kind: 'REPORT' | 'STALL';
  periodKey: string | null;
  labelVi: string | null;
  labelEn: string | null;
  stallState: string | null;
  dueAt: Date;
  dueDay: string;
  escalationLevel: number;
  escalationId: string | null;
  escalationStatus: string | null;
  /** Escalations queue only: the level history, who handled it, why the system closed it. */
  escalationDetail: EscalationQueueDetail | null;
  lastAction: string | null;
  lastActionAt: Date | null;
  lastActionBy: string | null;
  lastActionByName: string | null;
}

export interface EscalationQueueDetail {
  openedAt: string;
  levels: Array<{ level: number; reachedAt: string; notified: string[]; notifiedNames: string[] }>;
  acknowledged: { by: string | null; at: string } | null;
  resolved: { by: string | null; at: string; note: string | null } | null;
  closed: { reason: string; detail: string | null; at: string } | null;
}

/** Which escalations a status filter shows: the open ones (to act on) unless told otherwise. */
export const ESCALATION_STATUS_FILTERS: Record<string, string[]> = {
  OPEN_ALL: ['OPEN', 'ACKNOWLEDGED'],
  OPEN: ['OPEN'],
  ACKNOWLEDGED: ['ACKNOWLEDGED'],
  RESOLVED: ['RESOLVED'],
  AUTO_CLOSED: ['AUTO_CLOSED'],
  ALL: ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'AUTO_CLOSED'],
};

const ESCALATION_DETAIL = `json_build_object(
    'openedAt', e.opened_at,
    'levels', ${LEVELS_WITH_NAMES},
    'acknowledged', CASE WHEN e.acknowledged_at IS NULL THEN NULL
      ELSE json_build_object('by', ack.full_name, 'at', e.acknowledged_at) END,
    'resolved', CASE WHEN e.resolved_at IS NULL THEN NULL
      ELSE json_build_object('by', res.full_name, 'at', e.resolved_at, 'note', e.resolution_note) END,
    'closed', CASE WHEN e.closed_at IS NULL THEN NULL
      ELSE json_build_object('reason', e.closed_reason, 'detail', e.closed_detail, 'at', e.closed_at) END)`;

const LAST_ACTION = `LEFT JOIN LATERAL (
    SELECT t.action, t.occurred_at, t.actor_email FROM project_transitions t
    WHERE t.project_id = p.id ORDER BY t.seq DESC LIMIT 1) la ON true
  LEFT JOIN users o ON o.email = p.officer_email`;

const PROJECT_COLUMNS = `p.id AS "projectId", p.code, p.title, p.scope, p.category, p.province_code AS "provinceCode",
  p.officer_email AS "officerEmail", o.full_name AS "officerName",
  la.action AS "lastAction", la.occurred_at AS "lastActionAt", la.actor_email AS "lastActionBy",
  (SELECT u.full_name FROM users u WHERE u.email = la.actor_email) AS "lastActionByName",
  p.state AS "projectState", p.implementing_unit_name AS "implementingUnitName"`;

/** The rows one page reads: its limit and one more, to tell whether a next page exists. */
function pageRows(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new RangeError(`queue page limit must be a positive integer, got ${limit}`);
  return limit + 1;
}

/** One queue's query and the expressions its filters, keyset and order use. */
interface QueueQuery {
  /** SELECT … WHERE …, with $NOW (and $UNTIL) for the moments; the filters are appended with AND. */
  base: string;
  /** The due moment the queue is ordered by, then by the tiebreak keys. */
  due: string;
  tiebreak: Array<{ expr: string; cast: string }>;
  level: string;
  /** The province to filter on, where the queue's index has its own copy (default: the project's). */
  province?: string;
  /** The base is a subquery named p whose columns carry the row's names ("provinceCode"). */
  wrapped?: boolean;
  /**
   * The row's columns, read around the page ($PAGE, its keys chosen, ordered and limited by the base), when the base
   * selects keys only; in the page's order again.
   */
  decorate?: string;
}

/**
 * The supervisors' queues over the read model, within the actor's reach, most overdue first, keyset
 * paginated on (due moment, row key) so pages stay stable while rows change.
 */
export class QueueQueries {
  constructor(private readonly dataSource: DataSource) {}

  lateReports(
    actor: Actor,
    filter: QueueFilter,
    cursor: QueueCursor | null,
    limit: number,
    now: Date,
  ): Promise<QueueRow[]> {
    return this.page(
      {
        base: `SELECT json_build_array(rp.project_id, rp.period_key)::text AS tiebreak, ${PROJECT_COLUMNS},
         'REPORT' AS kind, rp.period_key AS "periodKey", rp.label_vi AS "labelVi", rp.label_en AS "labelEn",
         NULL AS "stallState", COALESCE(rp.extended_due_at, rp.due_at) AS "dueAt", to_char(rp.due_day, 'YYYY-MM-DD') AS "dueDay",
         rp.escalation_level AS "escalationLevel", e.id AS "escalationId", e.status AS "escalationStatus",
         NULL AS "escalationDetail"
       FROM report_periods rp JOIN projects p ON p.id = rp.project_id ${LAST_ACTION}
       LEFT JOIN LATERAL (SELECT id, status FROM escalations x WHERE x.project_id = p.id AND x.period_key = rp.period_key
         AND x.reason = 'REPORT_OVERDUE' ORDER BY x.opened_at DESC LIMIT 1) e ON true
       WHERE rp.first_submitted_at IS NULL AND COALESCE(rp.extended_due_at, rp.due_at) < $NOW
         AND p.state IN (${REPORTING_STATES_SQL})`,
        due: 'COALESCE(rp.extended_due_at, rp.due_at)',
        // The order of report_periods_late_idx, so a page is read off the index and stops at the limit; with a
        // province, the order of report_periods_province_late_idx (the period's copy of its project's province).
        tiebreak: [
          { expr: 'rp.project_id', cast: 'uuid' },
          { expr: 'rp.period_key', cast: 'varchar' },
        ],
        level: 'rp.escalation_level',
        province: 'rp.province_code',
      },
      actor,
      filter,
      cursor,
      limit,
      now,
    );
  }

  stalled(
    actor: Actor,
    filter: QueueFilter,
    cursor: QueueCursor | null,
    limit: number,
    now: Date,
  ): Promise<QueueRow[]> {
    return this.page(
      {
        base: `SELECT json_build_array(p.id)::text AS tiebreak, ${PROJECT_COLUMNS},
         'STALL' AS kind, NULL AS "periodKey", NULL AS "labelVi", NULL AS "labelEn", p.stall_state AS "stallState",
         p.stall_limit_at AS "dueAt", to_char((p.stall_limit_at AT TIME ZONE 'Asia/Ho_Chi_Minh') - interval '1 microsecond', 'YYYY-MM-DD') AS "dueDay",
         p.stall_escalation_level AS "escalationLevel", e.id AS "escalationId", e.status AS "escalationStatus",
         NULL AS "escalationDetail"
       FROM projects p ${LAST_ACTION}
       LEFT JOIN LATERAL (SELECT id, status FROM escalations x WHERE x.project_id = p.id AND x.stalled_state = p.stall_state
         AND x.reason = 'STALLED' ORDER BY x.opened_at DESC LIMIT 1) e ON true
       WHERE p.stall_limit_at < $NOW AND p.stall_state = p.state`,
        // projects_stall_in_state_idx; with a province, projects_province_stall_in_state_idx.
        due: 'p.stall_limit_at',
        tiebreak: [{ expr: 'p.id', cast: 'uuid' }],
        level: 'p.stall_escalation_level',
      },
      actor,
      filter,
      cursor,
      limit,
      now,
    );
  }

  /** Escalations, one per cause, oldest deadline first; the open ones (OPEN, ACKNOWLEDGED) unless a status is given. */
  escalations(
    actor: Actor,
    filter: QueueFilter & { status?: string },
    cursor: QueueCursor | null,
    limit: number,
    now: Date,
  ): Promise<QueueRow[]> {
    const wanted =
      filter.status && Object.hasOwn(ESCALATION_STATUS_FILTERS, filter.status) ? filter.status : 'OPEN_ALL';
    const statuses = ESCALATION_STATUS_FILTERS[wanted];
    return this.page(
      {
        base: `SELECT json_build_array(e.id)::text AS tiebreak, ${PROJECT_COLUMNS},
         CASE WHEN e.reason = 'STALLED' THEN 'STALL' ELSE 'REPORT' END AS kind, e.period_key AS "periodKey",
         rp.label_vi AS "labelVi", rp.label_en AS "labelEn", e.stalled_state AS "stallState",
         e.due_at AS "dueAt", to_char((e.due_at AT TIME ZONE 'Asia/Ho_Chi_Minh') - interval '1 microsecond', 'YYYY-MM-DD') AS "dueDay",
         e.level AS "escalationLevel", e.id AS "escalationId", e.status AS "escalationStatus",
         ${ESCALATION_DETAIL} AS "escalationDetail"
       FROM escalations e JOIN projects p ON p.id = e.project_id ${LAST_ACTION}
       LEFT JOIN users ack ON ack.id = e.acknowledged_by LEFT JOIN users res ON res.id = e.resolved_by
       LEFT JOIN report_periods rp ON rp.project_id = e.project_id AND rp.period_key = e.period_key
       WHERE e.status IN (${statuses.map((x) => `'${x}'`).join(', ')}) AND $NOW::timestamptz IS NOT NULL`,
        due: 'e.due_at',
        tiebreak: [{ expr: 'e.id', cast: 'uuid' }],
        level: 'e.level',
      },
      actor,
      filter,
      cursor,
      limit,
      now,
    );
  }

  /** Report deadlines and state limits falling due between now and `until`, soonest first. */
  upcoming(
    actor: Actor,
    filter: QueueFilter,
    cursor: QueueCursor | null,
    limit: number,
    now: Date,
    until: Date,
  ): Promise<QueueRow[]> {
    return this.page(
      {
        // Keys only: both kinds of deadline of the next days can be thousands of rows, and the page is chosen by a
        // sort over all of them; the project's columns and last action are read for the page's rows alone.
        base: `SELECT * FROM (
         SELECT rp.project_id::text || ':' || rp.period_key AS "rowKey", 'REPORT' AS kind,
           rp.project_id AS "projectId", rp.period_key AS "periodKey", COALESCE(rp.extended_due_at, rp.due_at) AS "dueAt",
           0 AS "escalationLevel", p.province_code AS "provinceCode", p.scope, p.category, p.officer_email AS "officerEmail"
         FROM report_periods rp JOIN projects p ON p.id = rp.project_id
         WHERE rp.first_submitted_at IS NULL AND COALESCE(rp.extended_due_at, rp.due_at) >= $NOW
           AND COALESCE(rp.extended_due_at, rp.due_at) < $UNTIL AND p.state IN (${REPORTING_STATES_SQL})
         UNION ALL
         SELECT p.id::text, 'STALL', p.id, NULL, p.stall_limit_at, 0, p.province_code, p.scope, p.category,
           p.officer_email
         FROM projects p
         WHERE p.stall_limit_at >= $NOW AND p.stall_limit_at < $UNTIL AND p.stall_state = p.state
       ) p WHERE true`,
        decorate: `SELECT json_build_array(k."rowKey")::text AS tiebreak, ${PROJECT_COLUMNS}, k.kind, k."periodKey",
         rp.label_vi AS "labelVi", rp.label_en AS "labelEn", CASE WHEN k.kind = 'STALL' THEN p.stall_state END AS "stallState", k."dueAt",
         CASE WHEN k.kind = 'REPORT' THEN to_char(rp.due_day, 'YYYY-MM-DD')
           ELSE to_char((k."dueAt" AT TIME ZONE 'Asia/Ho_Chi_Minh') - interval '1 microsecond', 'YYYY-MM-DD') END AS "dueDay",
         0 AS "escalationLevel", NULL::uuid AS "escalationId", NULL AS "escalationStatus", NULL::json AS "escalationDetail"
       FROM ($PAGE) k JOIN projects p ON p.id = k."projectId" ${LAST_ACTION}
       LEFT JOIN report_periods rp ON k.kind = 'REPORT' AND rp.project_id = k."projectId" AND rp.period_key = k."periodKey"
       ORDER BY k."dueAt" ASC, k."rowKey" ASC`,
        due: 'p."dueAt"',
        // The cursor carries the row key itself (the tiebreak's one element), so the keyset compares it with that,
        // not with the JSON text around it: compared with the JSON, a page ending among rows due at the same moment
        // (every province's monthly reports fall due together) was followed by the same page again.
        tiebreak: [{ expr: 'p."rowKey"', cast: 'text' }],
        level: 'p."escalationLevel"',
        wrapped: true,
      },
      actor,
      filter,
      cursor,
      limit,
      now,
      until,
    );
  }

  /** Runs one page's query; bench/queue-explain.ts replaces it to explain the query instead. */
  protected run(sql: string, params: unknown[]): Promise<QueueRow[]> {
    return preparedQuery<QueueRow>(this.dataSource, sql, params);
  }

  private async page(
    query: QueueQuery,
    actor: Actor,
    filter: QueueFilter,
    cursor: QueueCursor | null,
    limit: number,
    now: Date,
    until?: Date,
  ): Promise<QueueRow[]> {
    const params: unknown[] = [now.toISOString()];
    let sql = query.base.replace(/\$NOW/g, '$1');
    if (until) {
      params.push(until.toISOString());
      sql = sql.replace(/\$UNTIL/g, `$${params.length}`);
    }
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const col = (name: string) =>
      query.wrapped ? `p."${name}"` : `p.${name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
    const province = query.province ?? col('provinceCode');
    if (actor.provinceCode !== null) {
      sql += ` AND ${province} = ${add(actor.provinceCode)}`;
    }
    if (filter.provinceCode) sql += ` AND ${province} = ${add(filter.provinceCode)}`;
    if (filter.scope) sql += ` AND ${col('scope')} = ${add(filter.scope)}`;
    if (filter.category) sql += ` AND ${col('category')} = ${add(filter.category)}`;
    if (filter.officerEmail) sql += ` AND lower(${col('officerEmail')}) = lower(${add(filter.officerEmail)})`;
    if (filter.level !== undefined) sql += ` AND ${query.level} = ${add(filter.level)}`;
    if (cursor) {
      const values = JSON.parse(cursor.tiebreak) as string[];
      if (!Array.isArray(values) || values.length !== query.tiebreak.length) throw new InvalidQueueCursor();
      const keys = query.tiebreak.map((t) => t.expr).join(', ');
      const bound = query.tiebreak.map((t, i) => `${add(String(values[i]))}::${t.cast}`).join(', ');
      sql += ` AND (${query.due}, ${keys}) > (${add(cursor.dueAt)}::timestamptz, ${bound})`;
    }
    // The limit is written into the text, not passed as a parameter: with LIMIT $n PostgreSQL cannot cost the
    // statement's generic plan (it assumes a tenth of the rows), so it planned every call anew (0.6 to 2.5 ms a
    // page at 200,000 projects, longer than reading the page); with the number in the text it keeps one plan.
    sql += ` ORDER BY ${query.due} ASC, ${query.tiebreak.map((t) => `${t.expr} ASC`).join(', ')} LIMIT ${pageRows(limit)}`;
    if (query.decorate) sql = query.decorate.replace('$PAGE', () => sql);
    return this.run(sql, params);
  }
}
