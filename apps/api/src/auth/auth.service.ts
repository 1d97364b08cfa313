import { Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { randomUUID } from 'node:crypto';
import {
  AuditLog,
  LoginFailureStreaks,
  NewAuditEntry,
  Organisations,
  UserEntity,
  UserRepository,
  UserSessions,
} from '@kc/persistence';
import { DataSource } from 'typeorm';
import { positionLabel } from '@kc/domain';
import type { Actor } from '@kc/domain';
import type { AuthConfig, SecurityConfig } from '@kc/config';
import { ApiError } from '../common/api-error';
import { ActiveSessions } from './active-sessions';
import { AUTH_CONFIG, SECURITY_CONFIG } from './auth-config.module';
import { HashingBusyError, HashingGate } from './hashing-gate';
import { LockoutStore, memoryLockoutStore, postgresLockoutStore } from './lockout-store';
import { LoginResponseDto, SessionUserResponse } from './login.dto';
import { passwordProblems } from './password-policy';
import { tokenClaims } from './token-claims';

const WRONG_CREDENTIALS = 'Sai email hoặc mật khẩu / wrong email or password';
const LOGIN_ROUTE = 'POST /api/auth/login';

/** Refused without checking the password: the account has had too many wrong passwords in a row. */
export class LoginLockedError extends ApiError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      'TOO_MANY_REQUESTS',
      `Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau ${retryAfterSeconds} giây / too many failed logins: this account is locked for ${retryAfterSeconds} s`,
      { retryAfterSeconds },
    );
  }
}

/**
 * The right password for a disabled account. Said plainly (OWASP: a message a person can act on) because only
 * someone who knows the password learns it; a wrong password still gets the same answer as an unknown email.
 */
export class AccountDisabledError extends ApiError {
  constructor() {
    super(
      403,
      'ACCOUNT_DISABLED',
      'Tài khoản đã bị vô hiệu hóa; liên hệ quản trị hệ thống để mở lại / this account is disabled: ask your administrator to enable it',
    );
  }
}

export type LoginOrigin = Pick<NewAuditEntry, 'requestId' | 'clientIp'>;
type LoginOutcome = 'SUCCEEDED' | 'WRONG_PASSWORD' | 'UNKNOWN_EMAIL' | 'LOCKED' | 'DISABLED' | 'BUSY';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  // Verifying against a throwaway hash when the user is unknown keeps the response time the same either way.
  private readonly unknownUserHash = argon2.hash(randomUUID());
  private readonly lockout: LockoutStore;
  private readonly hashing: HashingGate;

  constructor(
    private readonly users: UserRepository,
    private readonly userSessions: UserSessions,
    private readonly activeSessions: ActiveSessions,
    private readonly jwt: JwtService,
    private readonly auditLog: AuditLog,
    private readonly organisations: Organisations,
    @Inject(AUTH_CONFIG) private readonly authConfig: AuthConfig,
    @Inject(SECURITY_CONFIG) security: SecurityConfig,
    dataSource: DataSource,
  ) {
    // With RATE_LIMIT_STORE=postgres the lockout is shared by every replica, like the rate limits.
    this.lockout =
      security.rateLimitStore === 'postgres'
        ? postgresLockoutStore(security.lockout, new LoginFailureStreaks(dataSource))
        : memoryLockoutStore(security.lockout);
    this.hashing = new HashingGate(security.passwordHashing.concurrency, security.passwordHashing.queue);
  }

  async login(email: string, password: string, origin: LoginOrigin): Promise<LoginResponseDto> {
    const account = email.trim().toLowerCase();
    // A full gate is refused before any query: a burst's 429s must not wait in line for the pool they protect.
    if (this.hashing.isFull) this.refuseBusy(origin, account);
    const lockedFor = await this.lockout.secondsLocked(account);
    if (lockedFor > 0) {
      await this.audit(origin, account, null, 429, 'LOCKED');
      throw new LoginLockedError(lockedFor);
    }
    let checked: { user: UserEntity | null; valid: boolean };
    try {
      // In the gate, so a refused login costs no query; the read has returned its connection before the hash starts.
      checked = await this.hashing.run(async () => {
        const found = await this.users.findByEmail(account);
        const hash = found?.passwordHash ?? (await this.unknownUserHash);
        return { user: found, valid: await argon2.verify(hash, password).catch(() => false) };
      });
    } catch (err) {
      if (err instanceof HashingBusyError) this.refuseBusy(origin, account);
      throw err;
    }
    const { user, valid } = checked;
    if (!user || !valid) {
      const lockedNowFor = await this.lockout.recordFailure(account);
      await this.audit(origin, account, user, 401, user ? 'WRONG_PASSWORD' : 'UNKNOWN_EMAIL', lockedNowFor);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    if (user.disabledAt) {
      await this.audit(origin, account, user, 403, 'DISABLED');
      throw new AccountDisabledError();
    }
    await this.lockout.recordSuccess(account);
    await this.audit(origin, account, user, 200, 'SUCCEEDED');
    return this.issueToken(user);
  }

  /** Ends every token of the user, this one included. */
  async logout(actor: Actor): Promise<void> {
    await this.userSessions.endSessions(actor.userId, new Date());
    this.activeSessions.forget(actor.userId);
  }

  /**
   * The user's own password change: the current password is checked (a wrong one counts toward the lockout), every
   * token issued before now ends, and a fresh token is returned so this session carries on.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<LoginResponseDto> {
    const account = actor.email.toLowerCase();
    const lockedFor = await this.lockout.secondsLocked(account);
    if (lockedFor > 0) throw new LoginLockedError(lockedFor);
    const user = await this.users.findById(actor.userId);
    if (!user) throw new UnauthorizedException(WRONG_CREDENTIALS);
    if (!(await this.verify(user.passwordHash, currentPassword))) {
      await this.lockout.recordFailure(account);
      throw ApiError.badRequest('Mật khẩu hiện tại không đúng / the current password is wrong', {
        problems: ['currentPassword'],
      });
    }
    const problems = passwordProblems(newPassword, { email: user.email, currentPassword });
    if (problems.length > 0) throw ApiError.badRequest(problems.join('; '), { problems });
    const passwordHash = await this.hashing.run(() => argon2.hash(newPassword));
    await this.userSessions.changePassword(user.id, passwordHash, new Date());
    this.activeSessions.forget(user.id);
    await this.lockout.recordSuccess(account);
    return this.issueToken(user);
  }

  private verify(hash: string, password: string): Promise<boolean> {
    return this.hashing.run(() => argon2.verify(hash, password).catch(() => false));
  }

  private async issueToken(user: UserEntity): Promise<LoginResponseDto> {
    const ttlSeconds = this.authConfig.tokenTtlSeconds;
    const accessToken = await this.jwt.signAsync(tokenClaims(user), { expiresIn: ttlSeconds });
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: ttlSeconds,
      user: await this.sessionUser(user),
    };
  }

  /** The signed-in user as the web app shows it: the organisation and the position held. */
  async me(actor: Actor): Promise<SessionUserResponse> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw new UnauthorizedException(WRONG_CREDENTIALS);
    return this.sessionUser(user);
  }

  private async sessionUser(user: UserEntity): Promise<SessionUserResponse> {
    const organisation = user.organisationId ? await this.organisations.findById(user.organisationId) : null;
    return {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      role: user.role,
      provinceCode: user.provinceCode,
      organisation: organisation
        ? { id: organisation.id, code: organisation.code, kind: organisation.kind, name: organisation.name }
        : null,
      positionLabel: positionLabel(user),
    };
  }

  /** The refusal is answered at once; its audit row follows without holding the answer. */
  private refuseBusy(origin: LoginOrigin, account: string): never {
    this.audit(origin, account, null, 429, 'BUSY').catch((err: unknown) =>
      this.logger.warn(`audit of a refused login (${account}) not written: ${String(err)}`),
    );
    throw new HashingBusyError(1);
  }

  private audit(
    origin: LoginOrigin,
    account: string,
    user: UserEntity | null,
    statusCode: number,
    outcome: LoginOutcome,
    lockedForSeconds = 0,
  ): Promise<void> {
    return this.auditLog.append({
      kind: 'LOGIN',
      route: LOGIN_ROUTE,
      targetId: user?.id ?? null,
      statusCode,
      actor: {
        userId: user?.id ?? null,
        email: user?.email ?? account,
        role: user?.role ?? null,
        provinceCode: user?.provinceCode ?? null,
      },
      ...origin,
      details: { outcome, ...(lockedForSeconds > 0 ? { lockedForSeconds } : {}) },
    });
  }
}
