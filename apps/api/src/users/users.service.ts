import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { Actor, Role, emailAddressProblem, normalizeEmail, validateRoleProvince } from '@kc/domain';
import { UserAccounts, UserEntity } from '@kc/persistence';
import { ActiveSessions } from '../auth/active-sessions';
import { ApiError } from '../common/api-error';
import { UUID_PATTERN } from '../common/keyset-cursor';
import { generatePassword } from './generated-password';
import { ChangeUserDto, CreateUserDto, ListUsersQuery } from './user-account.dto';
import { UserView, userView } from './user-view';
import { UserPageResponse, WithPasswordResponse } from './user.responses';

/** What the admin sees after setting a password: the account, and the generated password once (null when typed). */
export type WithPassword = WithPasswordResponse;

function badRole(role: Role, provinceCode: string | null): void {
  const problem = validateRoleProvince(role, provinceCode);
  if (problem) throw ApiError.badRequest(problem, { fields: { provinceCode: problem } });
}

/** The admin's work on accounts: the rules (email, role and province) and the hashing; storage is UserAccounts. */
@Injectable()
export class UsersService {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly sessions: ActiveSessions,
  ) {}

  async list(query: ListUsersQuery): Promise<UserPageResponse> {
    const limit = query.limit ?? 50;
    const rows = await this.accounts.list(
      { q: query.q?.trim() || undefined, role: query.role, province: query.province },
      limit,
      query.cursor,
    );
    return { items: rows.map(userView), nextCursor: rows.length === limit ? rows[rows.length - 1].email : null };
  }

  async create(body: CreateUserDto): Promise<WithPassword> {
    const email = normalizeEmail(body.email);
    const emailProblem = emailAddressProblem(email);
    if (emailProblem) throw ApiError.badRequest(emailProblem, { fields: { email: emailProblem } });
    badRole(body.role, body.provinceCode);
    const password = body.password ?? generatePassword();
    const created = await this.accounts.create({
      email,
      passwordHash: await argon2.hash(password),
      fullName: body.fullName.trim(),
      role: body.role,
      provinceCode: body.provinceCode,
      organisationName: body.organisationName?.trim() || null,
    });
    if (!created) {
      const message = `Email ${email} đã có tài khoản / ${email} already has an account`;
      throw new ApiError(409, 'CONFLICT', message, { fields: { email: message } });
    }
    return {
      id: created.id,
      user: userView(created),
      generatedPassword: body.password === undefined ? password : null,
    };
  }

  async change(actor: Actor, id: string, body: ChangeUserDto): Promise<UserView> {
    const current = await this.existing(id);
    const role = body.role ?? current.role;
    const provinceCode = body.provinceCode !== undefined ? body.provinceCode : current.provinceCode;
    badRole(role, provinceCode);
    if (current.id === actor.userId && role !== 'admin') {
      throw new ApiError(
        409,
        'CONFLICT',
        'Không thể tự bỏ quyền quản trị của chính mình / you cannot take the admin role from yourself',
      );
    }
    const changed = await this.accounts.change(id, {
      fullName: body.fullName?.trim(),
      role: body.role,
      provinceCode: body.provinceCode,
      organisationName: body.organisationName === undefined ? undefined : body.organisationName?.trim() || null,
    });
    // This process's cached copy of the account goes now, not a few seconds later.
    this.sessions.forget(id);
    return userView(changed ?? current);
  }

  async setDisabled(actor: Actor, id: string, disabled: boolean): Promise<UserView> {
    await this.existing(id);
    if (disabled && id === actor.userId) {
      throw new ApiError(409, 'CONFLICT', 'Không thể tự khóa tài khoản của chính mình / you cannot disable yourself');
    }
    const user = await this.accounts.setDisabled(id, disabled);
    this.sessions.forget(id);
    return userView(user ?? (await this.existing(id)));
  }

  async resetPassword(id: string, password: string | undefined): Promise<WithPassword> {
    await this.existing(id);
    const next = password ?? generatePassword();
    const user = await this.accounts.resetPassword(id, await argon2.hash(next));
    this.sessions.forget(id);
    return {
      id,
      user: userView(user ?? (await this.existing(id))),
      generatedPassword: password === undefined ? next : null,
    };
  }

  private async existing(id: string): Promise<UserEntity> {
    const user = UUID_PATTERN.test(id) ? await this.accounts.findById(id) : null;
    if (!user) throw ApiError.notFound('người dùng', 'user', id);
    return user;
  }
}
