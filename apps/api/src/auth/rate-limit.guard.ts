import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Response } from 'express';
import type { SecurityConfig } from '@kc/config';
import type { AuthenticatedRequest } from './current-actor.decorator';

const LOGIN_ROUTE = 'kc:loginRoute';
/** Marks the login route: it has its own limit per client address instead of the write limit. */
export const LoginRateLimited = () => SetMetadata(LOGIN_ROUTE, true);

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const isLoginRoute = (context: ExecutionContext) => Reflect.getMetadata(LOGIN_ROUTE, context.getHandler()) === true;
const isRead = (context: ExecutionContext) =>
  READ_METHODS.has(context.switchToHttp().getRequest<{ method: string }>().method);

/**
 * Two limits: logins per client address, and writes per signed-in user (per address without a token),
 * counted across all write routes together. The JWT guard runs first (same module, registered before),
 * so the user is known here.
 */
export function rateLimitOptions(config: SecurityConfig): ThrottlerModuleOptions {
  return {
    setHeaders: false,
    errorMessage: (_context, detail) =>
      `Quá nhiều yêu cầu, vui lòng thử lại sau ${detail.timeToBlockExpire} giây / too many requests: retry after ${detail.timeToBlockExpire} s`,
    throttlers: [
      {
        name: 'login',
        limit: config.loginRateLimit.limit,
        ttl: config.loginRateLimit.windowSeconds * 1000,
        skipIf: (context) => !isLoginRoute(context),
        generateKey: (_context, tracker) => `login:${tracker}`,
      },
      {
        name: 'write',
        limit: config.writeRateLimit.limit,
        ttl: config.writeRateLimit.windowSeconds * 1000,
        skipIf: (context) => isRead(context) || isLoginRoute(context),
        getTracker: (req) => {
          const actor = (req as AuthenticatedRequest).actor;
          return actor ? `user:${actor.userId}` : `ip:${String(req.ip)}`;
        },
        generateKey: (_context, tracker) => `write:${tracker}`,
      },
    ],
  };
}

/** The throttler, answering 429 with a Retry-After header (the stock guard names it per throttler). */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(detail.timeToBlockExpire));
    return super.throwThrottlingException(context, detail);
  }
}
