import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditKind = 'LOGIN' | 'REQUEST';

/** One login attempt or one write request's outcome; rows are never changed (a trigger refuses it). */
@Entity({ name: 'audit_log' })
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 10 })
  kind!: AuditKind;

  /** Method and route pattern, e.g. `POST /api/projects/:id/actions`. */
  @Column({ type: 'varchar', length: 200 })
  route!: string;

  @Column({ name: 'target_id', type: 'varchar', length: 200, nullable: true })
  targetId!: string | null;

  @Column({ name: 'status_code', type: 'smallint' })
  statusCode!: number;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 254, nullable: true })
  actorEmail!: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 20, nullable: true })
  actorRole!: string | null;

  @Column({ name: 'actor_province_code', type: 'varchar', length: 8, nullable: true })
  actorProvinceCode!: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 100 })
  requestId!: string;

  @Column({ name: 'client_ip', type: 'varchar', length: 64, nullable: true })
  clientIp!: string | null;

  @Column({ type: 'jsonb' })
  details!: Record<string, string | number | boolean | null>;
}
