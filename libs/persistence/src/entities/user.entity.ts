import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@kc/domain';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Stored lower-case; unique. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  /** null for national users. */
  @Column({ name: 'province_code', type: 'varchar', length: 8, nullable: true })
  provinceCode!: string | null;

  /** Set while the account is disabled: no login, and every token of the user is refused. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** Tokens issued before this moment are refused (set by logout, password change or reset). */
  @Column({ name: 'sessions_valid_from', type: 'timestamptz', nullable: true })
  sessionsValidFrom!: Date | null;

  /** The organisation the user works for (e.g. "Trung tâm Khuyến công Hà Nội"), shown in salutations. */
  @Column({ name: 'organisation_name', type: 'varchar', length: 200, nullable: true })
  organisationName!: string | null;

  /** The organisation the user belongs to (organisations.id); every user has one. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
