import { CallHandler, ExecutionContext, HttpException, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { Observable, catchError, concatMap, from, throwError } from 'rxjs';
import { AuditLog } from '@kc/persistence';
import { ApiError } from '../common/api-error';
import { AuditedRequest, auditOrigin, markAudited, offerEarlyAudit } from './audit-context';
import { AUDITED_ELSEWHERE } from './audited-elsewhere.decorator';
import { AUDIT_TARGET, AuditTargetOf } from './audit-target.decorator';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function statusOf(error: unknown): number {
  if (error instanceof ApiError) return error.status;
  if (error instanceof HttpException) return error.getStatus();
  return 500;
}

function errorCodeOf(error: unknown): string {
  if (error instanceof ApiError) return error.code;
  if (error instanceof HttpException) return error.name;
  return 'INTERNAL_ERROR';
}

/** The route's own id (`:id`, `:scopeKey`, `:year`), or the id of what a create made, unless the route names it. */
function targetOf(req: AuditedRequest, responseBody: unknown, named?: AuditTargetOf): string | null {
  if (named) return named(req);
  const param = Object.values(req.params ?? {}).find((v): v is string => typeof v === 'string');
  if (param) return param;
  const created = (responseBody as { id?: unknown } | undefined)?.id;
  return typeof created === 'string' ? created : null;
}

/**
 * Records the outcome of every write request that reaches a handler (route, target, status, actor, request
 * id; the time is the database's). The row is written before the answer leaves, so a client that has its
 * answer finds the row. Requests refused earlier by a guard (no token, rate limit) are recorded by the exception
 * filter, and idempotent replays by the idempotency interceptor.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('AuditInterceptor');

  constructor(
    private readonly auditLog: AuditLog,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<AuditedRequest>();
    if (!WRITE_METHODS.has(req.method) || this.reflector.get(AUDITED_ELSEWHERE, context.getHandler())) {
      return next.handle();
    }
    const named = this.reflector.get<AuditTargetOf | undefined>(AUDIT_TARGET, context.getHandler());
    const successStatus: number =
      this.reflector.get(HTTP_CODE_METADATA, context.getHandler()) ?? (req.method === 'POST' ? 201 : 200);
    // Written at most once: early (auditSucceededNow, the outcome decided while the answer is still being built), or
    // when the handler ends.
    let early: Promise<void> | null = null;
    offerEarlyAudit(req, () => {
      early ??= this.record(req, successStatus, undefined, named);
    });
    return next.handle().pipe(
      concatMap((body: unknown) => from((early ?? this.record(req, successStatus, body, named)).then(() => body))),
      catchError((error: unknown) =>
        // An outcome recorded early stands: what failed after it is the answer, not the action (the request log keeps it).
        from(early ?? this.record(req, statusOf(error), undefined, named, errorCodeOf(error))).pipe(
          concatMap(() => throwError(() => error)),
        ),
      ),
    );
  }

  private async record(
    req: AuditedRequest,
    statusCode: number,
    responseBody: unknown,
    named: AuditTargetOf | undefined,
    error?: string,
  ) {
    const body = req.body as { action?: unknown; overAllocationReason?: unknown; planLineId?: unknown } | undefined;
    const action = body?.action;
    // An approval past a plan line's estimate keeps its reason (issue 14): the override is read in the audit log.
    const plan = {
      ...(typeof body?.planLineId === 'string' ? { planLineId: body.planLineId.slice(0, 64) } : {}),
      ...(typeof body?.overAllocationReason === 'string'
        ? { overAllocationReason: body.overAllocationReason.slice(0, 2000) }
        : {}),
    };
    markAudited(req);
    try {
      await this.auditLog.append({
        kind: 'REQUEST',
        route: `${req.method} ${(req.route as { path?: string } | undefined)?.path ?? req.path}`,
        targetId: targetOf(req, responseBody, named),
        statusCode,
        ...auditOrigin(req),
        details: {
          ...(typeof action === 'string' ? { action } : {}),
          ...plan,
          ...(error ? { error } : {}),
        },
      });
    } catch (err) {
      // The action itself has happened (or failed) already; a missing audit row must not change its answer.
      this.logger.error(
        `audit row not written for ${req.method} ${req.path} (${statusCode}): ${err instanceof Error ? err.message : err}`,
      );
    }
  }
}
