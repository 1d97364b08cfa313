import type { Request } from 'express';
import type { Actor } from '@kc/domain';
import type { NewAuditEntry } from '@kc/persistence';
import { requestIdOf, RequestWithId } from '../common/request-id';

export type AuditedRequest = Request & RequestWithId & { actor?: Actor };

/** Who made the request and how to find it again: the parts of an audit row every writer shares. */
export function auditOrigin(req: AuditedRequest): Pick<NewAuditEntry, 'actor' | 'requestId' | 'clientIp'> {
  const actor = req.actor;
  return {
    actor: actor
      ? { userId: actor.userId, email: actor.email, role: actor.role, provinceCode: actor.provinceCode }
      : null,
    requestId: requestIdOf(req),
    clientIp: req.ip ?? null,
  };
}
