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

/** Set on a request once its audit row is written, so the exception filter does not write a second one. */
export const AUDIT_RECORDED = Symbol('kc:auditRecorded');

export function markAudited(req: object): void {
  (req as { [AUDIT_RECORDED]?: boolean })[AUDIT_RECORDED] = true;
}

export function isAudited(req: object): boolean {
  return (req as { [AUDIT_RECORDED]?: boolean })[AUDIT_RECORDED] === true;
}
