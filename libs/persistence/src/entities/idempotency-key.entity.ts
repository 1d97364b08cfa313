import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One Idempotency-Key of one user: the request it was first used for and, once that finished, its answer. */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 128 })
  key!: string;

  @Column({ type: 'varchar', length: 10 })
  method!: string;

  @Column({ name: 'route_path', type: 'varchar', length: 1000 })
  routePath!: string;

  /** SHA-256 (hex) of the request body in canonical JSON. */
  @Column({ name: 'request_fingerprint', type: 'char', length: 64 })
  requestFingerprint!: string;

  /** Random per reservation, so a slow or abandoned run cannot complete or release a newer one. */
  @Column({ type: 'uuid' })
  reservation!: string;

  /** null while the first request is still running. */
  @Column({ name: 'response_status', type: 'smallint', nullable: true })
  responseStatus!: number | null;

  @Column({ name: 'response_body', type: 'json', nullable: true })
  responseBody!: unknown;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
