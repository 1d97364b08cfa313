import { BadRequestException, CallHandler, ExecutionContext } from '@nestjs/common';
import { lastValueFrom, of, throwError } from 'rxjs';
import type { IdempotencyKeys, KeyReservation, KeyedRequest } from '@kc/persistence';
import { ApiError } from '../common/api-error';
import { ExpiredKeySweeper } from './expired-key-sweeper';
import { IdempotencyInterceptor, withoutSecrets } from './idempotency.interceptor';

/** The table stands in memory here: these tests are about what the interceptor keeps, frees and refuses. */
class KeysInMemory {
  reservation: KeyReservation = { kind: 'reserved', token: 't1' };
  completed: Array<{ status: number; body: unknown }> = [];
  released: string[] = [];
  reserved: KeyedRequest[] = [];

  async reserve(_userId: string, _key: string, request: KeyedRequest): Promise<KeyReservation> {
    this.reserved.push(request);
    return this.reservation;
  }

  async complete(_userId: string, _key: string, _token: string, status: number, body: unknown): Promise<boolean> {
    this.completed.push({ status, body });
    return true;
  }

  async release(_userId: string, _key: string, token: string): Promise<void> {
    this.released.push(token);
  }

  async deleteExpired(): Promise<number> {
    return 0;
  }
}

function setup(headers: Record<string, string> = { 'idempotency-key': 'k-1' }, method = 'POST') {
  const keys = new KeysInMemory();
  const asKeys = keys as unknown as IdempotencyKeys;
  const interceptor = new IdempotencyInterceptor(asKeys, new ExpiredKeySweeper(asKeys), {
    ttlSeconds: 86400,
    abandonAfterSeconds: 120,
  });
  const responseHeaders: Record<string, string> = {};
  const request = {
    method,
    headers,
    originalUrl: '/api/projects/p1/actions?x=1',
    body: { action: 'submit' },
    actor: { userId: 'u1', email: 'officer@x', role: 'officer', provinceCode: 'HN' },
  };
  const response = { statusCode: 200, setHeader: (k: string, v: string) => (responseHeaders[k] = v) };
  const context = {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ExecutionContext;
  const run = async (handle: CallHandler['handle']) => lastValueFrom(await interceptor.intercept(context, { handle }));
  return { keys, run, responseHeaders, request };
}

const failing = (err: unknown) => () => throwError(() => err);

describe('IdempotencyInterceptor', () => {
  it('stores a success with the route status, and keys it on method, path without query, and body', async () => {
    const { keys, run } = setup();
    await expect(run(() => of({ state: 'SUBMITTED' }))).resolves.toEqual({ state: 'SUBMITTED' });
    expect(keys.completed).toEqual([{ status: 200, body: { state: 'SUBMITTED' } }]);
    expect(keys.reserved[0]).toMatchObject({ method: 'POST', routePath: '/api/projects/p1/actions' });
    expect(keys.reserved[0].fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stores a refusal with the body the exception filter answers', async () => {
    const { keys, run } = setup();
    const refusal = new ApiError(409, 'ILLEGAL_TRANSITION', 'Không được / not allowed', { allowedActions: ['x'] });
    await expect(run(failing(refusal))).rejects.toBe(refusal);
    expect(keys.completed).toEqual([
      {
        status: 409,
        body: {
          statusCode: 409,
          error: 'ILLEGAL_TRANSITION',
          message: 'Không được / not allowed',
          allowedActions: ['x'],
        },
      },
    ]);
    const invalid = setup();
    await expect(invalid.run(failing(new BadRequestException(['a wrong', 'b wrong'])))).rejects.toBeDefined();
    expect(invalid.keys.completed).toEqual([
      { status: 400, body: { statusCode: 400, error: 'INVALID_INPUT', message: 'a wrong; b wrong' } },
    ]);
  });

  it.each([
    ['an unexpected error', new Error('boom')],
    ['a 503', ApiError.unavailable('Temporal', 'down')],
    ['a 429', new ApiError(429, 'TOO_MANY_REQUESTS', 'chậm lại / slow down')],
  ])('frees the key after %s, so a retry runs again', async (_name, err) => {
    const { keys, run } = setup();
    await expect(run(failing(err))).rejects.toBe(err);
    expect(keys.completed).toEqual([]);
    expect(keys.released).toEqual(['t1']);
  });

  it('replays a stored success with the replay header, and a stored refusal as the same error', async () => {
    const { keys, run, responseHeaders, request } = setup();
    const handler = jest.fn(() => of('must not run'));
    const stored = { method: 'POST', routePath: '/api/projects/p1/actions', createdAt: new Date() };
    const fingerprint = (await run(() => of(null)), keys.reserved[0].fingerprint);
    keys.reservation = {
      kind: 'existing',
      record: { ...stored, fingerprint, responseStatus: 200, responseBody: { state: 'SUBMITTED' } },
    };
    await expect(run(handler)).resolves.toEqual({ state: 'SUBMITTED' });
    expect(responseHeaders['Idempotent-Replayed']).toBe('true');
    const refusalBody = { statusCode: 403, error: 'FORBIDDEN', message: 'Không / no', allowedActions: [] };
    keys.reservation = {
      kind: 'existing',
      record: { ...stored, fingerprint, responseStatus: 403, responseBody: refusalBody },
    };
    const replayed = await run(handler).catch((err: unknown) => err);
    expect(replayed).toBeInstanceOf(ApiError);
    expect(replayed).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      message: 'Không / no',
      extra: { allowedActions: [] },
    });
    // 422 for another body under the key, 409 while the first is running.
    request.body = { action: 'withdraw' };
    await expect(run(handler)).rejects.toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    request.body = { action: 'submit' };
    keys.reservation = {
      kind: 'existing',
      record: { ...stored, fingerprint, responseStatus: null, responseBody: null },
    };
    await expect(run(handler)).rejects.toMatchObject({ status: 409, code: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes through reads, requests without the header and public routes', async () => {
    for (const { headers, method, anonymous } of [
      { headers: { 'idempotency-key': 'k' }, method: 'GET', anonymous: false },
      { headers: {}, method: 'POST', anonymous: false },
      { headers: { 'idempotency-key': 'k' }, method: 'POST', anonymous: true },
    ]) {
      const { keys, run, request } = setup(headers, method);
      if (anonymous) (request as { actor?: unknown }).actor = undefined;
      await expect(run(() => of('ran'))).resolves.toBe('ran');
      expect(keys.reserved).toEqual([]);
    }
  });

  it('refuses an invalid key with 400 before reserving', async () => {
    const { keys, run } = setup({ 'idempotency-key': 'x'.repeat(129) });
    await expect(run(() => of('ran'))).rejects.toMatchObject({ status: 400 });
    expect(keys.reserved).toEqual([]);
  });
});

describe('withoutSecrets', () => {
  it('keeps a generated password out of the stored answer, and leaves other answers as they are', () => {
    expect(withoutSecrets({ id: 'u1', generatedPassword: 'Xk3-secret' })).toEqual({
      id: 'u1',
      generatedPassword: null,
    });
    const plain = { id: 'p1', state: 'DRAFT' };
    expect(withoutSecrets(plain)).toBe(plain);
    expect(withoutSecrets([1, 2])).toEqual([1, 2]);
    expect(withoutSecrets(null)).toBeNull();
  });
});
