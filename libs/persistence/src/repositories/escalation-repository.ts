import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor } from '@kc/domain';

export interface NewEscalation {
  idempotencyKey: string;
  projectId: string;
  provinceCode: string;
  reason: 'REPORT_OVERDUE' | 'STALLED';
  periodKey: string | null;
  stalledState: string | null;
  level: 1 | 2;
  dueAt: string;
}

export interface EscalationRow {
  id: string;
  projectId: string;
  projectCode: string;
  provinceCode: string;
  reason: string;
  periodKey: string | null;
  stalledState: string | null;
  level: number;
  dueAt: Date;
  status: 'OPEN' | 'ACKNOWLEDGED' | 'RESOLVED';
  openedAt: Date;
  acknowledgedBy: string | null;
  acknowledgedAt: Date | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  resolutionNote: string | null;
}

const SELECT = `SELECT e.id, e.project_id AS "projectId", p.code AS "projectCode", e.province_code AS "provinceCode",
  e.reason, e.period_key AS "periodKey", e.stalled_state AS "stalledState", e.level, e.due_at AS "dueAt", e.status,
  e.opened_at AS "openedAt", e.acknowledged_by AS "acknowledgedBy", e.acknowledged_at AS "acknowledgedAt",
  e.resolved_by AS "resolvedBy", e.resolved_at AS "resolvedAt", e.resolution_note AS "resolutionNote"
  FROM escalations e JOIN projects p ON p.id = e.project_id`;

/** Escalations raised by the workflows; supervisors acknowledge and resolve them. */
export class EscalationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async open(e: NewEscalation): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO escalations (id, idempotency_key, project_id, province_code, reason, period_key, stalled_state, level, due_at, status, opened_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,'OPEN',now()) ON CONFLICT (idempotency_key) DO NOTHING`,
      [
        randomUUID(),
        e.idempotencyKey,
        e.projectId,
        e.provinceCode,
        e.reason,
        e.periodKey,
        e.stalledState,
        e.level,
        e.dueAt,
      ],
    );
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
    return this.dataSource.query(`${SELECT} WHERE e.project_id = $1 ORDER BY e.opened_at, e.level`, [projectId]);
  }

  /** OPEN → ACKNOWLEDGED; returns false when it was not OPEN. */
  async acknowledge(id: string, actor: Actor): Promise<boolean> {
    const [, count] = await this.dataSource.query(
      `UPDATE escalations SET status = 'ACKNOWLEDGED', acknowledged_by = $2, acknowledged_at = now() WHERE id = $1 AND status = 'OPEN'`,
      [id, actor.userId],
    );
    return count === 1;
  }

  /** OPEN or ACKNOWLEDGED → RESOLVED with a note; returns false when it was already resolved. */
  async resolve(id: string, actor: Actor, note: string): Promise<boolean> {
    const [, count] = await this.dataSource.query(
      `UPDATE escalations SET status = 'RESOLVED', resolved_by = $2, resolved_at = now(), resolution_note = $3,
         acknowledged_by = COALESCE(acknowledged_by, $2), acknowledged_at = COALESCE(acknowledged_at, now())
       WHERE id = $1 AND status <> 'RESOLVED'`,
      [id, actor.userId, note],
    );
    return count === 1;
  }
}
