import fc from 'fast-check';
import { ApiError } from '../common/api-error';
import { fingerprintBody, isReplayableStatus, parseIdempotencyKey } from './idempotency-request';

describe('parseIdempotencyKey', () => {
  it.each([
    'a',
    'retry-7f3c',
    'action:settle:2026-11-27T08:00:00Z',
    'with space inside',
    '~!@#$%^&*()',
    'x'.repeat(128),
  ])('accepts %j', (key) => {
    expect(parseIdempotencyKey(key)).toBe(key);
  });

  it.each(['', 'x'.repeat(129), 'khóa', 'tab\there', 'line\nbreak', '\u0000'])(
    'refuses %j with a 400 naming the header',
    (key) => {
      let thrown: unknown;
      try {
        parseIdempotencyKey(key);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(ApiError);
      const error = thrown as ApiError;
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/^Header Idempotency-Key phải gồm .* \/ the Idempotency-Key header must be/);
    },
  );

  it('takes a repeated header as one value, as Node joins it', () => {
    expect(parseIdempotencyKey(['a', 'b'])).toBe('a, b');
  });

  it('accepts every string of 1 to 128 printable ASCII characters', () => {
    const printable = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      minLength: 1,
      maxLength: 128,
    });
    fc.assert(fc.property(printable, (key) => parseIdempotencyKey(key) === key));
  });
});

describe('fingerprintBody', () => {
  it('is a SHA-256 in hex', () => {
    expect(fingerprintBody({ action: 'submit' })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores key order at every depth and undefined fields', () => {
    const a = { action: 'sign_contract', contractNo: '15/HĐ', nested: { x: 1, y: [1, { b: 2, a: 1 }] } };
    const b = {
      nested: { y: [1, { a: 1, b: 2 }], x: 1 },
      contractNo: '15/HĐ',
      action: 'sign_contract',
      note: undefined,
    };
    expect(fingerprintBody(a)).toBe(fingerprintBody(b));
  });

  it('tells apart different values, types and array orders', () => {
    const base = fingerprintBody({ amountVnd: 94500000, kind: 'ADVANCE' });
    expect(fingerprintBody({ amountVnd: 94500001, kind: 'ADVANCE' })).not.toBe(base);
    expect(fingerprintBody({ amountVnd: '94500000', kind: 'ADVANCE' })).not.toBe(base);
    expect(fingerprintBody([1, 2])).not.toBe(fingerprintBody([2, 1]));
    expect(fingerprintBody({})).not.toBe(fingerprintBody(undefined));
  });

  it('treats no body and a null body alike', () => {
    expect(fingerprintBody(undefined)).toBe(fingerprintBody(null));
  });

  it('is the same for any object whose keys are shuffled', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        return fingerprintBody(obj) === fingerprintBody(reversed);
      }),
    );
  });
});

describe('isReplayableStatus', () => {
  it('keeps successes and refusals, frees the key on 429 and server errors', () => {
    expect([200, 201, 204, 400, 403, 404, 409, 422].every(isReplayableStatus)).toBe(true);
    expect([429, 500, 502, 503, 504].some(isReplayableStatus)).toBe(false);
  });
});
