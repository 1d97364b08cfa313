import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { randomUUID } from 'node:crypto';
import { AuditLog, NewAuditEntry, UserEntity, UserRepository } from '@kc/persistence';
import type { AuthConfig, SecurityConfig } from '@kc/config';
import { ApiError } from '../common/api-error';
import { AUTH_CONFIG, SECURITY_CONFIG } from './auth-config.module';
import { LoginLockout } from './login-lockout';
import { LoginResponseDto } from './login.dto';

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

export type LoginOrigin = Pick<NewAuditEntry, 'requestId' | 'clientIp'>;

type LoginOutcome = 'SUCCEEDED' | 'WRONG_PASSWORD' | 'UNKNOWN_EMAIL' | 'LOCKED';

@Injectable()
export class AuthService {
  // Verifying against a throwaway hash when the user is unknown keeps the response time the same either way.
  private readonly unknownUserHash = argon2.hash(randomUUID());
  private readonly lockout: LoginLockout;

  constructor(
    private readonly users: UserRepository,
    private readonly jwt: JwtService,
    private readonly auditLog: AuditLog,
    @Inject(AUTH_CONFIG) private readonly authConfig: AuthConfig,
    @Inject(SECURITY_CONFIG) security: SecurityConfig,
  ) {
    this.lockout = new LoginLockout(security.lockout);
  }

  async login(email: string, password: string, origin: LoginOrigin): Promise<LoginResponseDto> {
    const account = email.trim().toLowerCase();
    const lockedFor = this.lockout.secondsLocked(account);
    if (lockedFor > 0) {
      await this.audit(origin, account, null, 429, 'LOCKED');
      throw new LoginLockedError(lockedFor);
    }
    const user = await this.users.findByEmail(account);
    const valid = await argon2.verify(user?.passwordHash ?? (await this.unknownUserHash), password).catch(() => false);
    if (!user || !valid) {
      const lockedNowFor = this.lockout.recordFailure(account);
      await this.audit(origin, account, user, 401, user ? 'WRONG_PASSWORD' : 'UNKNOWN_EMAIL', lockedNowFor);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    this.lockout.recordSuccess(account);
    const ttlSeconds = this.authConfig.tokenTtlSeconds;
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, email: user.email, role: user.role, province: user.provinceCode },
      { expiresIn: ttlSeconds },
    );
    await this.audit(origin, account, user, 200, 'SUCCEEDED');
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: ttlSeconds,
      user: {
        id: user.id,
        email: user.email,
        fullName: user.fullName,
        role: user.role,
        provinceCode: user.provinceCode,
      },
    };
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
