import { randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { validateRolePlacement } from '@kc/domain';
import type { Role } from '@kc/domain';
import { UserEntity } from '../entities';
import { Organisations } from './organisations';

export interface NewUser {
  email: string;
  passwordHash: string;
  fullName: string;
  role: Role;
  provinceCode: string | null;
  /** The organisation's code (SCT-HN, CUC, …); absent: the standard one of the role's first organisation kind. */
  organisationCode?: string;
  organisationName?: string | null;
}

export class UserRepository {
  private readonly users: Repository<UserEntity>;

  private readonly organisations: Organisations;

  constructor(dataSource: DataSource) {
    this.users = dataSource.getRepository(UserEntity);
    this.organisations = new Organisations(dataSource);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  async count(): Promise<number> {
    return this.users.count();
  }

  /** Inserts the user unless the email exists; returns the stored user either way. */
  async createIfAbsent(user: NewUser): Promise<{ user: UserEntity; created: boolean }> {
    const email = user.email.trim().toLowerCase();
    const organisation = user.organisationCode
      ? await this.organisations.findByCode(user.organisationCode)
      : await this.organisations.defaultFor(user.role, user.provinceCode);
    if (!organisation) {
      throw new Error(
        `no organisation ${user.organisationCode ?? `for ${user.role} in ${user.provinceCode ?? 'national'}`}`,
      );
    }
    const problem =
      validateRolePlacement(user.role, user.provinceCode, organisation.kind) ??
      (organisation.provinceCode !== user.provinceCode
        ? `${organisation.code} không thuộc ${user.provinceCode ?? 'cấp quốc gia'} / ${organisation.code} is not in ${user.provinceCode ?? 'the national level'}`
        : null);
    if (problem) throw new Error(`${email}: ${problem}`);
    const inserted: unknown[] = await this.users.query(
      `INSERT INTO users (id, email, password_hash, full_name, role, province_code, organisation_id, organisation_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [
        randomUUID(),
        email,
        user.passwordHash,
        user.fullName,
        user.role,
        user.provinceCode,
        organisation.id,
        user.organisationName ?? null,
      ],
    );
    const stored = await this.findByEmail(email);
    if (!stored) throw new Error(`user ${email} was neither inserted nor found`);
    return { user: stored, created: inserted.length > 0 };
  }
}
