import { SetMetadata } from '@nestjs/common';

export const AUDITED_ELSEWHERE = 'kc:auditedElsewhere';
/** A write route that writes its own, richer audit row (login), so the interceptor does not add a second one. */
export const AuditedElsewhere = () => SetMetadata(AUDITED_ELSEWHERE, true);
