import { ApiError } from './api-error';
import { UUID_PATTERN, decodeKeyset, encodeKeyset } from './keyset-cursor';

const ID = '4dfe4356-8ebe-4e72-bf1c-b31500000004';
const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const isUuid = (key: string) => UUID_PATTERN.test(key);

describe('decodeKeyset', () => {
  it('reads back what encodeKeyset wrote', () => {
    const position = { at: '2026-12-02T09:30:00.123Z', key: ID };
    expect(decodeKeyset(encodeKeyset(position)!, isUuid)).toEqual(position);
    expect(decodeKeyset(undefined, isUuid)).toBeNull();
    expect(decodeKeyset('', isUuid)).toBeNull();
  });

  it.each([
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('[1,').toString('base64url')],
    ['not an array', raw({ at: '2026-12-02T09:30:00.123Z', key: ID })],
    ['three items', raw(['2026-12-02T09:30:00.123Z', ID, 1])],
    ['an instant PostgreSQL reads otherwise', raw(['1', ID])],
    ['year 0', raw(['0000-01-01T00:00:00.000Z', ID])],
    ['an impossible day', raw(['2026-02-30T00:00:00.000Z', ID])],
    ['an offset', raw(['2026-01-01T00:00:00+07:00', ID])],
    ['a key the route refuses', raw(['2026-12-02T09:30:00.123Z', '-'.repeat(36)])],
    ['a number as key', raw(['2026-12-02T09:30:00.123Z', 7])],
    ['too long', 'A'.repeat(401)],
  ])('refuses %s with a bilingual 400', (_what, cursor) => {
    let caught: unknown;
    try {
      decodeKeyset(cursor, isUuid);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect((caught as ApiError).status).toBe(400);
    expect((caught as ApiError).message).toMatch(/^cursor không hợp lệ.* \/ invalid cursor/);
  });
});
