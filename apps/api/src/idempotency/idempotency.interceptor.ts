import {
  CallHandler,
  ExecutionContext,
  HttpException,
  Inject,
  Injectable,
  Logger,
  NestInterceptor,
  Optional,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable, catchError, from, mergeMap, of, throwError } from 'rxjs';
import { AuditLog, IdempotencyKeys, KeyedRequest, ReservationTimes, StoredIdempotencyKey } from '@kc/persistence';
import { AuditedRequest, auditOrigin, markAudited } from '../audit/audit-context';
import type { AuthenticatedRequest } from '../auth/current-actor.decorator';
import { ApiError } from '../common/api-error';
import { ApiExceptionFilter } from '../common/api-exception.filter';
import { ExpiredKeySweeper } from './expired-key-sweeper';
import {
  IDEMPOTENCY_HEADER,
  REPLAYED_HEADER,
  WRITE_METHODS,
  fingerprintBody,
  isReplayableStatus,
  parseIdempotencyKey,
} from './idempotency-request';

export const IDEMPOTENCY_TIMES = Symbol('IDEMPOTENCY_TIMES');

/** Fields shown once and never kept: a replay answers without them (a generated password is not stored anywhere). */
const SECRET_FIELDS = ['generatedPassword'] as const;

export function withoutSecrets(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const secrets = SECRET_FIELDS.filter((field) => field in body);
  if (secrets.length === 0) return body;
  const kept: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const field of secrets) kept[field] = null;
  return kept;
}

/**
 * Every authenticated write sent with an Idempotency-Key runs once per user and key: the first outcome (a success or
 * a refusal) is stored and a retry of the same request is answered with it. Runs after the guards (it needs the user)
 * and around the pipes, so a validation refusal is stored too.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');
  private readonly errorBodies = new ApiExceptionFilter();

  constructor(
    private readonly keys: IdempotencyKeys,
    private readonly sweeper: ExpiredKeySweeper,
    @Inject(IDEMPOTENCY_TIMES) private readonly times: ReservationTimes,
    @Optional() private readonly auditLog?: AuditLog,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const header = request.headers[IDEMPOTENCY_HEADER.toLowerCase()];
    // Public routes (login) have no user to key on and change nothing twice.
    if (!WRITE_METHODS.has(request.method) || header === undefined || !request.actor) return next.handle();
    const key = parseIdempotencyKey(header);
    const userId = request.actor.userId;
    const keyed: KeyedRequest = {
      method: request.method,
      routePath: request.originalUrl.split('?')[0],
      fingerprint: fingerprintBody(request.body),
    };
    this.sweeper.sweepIfDue();
    const reservation = await this.keys.reserve(userId, key, keyed, this.times);
    const response = context.switchToHttp().getResponse<Response>();
    if (reservation.kind === 'existing') {
      const answer = this.answerFromRecord(reservation.record, keyed, response);
      await this.recordReplay(request, reservation.record);
      return answer;
    }
    const { token } = reservation;
    return next.handle().pipe(
      mergeMap((body: unknown) => from(this.keepSuccess(userId, key, token, response.statusCode, body))),
      catchError((err: unknown) =>
        from(this.settleFailure(userId, key, token, err)).pipe(mergeMap(() => throwError(() => err))),
      ),
    );
  }

  /** A replayed answer is a request too: it gets its audit row, marked as a replay of the stored outcome. */
  private async recordReplay(request: Request, record: StoredIdempotencyKey): Promise<void> {
    if (!this.auditLog || record.responseStatus === null) return;
    const audited = request as AuditedRequest;
    markAudited(audited);
    try {
      await this.auditLog.append({
        kind: 'REQUEST',
        route: `${request.method} ${(request.route as { path?: string } | undefined)?.path ?? request.path}`,
        targetId: Object.values(request.params ?? {}).find((v): v is string => typeof v === 'string') ?? null,
        statusCode: record.responseStatus,
        ...auditOrigin(audited),
        details: { idempotentReplay: true },
      });
    } catch (err) {
      this.logger.error(`audit row not written for a replay: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private answerFromRecord(record: StoredIdempotencyKey, keyed: KeyedRequest, response: Response): Observable<unknown> {
    const same =
      record.method === keyed.method &&
      record.routePath === keyed.routePath &&
      record.fingerprint === keyed.fingerprint;
    if (!same) {
      throw new ApiError(
        422,
        'IDEMPOTENCY_KEY_REUSED',
        `${IDEMPOTENCY_HEADER} này đã được dùng cho một yêu cầu khác (${record.method} ${record.routePath}); hãy dùng khóa mới cho mỗi yêu cầu / this ${IDEMPOTENCY_HEADER} was already used for a different request (${record.method} ${record.routePath}); use a new key for each request`,
      );
    }
    if (record.responseStatus === null) {
      throw new ApiError(
        409,
        'IDEMPOTENCY_KEY_IN_PROGRESS',
        `Yêu cầu với ${IDEMPOTENCY_HEADER} này đang được xử lý; vui lòng thử lại sau ít giây / a request with this ${IDEMPOTENCY_HEADER} is still being processed; retry in a few seconds`,
      );
    }
    response.setHeader(REPLAYED_HEADER, 'true');
    if (record.responseStatus < 300) {
      // The route answers with the same status as the first time (same method and path).
      return of(record.responseBody);
    }
    const { statusCode, error, message, ...extra } = record.responseBody as {
      statusCode: number;
      error: string;
      message: string;
    };
    // The exception filter renders this back into exactly the stored body.
    return throwError(() => new ApiError(statusCode, error, message, extra));
  }

  /** The change is made: the client gets its answer even if storing it fails (a retry then waits out the reservation). */
  private async keepSuccess(
    userId: string,
    key: string,
    token: string,
    status: number,
    body: unknown,
  ): Promise<unknown> {
    try {
      await this.keep(userId, key, token, status, withoutSecrets(body));
    } catch (storeError) {
      this.logger.error(`${IDEMPOTENCY_HEADER} ${key}: could not store the outcome: ${String(storeError)}`);
    }
    return body;
  }

  private async keep(userId: string, key: string, token: string, status: number, body: unknown): Promise<void> {
    if (!(await this.keys.complete(userId, key, token, status, body))) {
      this.logger.warn(`${IDEMPOTENCY_HEADER} ${key}: the reservation was taken over before the outcome was stored`);
    }
  }

  /** A refusal is an answer and is kept; a server error or an unknown failure frees the key for the retry. */
  private async settleFailure(userId: string, key: string, token: string, err: unknown): Promise<void> {
    const body = err instanceof Error ? this.errorBodies.toBody(err) : undefined;
    try {
      if (body && isReplayableStatus(body.statusCode) && (err instanceof ApiError || err instanceof HttpException)) {
        await this.keep(userId, key, token, body.statusCode, body);
      } else {
        await this.keys.release(userId, key, token);
      }
    } catch (storeError) {
      // The handler's own failure is what the client must see; an unreleased key is taken over once abandoned.
      this.logger.error(`${IDEMPOTENCY_HEADER} ${key}: could not settle the key: ${String(storeError)}`);
    }
  }
}
