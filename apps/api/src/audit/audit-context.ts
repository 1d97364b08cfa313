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

/** Set by the audit interceptor on a write request: writes its success row now, before the handler has finished. */
const RECORD_SUCCESS_NOW = Symbol('kc:recordSuccessNow');

export function offerEarlyAudit(req: object, recordSuccess: () => void): void {
  (req as { [RECORD_SUCCESS_NOW]?: () => void })[RECORD_SUCCESS_NOW] = recordSuccess;
}

/**
 * For a handler whose outcome is decided before its answer is built (an action the workflow has applied, whose page
 * is still to be read): the request's audit row is written beside that read instead of after it. The answer still
 * leaves only once the row is written.
 */
export function auditSucceededNow(req: object): void {
  (req as { [RECORD_SUCCESS_NOW]?: () => void })[RECORD_SUCCESS_NOW]?.();
}
