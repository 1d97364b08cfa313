import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only audit trail: one row per lifecycle event, unique by (project, seq). */
@Entity({ name: 'project_transitions' })
export class ProjectTransitionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ name: 'from_state', type: 'varchar', length: 20, nullable: true })
  fromState!: string | null;

  @Column({ name: 'to_state', type: 'varchar', length: 20 })
  toState!: string;

  @Column({ name: 'actor_user_id', type: 'uuid' })
  actorUserId!: string;

  @Column({ name: 'actor_email', type: 'varchar', length: 254 })
  actorEmail!: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 20 })
  actorRole!: string;

  @Column({ name: 'actor_province_code', type: 'varchar', length: 8, nullable: true })
  actorProvinceCode!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb' })
  details!: Record<string, string | number>;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}
