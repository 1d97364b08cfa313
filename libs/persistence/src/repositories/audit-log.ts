import { DataSource, LessThan, Repository } from 'typeorm';
import { AuditKind, AuditLogEntity } from '../entities/audit-log.entity';

export interface NewAuditEntry {
  kind: AuditKind;
  route: string;
  targetId: string | null;
  statusCode: number;
  actor: { userId: string | null; email: string | null; role: string | null; provinceCode: string | null } | null;
  requestId: string;
  clientIp: string | null;
  details?: Record<string, string | number | boolean | null>;
}

export interface AuditLogFilter {
  /** Part of the actor's email, any case. */
  actorEmail?: string;
  /** A project action (`approve`) or part of the route (`/admin/users`). */
  action?: string;
  /** Rows about this project (its code, any case). */
  projectCode?: string;
  kind?: AuditKind;
  /** SUCCEEDED: answered below 400; REFUSED: 400 and above. */
  outcome?: 'SUCCEEDED' | 'REFUSED';
  /** Days in Asia/Ho_Chi_Minh, both inclusive (YYYY-MM-DD). */
  fromDay?: string;
  toDay?: string;
}

const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

/** A row with the code of the project it names, when it names one. */
export type AuditLogRow = AuditLogEntity & { projectCode: string | null };

/** The append-only audit log: rows are added, and read newest first; never changed. */
export class AuditLog {
  private readonly rows: Repository<AuditLogEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(AuditLogEntity);
  }

  async append(entry: NewAuditEntry): Promise<void> {
    await this.rows.query(
      `INSERT INTO audit_log (kind, route, target_id, status_code, actor_user_id, actor_email, actor_role,
         actor_province_code, request_id, client_ip, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        entry.kind,
        entry.route.slice(0, 200),
        entry.targetId?.slice(0, 200) ?? null,
        entry.statusCode,
        entry.actor?.userId ?? null,
        entry.actor?.email?.slice(0, 254) ?? null,
        entry.actor?.role ?? null,
        entry.actor?.provinceCode ?? null,
        entry.requestId,
        entry.clientIp?.slice(0, 64) ?? null,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }

  /** Newest first; `beforeId` continues after the last row of the previous page (keyset paging on the id). */
  listNewestFirst(limit: number, beforeId?: string): Promise<AuditLogEntity[]> {
    return this.rows.find({
      where: beforeId ? { id: LessThan(beforeId) } : {},
      order: { id: 'DESC' },
      take: limit,
    });
  }

  /** Newest first, filtered; keyset paged on the id like listNewestFirst. */
  async search(filter: AuditLogFilter, limit: number, beforeId?: string): Promise<AuditLogRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const like = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    if (beforeId) where.push(`a.id < ${param(beforeId)}`);
    if (filter.actorEmail) where.push(`lower(a.actor_email) LIKE ${param(like(filter.actorEmail))}`);
    if (filter.action) {
      where.push(
        `(a.details->>'action' = ${param(filter.action)} OR lower(a.route) LIKE ${param(like(filter.action))})`,
      );
    }
    if (filter.projectCode) {
      where.push(
        `a.target_id IN (SELECT id::text FROM projects WHERE code = ${param(filter.projectCode.trim().toUpperCase())})`,
      );
    }
    if (filter.kind) where.push(`a.kind = ${param(filter.kind)}`);
    if (filter.outcome) where.push(filter.outcome === 'SUCCEEDED' ? 'a.status_code < 400' : 'a.status_code >= 400');
    if (filter.fromDay)
      where.push(`a.occurred_at >= (${param(filter.fromDay)}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
    if (filter.toDay) {
      where.push(`a.occurred_at < ((${param(filter.toDay)}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
    }
    const rows: Array<Record<string, unknown>> = await this.rows.query(
      `SELECT a.id::text AS id, a.occurred_at AS "occurredAt", a.kind, a.route, a.target_id AS "targetId",
         a.status_code AS "statusCode", a.actor_user_id AS "actorUserId", a.actor_email AS "actorEmail",
         a.actor_role AS "actorRole", a.actor_province_code AS "actorProvinceCode", a.request_id AS "requestId",
         a.client_ip AS "clientIp", a.details, p.code AS "projectCode"
       FROM audit_log a
       LEFT JOIN LATERAL (SELECT code FROM projects WHERE id = CASE WHEN a.target_id ~* '${UUID_PATTERN}'
         THEN a.target_id::uuid END) p ON true
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.id DESC LIMIT ${param(limit)}`,
      params,
    );
    return rows as unknown as AuditLogRow[];
  }

  findByRequestId(requestId: string): Promise<AuditLogEntity[]> {
    return this.rows.find({ where: { requestId }, order: { id: 'ASC' } });
  }
}
