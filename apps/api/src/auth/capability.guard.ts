import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SystemCapability, may } from '@kc/domain';
import { ApiError } from '../common/api-error';
import type { AuthenticatedRequest } from './current-actor.decorator';
import { REQUIRED_CAPABILITY } from './requires.decorator';

/** Refuses a route marked @Requires(capability) to a signed-in person the capability table does not allow. */
@Injectable()
export class CapabilityGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const capability = this.reflector.getAllAndOverride<SystemCapability | undefined>(REQUIRED_CAPABILITY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!capability) return true;
    const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
    // Public routes have no actor and no capability; a marked route behind the JWT guard always has one.
    if (!actor) throw ApiError.forbidden('Cần đăng nhập / sign-in required');
    const answer = may(actor, capability);
    if (!answer.ok) throw ApiError.forbidden(answer.message);
    return true;
  }
}
