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

  findByRequestId(requestId: string): Promise<AuditLogEntity[]> {
    return this.rows.find({ where: { requestId }, order: { id: 'ASC' } });
  }
}
