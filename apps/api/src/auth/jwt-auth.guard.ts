import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ROLES, Role } from '@kc/domain';
import { IS_PUBLIC } from './public.decorator';
import type { AuthenticatedRequest } from './current-actor.decorator';

interface TokenClaims {
  sub: string;
  email: string;
  role: Role;
  province: string | null;
}

/** Every route needs a valid bearer token unless it is marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
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
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new UnauthorizedException(
        'Phiên đăng nhập không hợp lệ hoặc đã hết hạn, hãy đăng nhập lại / invalid or expired token, log in again',
      );
    }
    if (!ROLES.includes(claims.role)) throw new UnauthorizedException('Token không hợp lệ / invalid token');
    request.actor = {
      userId: claims.sub,
      email: claims.email,
      role: claims.role,
      provinceCode: claims.province ?? null,
    };
    return true;
  }
}
