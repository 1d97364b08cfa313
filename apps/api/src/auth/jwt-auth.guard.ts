import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ROLES, Role } from '@kc/domain';
import { ActiveSessions } from './active-sessions';
import { IS_PUBLIC } from './public.decorator';
import type { AuthenticatedRequest } from './current-actor.decorator';
import { TOKEN_ALGORITHM } from './token-claims';
import { UUID_PATTERN } from '../common/keyset-cursor';

interface TokenClaims {
  sub?: unknown;
  iat?: unknown;
  exp?: unknown;
}

const INVALID_TOKEN =
  'Phiên đăng nhập không hợp lệ hoặc đã hết hạn, hãy đăng nhập lại / invalid or expired token, log in again';
const REFUSALS = {
  UNKNOWN_USER: INVALID_TOKEN,
  DISABLED:
    'Tài khoản đã bị vô hiệu hóa; liên hệ quản trị hệ thống / this account is disabled: contact your administrator',
  REVOKED:
    'Phiên đăng nhập đã kết thúc (đăng xuất, đổi hoặc đặt lại mật khẩu), hãy đăng nhập lại / this session has ended (logout or password change): log in again',
} as const;

/**
 * Every route needs a valid bearer token unless it is marked @Public(): HS256 only, `exp` and `iat` present,
 * and the user still exists, is enabled and has not ended the token's session. The actor's role and province
 * come from the user's row, so a change of role takes effect without a new login.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly sessions: ActiveSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { headers: Record<string, string> }>();
    const header = request.headers['authorization'] ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new UnauthorizedException(
        'Cần đăng nhập: gửi header "Authorization: Bearer <token>" lấy từ POST /api/auth/login / login required: send the bearer token from POST /api/auth/login',
      );
    }
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims & object>(token, { algorithms: [TOKEN_ALGORITHM] });
    } catch {
      throw new UnauthorizedException(INVALID_TOKEN);
    }
    const { sub, iat, exp } = claims;
    if (typeof sub !== 'string' || !UUID_PATTERN.test(sub) || typeof iat !== 'number' || typeof exp !== 'number') {
      throw new UnauthorizedException(INVALID_TOKEN);
    }
    const verdict = await this.sessions.check(sub, Math.round(iat * 1000));
    if (!verdict.ok) throw new UnauthorizedException(REFUSALS[verdict.reason]);
    const { holder } = verdict;
    if (!ROLES.includes(holder.role as Role)) throw new UnauthorizedException(INVALID_TOKEN);
    request.actor = {
      userId: holder.id,
      email: holder.email,
      role: holder.role as Role,
      provinceCode: holder.provinceCode,
      organisationId: holder.organisationId,
    };
    return true;
  }
}
