import { randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Role } from '@kc/domain';
import { UserEntity } from '../entities';

export interface UserAccountFilter {
  /** Part of the email, the full name or the organisation, any case. */
  q?: string;
  role?: Role;
  /** A province code, or 'NATIONAL' for users without a province. */
  province?: string;
  organisationId?: string;
}

export interface NewUserAccount {
  email: string;
  passwordHash: string;
  fullName: string;
  role: Role;
  provinceCode: string | null;
  organisationName: string | null;
  organisationId: string;
}

export type UserAccountChange = Partial<
  Pick<NewUserAccount, 'fullName' | 'role' | 'provinceCode' | 'organisationName' | 'organisationId'>
>;

/** The accounts as the admin keeps them: listed, created, changed, switched off and on, given a new password. */
export class UserAccounts {
  private readonly users: Repository<UserEntity>;

  constructor(dataSource: DataSource) {
    this.users = dataSource.getRepository(UserEntity);
  }

  /** Ordered by email; `afterEmail` continues after the last row of the previous page (keyset paging). */
  async list(filter: UserAccountFilter, limit: number, afterEmail?: string): Promise<UserEntity[]> {
    const query = this.users.createQueryBuilder('u').orderBy('u.email', 'ASC').take(limit);
    if (afterEmail) query.andWhere('u.email > :afterEmail', { afterEmail });
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.province === 'NATIONAL') query.andWhere('u.province_code IS NULL');
    else if (filter.province) query.andWhere('u.province_code = :province', { province: filter.province });
    if (filter.organisationId) query.andWhere('u.organisation_id = :org', { org: filter.organisationId });
    if (filter.q) {
      const pattern = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        `(u.email LIKE :pattern OR lower(u.full_name) LIKE :pattern OR lower(coalesce(u.organisation_name, '')) LIKE :pattern)`,
        { pattern },
      );
    }
    return query.getMany();
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** The new account, or null when the email is taken already. */
  async create(user: NewUserAccount): Promise<UserEntity | null> {
    const id = randomUUID();
    const inserted: unknown[] = await this.users.query(
      `INSERT INTO users (id, email, password_hash, full_name, role, province_code, organisation_name, organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [
        id,
        user.email,
        user.passwordHash,
        user.fullName,
        user.role,
        user.provinceCode,
        user.organisationName,
        user.organisationId,
      ],
    );
    return inserted.length > 0 ? this.findById(id) : null;
  }

  /** A change of role, province or organisation also ends the user's sessions: their tokens carry the old ones. */
  async change(id: string, change: UserAccountChange): Promise<UserEntity | null> {
    const current = await this.findById(id);
    if (!current) return null;
    const reach =
      (change.role !== undefined && change.role !== current.role) ||
      (change.provinceCode !== undefined && change.provinceCode !== current.provinceCode) ||
      (change.organisationId !== undefined && change.organisationId !== current.organisationId);
    const values: QueryDeepPartialEntity<UserEntity> = definedOnly(change);
    if (reach) values.sessionsValidFrom = () => 'now()';
    if (Object.keys(values).length > 0) await this.users.update({ id }, values);
    return this.findById(id);
  }

  /** Disabling also ends every session at once; enabling leaves them ended. */
  async setDisabled(id: string, disabled: boolean): Promise<UserEntity | null> {
    await this.users.query(
      disabled
        ? `UPDATE users SET disabled_at = coalesce(disabled_at, now()), sessions_valid_from = now() WHERE id = $1`
        : `UPDATE users SET disabled_at = NULL WHERE id = $1`,
      [id],
    );
    return this.findById(id);
  }

  /** A new password; every token issued before it is refused from now on. */
  async resetPassword(id: string, passwordHash: string): Promise<UserEntity | null> {
    await this.users.query(`UPDATE users SET password_hash = $2, sessions_valid_from = now() WHERE id = $1`, [
      id,
      passwordHash,
    ]);
    return this.findById(id);
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
