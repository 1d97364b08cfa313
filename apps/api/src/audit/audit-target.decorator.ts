import { SetMetadata } from '@nestjs/common';
import type { AuditedRequest } from './audit-context';

export const AUDIT_TARGET = 'kc:auditTarget';

/** What a write changed, read from the request, when the first path parameter alone does not say it. */
export type AuditTargetOf = (req: AuditedRequest) => string | null;

/**
 * A write whose target is more than its first path parameter: the calendar's dates are per level, province (in the
 * query) and milestone, so the audit row names all three ("LOCAL:HN:SETTLEMENT_CUTOFF").
 */
export const AuditTarget = (targetOf: AuditTargetOf) => SetMetadata(AUDIT_TARGET, targetOf);
