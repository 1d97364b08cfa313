import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, NotFoundException } from '@nestjs/common';
import type { Response } from 'express';
import type { AuditLog } from '@kc/persistence';
import { AuditedRequest, auditOrigin, isAudited, markAudited } from '../audit/audit-context';
import { ApiError } from './api-error';
import { DATABASE_UNREACHABLE_MESSAGE, isDatabaseUnreachable } from '../infrastructure/database-unreachable';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  [key: string]: unknown;
}

const STATUS_CODES: Record<number, string> = {
  400: 'INVALID_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
};

/** Express's own "Cannot GET /api/x" for a path no route serves, said in both languages. */
function unknownRouteMessage(methodAndPath: string): string {
  return `Không có địa chỉ ${methodAndPath} trong API; xem /api/docs / no such route: ${methodAndPath}; see /api/docs`;
}

/** Refusals worth a row in the audit log when nothing else wrote one (a guard refused before any handler ran). */
const AUDITED_REFUSALS = new Set([401, 403, 429]);

/**
 * One place that turns every failure into `{statusCode, error, message}`; unexpected errors never leak details.
 * With the audit log, it also records 401, 403 and 429 answers that no handler recorded: a missing or refused
 * token, a rate limit, a read refused to a role (OWASP ASVS 7.2: log access-control failures).
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  constructor(private readonly auditLog?: AuditLog) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    const request = host.switchToHttp().getRequest<AuditedRequest>();
    if (this.auditLog && AUDITED_REFUSALS.has(body.statusCode) && request && !isAudited(request)) {
      await this.recordRefusal(request, body);
    }
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (typeof body.retryAfterSeconds === 'number') response.setHeader('Retry-After', String(body.retryAfterSeconds));
    response.status(body.statusCode).json(body);
  }

  private async recordRefusal(request: AuditedRequest, body: ErrorBody): Promise<void> {
    markAudited(request);
    try {
      await this.auditLog!.append({
        kind: 'REQUEST',
        route: `${request.method} ${(request.route as { path?: string } | undefined)?.path ?? request.path}`,
        targetId: null,
        statusCode: body.statusCode,
        ...auditOrigin(request),
        details: { refused: body.error },
      });
    } catch (err) {
      this.logger.error(
        `audit row not written for a ${body.statusCode} refusal: ${err instanceof Error ? err.message : err}`,
      );
    }
  }

  /** Pure: the body answered for this failure; the idempotency interceptor stores the same body for a replay. */
  toBody(exception: unknown): ErrorBody {
    if (exception instanceof ApiError) {
      return { statusCode: exception.status, error: exception.code, message: exception.message, ...exception.extra };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const message =
        typeof raw === 'object' && raw !== null && 'message' in raw ? (raw as { message: unknown }).message : raw;
      const text = Array.isArray(message) ? message.join('; ') : String(message);
      if (status === 404 && exception.constructor === NotFoundException && /^Cannot [A-Z]+ /.test(text)) {
        return { statusCode: 404, error: 'NOT_FOUND', message: unknownRouteMessage(text.slice('Cannot '.length)) };
      }
      return { statusCode: status, error: STATUS_CODES[status] ?? 'ERROR', message: text };
    }
    if (isDatabaseUnreachable(exception)) {
      return { statusCode: 503, error: 'DATABASE_UNAVAILABLE', message: DATABASE_UNREACHABLE_MESSAGE };
    }
    return {
      statusCode: 500,
      error: 'INTERNAL_ERROR',
      message: 'Lỗi hệ thống, dữ liệu của bạn không bị thay đổi; vui lòng thử lại / internal error; please retry',
    };
  }
}
