import { ApiError } from './api-error';

/** The position after a page's last row, in (moment, row key) order. */
export interface KeysetPosition {
  at: string;
  key: string;
}

/** Opaque cursor for keyset pagination: base64url of the last row's (moment, key). */
export function encodeKeyset(position: KeysetPosition | null): string | null {
  return position ? Buffer.from(JSON.stringify([position.at, position.key])).toString('base64url') : null;
}

export function decodeKeyset(raw: string | undefined, keyIsValid: (key: string) => boolean): KeysetPosition | null {
  if (!raw) return null;
  try {
    const [at, key] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [string, string];
    if (Number.isNaN(Date.parse(at)) || typeof key !== 'string' || !keyIsValid(key)) throw new Error('shape');
    return { at, key };
  } catch {
    throw invalidCursorError();
  }
}

export function invalidCursorError(): ApiError {
  return ApiError.badRequest(
    'cursor không hợp lệ; dùng nextCursor của trang trước / invalid cursor: pass nextCursor from the previous page',
  );
}
