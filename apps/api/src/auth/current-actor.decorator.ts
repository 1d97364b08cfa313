import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from '@kc/domain';

export interface AuthenticatedRequest {
  actor?: Actor;
}

/** The authenticated user as the domain sees it (set by JwtAuthGuard). */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.actor) throw new Error('CurrentActor used on a public route');
  return request.actor;
});
