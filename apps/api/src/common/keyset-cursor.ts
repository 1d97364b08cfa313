import { ApiError } from './api-error';

/** The position after a page's last row, in (moment, row key) order. */
export interface KeysetPosition {
  at: string;
  key: string;
}

/** Longest cursor ever issued is well under this; anything longer is not ours. */
const MAX_CURSOR_LENGTH = 400;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** Exactly what Date.prototype.toISOString writes, for the years 1900 to 9999 (PostgreSQL has no year 0). */
const ISO_INSTANT = /^(19|[2-9]\d)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Opaque cursor for keyset pagination: base64url of the last row's (moment, key). */
export function encodeKeyset(position: KeysetPosition | null): string | null {
  return position ? Buffer.from(JSON.stringify([position.at, position.key])).toString('base64url') : null;
}

/**
 * Strictly decodes a cursor: base64url of a JSON array of exactly two strings, the first an instant written as
 * toISOString writes it (and that round-trips), the second a key the caller's check accepts. Anything else is a
 * 400, never a query that PostgreSQL or JSON.parse fails on.
 */
export function decodeKeyset(raw: string | undefined, keyIsValid: (key: string) => boolean): KeysetPosition | null {
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string' || raw.length > MAX_CURSOR_LENGTH || !BASE64URL.test(raw)) throw invalidCursorError();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursorError();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw invalidCursorError();
  const [at, key] = decoded as unknown[];
  if (typeof at !== 'string' || !isInstant(at) || typeof key !== 'string' || !keyIsValid(key)) {
    throw invalidCursorError();
  }
  return { at, key };
}

function isInstant(value: string): boolean {
  if (!ISO_INSTANT.test(value)) return false;
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString() === value;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function invalidCursorError(): ApiError {
  return ApiError.badRequest(
    'cursor không hợp lệ; dùng nextCursor của trang trước / invalid cursor: pass nextCursor from the previous page',
  );
}
