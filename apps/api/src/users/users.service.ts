import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import {
  Actor,
  ORGANISATION_KIND_LABELS,
  Role,
  emailAddressProblem,
  may,
  normalizeEmail,
  validateRolePlacement,
} from '@kc/domain';
import { OrganisationEntity, Organisations, UserAccounts, UserEntity } from '@kc/persistence';
import { ActiveSessions } from '../auth/active-sessions';
import { ApiError } from '../common/api-error';
import { UUID_PATTERN } from '../common/keyset-cursor';
import { generatePassword } from './generated-password';
import { ChangeUserDto, CreateUserDto, ListUsersQuery } from './user-account.dto';
import { UserView, userView } from './user-view';
import { UserPageResponse, WithPasswordResponse } from './user.responses';

/** What the admin sees after setting a password: the account, and the generated password once (null when typed). */
export type WithPassword = WithPasswordResponse;

function invalid(field: string, problem: string): ApiError {
  return ApiError.badRequest(problem, { fields: { [field]: problem } });
}

/**
 * The admin's work on accounts: the rules (email; role, province and organisation, as the domain's
 * validateRolePlacement says) and the hashing; storage is UserAccounts.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly organisations: Organisations,
    private readonly sessions: ActiveSessions,
  ) {}

  async list(query: ListUsersQuery): Promise<UserPageResponse> {
    const limit = query.limit ?? 50;
    const rows = await this.accounts.list(
      {
        q: query.q?.trim() || undefined,
        role: query.role,
        province: query.province,
        organisationId: query.organisationId,
      },
      limit,
      query.cursor,
    );
    const organisations = await this.organisations.byIds(rows.map((u) => u.organisationId));
    return {
      items: rows.map((u) => userView(u, organisations.get(u.organisationId))),
      nextCursor: rows.length === limit ? rows[rows.length - 1].email : null,
    };
  }

  async create(body: CreateUserDto): Promise<WithPassword> {
    const email = normalizeEmail(body.email);
    const emailProblem = emailAddressProblem(email);
    if (emailProblem) throw invalid('email', emailProblem);
    const organisation = await this.placement(body.role, body.provinceCode, body.organisationId);
    const password = body.password ?? generatePassword();
    const created = await this.accounts.create({
      email,
      passwordHash: await argon2.hash(password),
      fullName: body.fullName.trim(),
      role: body.role,
      provinceCode: body.provinceCode,
      organisationName: body.organisationName?.trim() || null,
      organisationId: organisation.id,
    });
    if (!created) {
      const message = `Email ${email} đã có tài khoản / ${email} already has an account`;
      throw new ApiError(409, 'CONFLICT', message, { fields: { email: message } });
    }
    return {
      id: created.id,
      user: userView(created, organisation),
      generatedPassword: body.password === undefined ? password : null,
    };
  }

  async change(actor: Actor, id: string, body: ChangeUserDto): Promise<UserView> {
    const current = await this.existing(id);
    const role = body.role ?? current.role;
    const provinceCode = body.provinceCode !== undefined ? body.provinceCode : current.provinceCode;
    const organisation = await this.placement(role, provinceCode, body.organisationId ?? current.organisationId);
    // An admin keeps the administration: the table is asked about the account as it would be after the change.
    if (current.id === actor.userId && !may({ ...actor, role, provinceCode }, 'admin.manage').ok) {
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
      organisationId: body.organisationId,
      organisationName: body.organisationName === undefined ? undefined : body.organisationName?.trim() || null,
    });
    // This process's cached copy of the account goes now, not a few seconds later.
    this.sessions.forget(id);
    return userView(changed ?? current, organisation);
  }

  async setDisabled(actor: Actor, id: string, disabled: boolean): Promise<UserView> {
    await this.existing(id);
    if (disabled && id === actor.userId) {
      throw new ApiError(409, 'CONFLICT', 'Không thể tự khóa tài khoản của chính mình / you cannot disable yourself');
    }
    const user = (await this.accounts.setDisabled(id, disabled)) ?? (await this.existing(id));
    this.sessions.forget(id);
    return userView(user, await this.organisations.findById(user.organisationId));
  }

  async resetPassword(id: string, password: string | undefined): Promise<WithPassword> {
    await this.existing(id);
    const next = password ?? generatePassword();
    const user = (await this.accounts.resetPassword(id, await argon2.hash(next))) ?? (await this.existing(id));
    this.sessions.forget(id);
    return {
      id,
      user: userView(user, await this.organisations.findById(user.organisationId)),
      generatedPassword: password === undefined ? next : null,
    };
  }

  /**
   * The organisation of an account with this role and province: it exists, its kind suits the role at the role's
   * level (validateRolePlacement) and it is of the user's province (national ones for a national user). 400 otherwise.
   */
  private async placement(
    role: Role,
    provinceCode: string | null,
    organisationId: string,
  ): Promise<OrganisationEntity> {
    const levelProblem = validateRolePlacement(role, provinceCode);
    if (levelProblem) throw invalid('provinceCode', levelProblem);
    const organisation = UUID_PATTERN.test(organisationId) ? await this.organisations.findById(organisationId) : null;
    if (!organisation) {
      throw invalid(
        'organisationId',
        `Không có cơ quan, đơn vị ${organisationId} / there is no organisation ${organisationId}`,
      );
    }
    const kindProblem = validateRolePlacement(role, provinceCode, organisation.kind);
    if (kindProblem) throw invalid('organisationId', kindProblem);
    if (organisation.provinceCode !== provinceCode) {
      throw invalid(
        'organisationId',
        `${organisation.name} (${ORGANISATION_KIND_LABELS[organisation.kind].vi}) thuộc ${organisation.provinceCode ?? 'cấp quốc gia'}, không thuộc ${provinceCode ?? 'cấp quốc gia'} của người dùng / ${organisation.name} belongs to ${organisation.provinceCode ?? 'the national level'}, not to the user's ${provinceCode ?? 'national level'}`,
      );
    }
    return organisation;
  }

  private async existing(id: string): Promise<UserEntity> {
    const user = UUID_PATTERN.test(id) ? await this.accounts.findById(id) : null;
    if (!user) throw ApiError.notFound('người dùng', 'user', id);
    return user;
  }
}
