import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor, AutoCloseReason, CauseChange, EscalationCause, EscalationStatus, Scope } from '@kc/domain';
import { autoCloseReason, causeKey } from '@kc/domain';

/** One level reached: when, by which notice, and who was told (addresses, and names where they are users). */
export interface EscalationLevelEntry {
  level: number;
  reachedAt: string;
  noticeKey: string;
  notified: string[];
  notifiedNames: string[];
}

/** `e.levels` with the names of the people told beside their addresses (an address with no user shows as itself). */
export const LEVELS_WITH_NAMES = `(SELECT COALESCE(jsonb_agg(l || jsonb_build_object('notifiedNames', (
    SELECT COALESCE(jsonb_agg(COALESCE(u.full_name, n.email) ORDER BY n.ord), '[]'::jsonb)
    FROM jsonb_array_elements_text(l -> 'notified') WITH ORDINALITY AS n(email, ord)
    LEFT JOIN users u ON lower(u.email) = lower(n.email))) ORDER BY (l ->> 'level')::int), '[]'::jsonb)
  FROM jsonb_array_elements(e.levels) AS l)`;

export interface RaisedLevel {
  projectId: string;
  provinceCode: string;
  cause: EscalationCause;
  level: 1 | 2 | 3;
  dueAt: string;
  noticeKey: string;
  notified: string[];
}

export interface EscalationRow {
  id: string;
  projectId: string;
  projectCode: string;
  /** The project's scope: who an escalation goes to depends on it. */
  scope: Scope;
  provinceCode: string;
  reason: string;
  periodKey: string | null;
  stalledState: string | null;
  level: number;
  levels: EscalationLevelEntry[];
  dueAt: Date;
  status: EscalationStatus;
  openedAt: Date;
  acknowledgedBy: string | null;
  acknowledgedByName: string | null;
  acknowledgedAt: Date | null;
  resolvedBy: string | null;
  resolvedByName: string | null;
  resolvedAt: Date | null;
  resolutionNote: string | null;
  closedReason: AutoCloseReason | null;
  closedDetail: string | null;
  closedAt: Date | null;
  /** The report period's label ("kỳ 1", "tháng 11/2026") for a late report. */
  periodLabel: { vi: string; en: string } | null;
}

const SELECT = `SELECT e.id, e.project_id AS "projectId", p.code AS "projectCode", p.scope, e.province_code AS "provinceCode",
  e.reason, e.period_key AS "periodKey", e.stalled_state AS "stalledState", e.level, ${LEVELS_WITH_NAMES} AS levels,
  e.due_at AS "dueAt",
  e.status, e.opened_at AS "openedAt", e.acknowledged_by AS "acknowledgedBy", ack.full_name AS "acknowledgedByName",
  e.acknowledged_at AS "acknowledgedAt", e.resolved_by AS "resolvedBy", res.full_name AS "resolvedByName",
  e.resolved_at AS "resolvedAt", e.resolution_note AS "resolutionNote", e.closed_reason AS "closedReason",
  e.closed_detail AS "closedDetail", e.closed_at AS "closedAt",
  CASE WHEN rp.period_key IS NULL THEN NULL ELSE json_build_object('vi', rp.label_vi, 'en', rp.label_en) END AS "periodLabel"
  FROM escalations e JOIN projects p ON p.id = e.project_id
  LEFT JOIN report_periods rp ON rp.project_id = e.project_id AND rp.period_key = e.period_key
  LEFT JOIN users ack ON ack.id = e.acknowledged_by LEFT JOIN users res ON res.id = e.resolved_by`;

/** A project's escalations, oldest first ($1: the project's id). */
export const PROJECT_ESCALATIONS_SQL = `${SELECT} WHERE e.project_id = $1 ORDER BY e.opened_at, e.id`;

/** The times of an escalation row (SELECT's columns). */
export const ESCALATION_TIMES = ['dueAt', 'openedAt', 'acknowledgedAt', 'resolvedAt', 'closedAt'] as const;

/**
 * Escalations: one row per cause, raised by the workflows' notices, handled by supervisors, closed by the system when
 * the cause goes away. Every write is idempotent, so a retried activity changes nothing twice.
 */
export class EscalationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Opens the cause's escalation or raises its level in place, adding the level to its history once. A row a person
   * resolved opens again when a higher level comes; a row the system closed stays closed (a notice that crossed the
   * report on its way changes nothing).
   */
  async raise(r: RaisedLevel): Promise<void> {
    const entry = { level: r.level, reachedAt: new Date().toISOString(), noticeKey: r.noticeKey, notified: r.notified };
    await this.dataSource.query(
      `INSERT INTO escalations (id, idempotency_key, cause_key, project_id, province_code, reason, period_key,
         stalled_state, level, levels, due_at, status, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, jsonb_build_array($10::jsonb), $11, 'OPEN', now())
       ON CONFLICT (project_id, cause_key) DO UPDATE SET
         level = GREATEST(escalations.level, EXCLUDED.level),
         due_at = EXCLUDED.due_at,
         levels = CASE WHEN escalations.levels @> jsonb_build_array(jsonb_build_object('level', EXCLUDED.level))
           THEN escalations.levels ELSE escalations.levels || EXCLUDED.levels END,
         status = CASE WHEN escalations.status = 'RESOLVED' AND EXCLUDED.level > escalations.level
           THEN 'OPEN' ELSE escalations.status END`,
      [
        randomUUID(),
        r.noticeKey,
        causeKey(r.cause),
        r.projectId,
        r.provinceCode,
        r.cause.reason,
        r.cause.reason === 'REPORT_OVERDUE' ? r.cause.periodKey : null,
        r.cause.reason === 'STALLED' ? r.cause.state : null,
        r.level,
        JSON.stringify(entry),
        r.dueAt,
      ],
    );
  }

  /** The seq of the transition that brought the project into `state` last: a stall's cause is that stay. */
  async enteredSeq(projectId: string, state: string): Promise<number> {
    const rows: Array<{ seq: number | null }> = await this.dataSource.query(
      `SELECT max(seq) AS seq FROM project_transitions
       WHERE project_id = $1 AND to_state = $2 AND from_state IS DISTINCT FROM $2`,
      [projectId, state],
    );
    return Number(rows[0]?.seq ?? 0);
  }

  /**
   * Closes the project's open escalations whose cause `change` took away (AUTO_CLOSED with the reason), in the
   * caller's transaction when given. Rows a person resolved keep their resolution.
   */
  async closeWhereCauseGone(
    projectId: string,
    change: CauseChange,
    at: string,
    tx: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const open: Array<{ id: string; reason: string; periodKey: string | null; stalledState: string | null }> =
      await tx.query(
        `SELECT id, reason, period_key AS "periodKey", stalled_state AS "stalledState" FROM escalations
         WHERE project_id = $1 AND status IN ('OPEN', 'ACKNOWLEDGED')`,
        [projectId],
      );
    let closed = 0;
    for (const escalation of open) {
      const why = autoCloseReason(escalation, change);
      if (!why) continue;
      await tx.query(
        `UPDATE escalations SET status = 'AUTO_CLOSED', closed_reason = $2, closed_detail = $3, closed_at = $4
         WHERE id = $1 AND status IN ('OPEN', 'ACKNOWLEDGED')`,
        [escalation.id, why.reason, why.detail, at],
      );
      closed += 1;
    }
    return closed;
  }

  async findVisible(id: string, actor: Actor): Promise<EscalationRow | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const rows: EscalationRow[] = await this.dataSource.query(
      `${SELECT} WHERE e.id = $1 AND ($2::varchar IS NULL OR e.province_code = $2)`,
      [id, actor.provinceCode],
    );
    return rows[0] ?? null;
  }

  forProject(projectId: string): Promise<EscalationRow[]> {
    return this.dataSource.query(PROJECT_ESCALATIONS_SQL, [projectId]);
  }

  /** OPEN → ACKNOWLEDGED; returns false when it was not OPEN. */
  async acknowledge(id: string, actor: Actor): Promise<boolean> {
    const [, count] = await this.dataSource.query(
      `UPDATE escalations SET status = 'ACKNOWLEDGED', acknowledged_by = $2, acknowledged_at = now() WHERE id = $1 AND status = 'OPEN'`,
      [id, actor.userId],
    );
    return count === 1;
  }

  /** OPEN or ACKNOWLEDGED → RESOLVED with a note; returns false when it was already resolved or closed. */
  async resolve(id: string, actor: Actor, note: string): Promise<boolean> {
    const [, count] = await this.dataSource.query(
      `UPDATE escalations SET status = 'RESOLVED', resolved_by = $2, resolved_at = now(), resolution_note = $3,
         acknowledged_by = COALESCE(acknowledged_by, $2), acknowledged_at = COALESCE(acknowledged_at, now())
       WHERE id = $1 AND status IN ('OPEN', 'ACKNOWLEDGED')`,
      [id, actor.userId, note],
    );
    return count === 1;
  }
}
