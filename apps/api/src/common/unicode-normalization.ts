import type { NextFunction, Request, Response } from 'express';

/**
 * A value with every string in it (keys included) in Unicode NFC. Vietnamese has two spellings of the
 * same text: "ế" as one code point (NFC, what keyboards on Windows send) or "e" + two combining marks
 * (NFD, what macOS file names and some IMEs send). Stored and searched as NFC, both are one.
 */
export function toNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfc);
  if (isPlainObject(value)) {
    const normalized: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) normalized[key.normalize('NFC')] = toNfc(inner);
    return normalized;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** True when a NUL character is anywhere in the value: PostgreSQL text cannot hold one (it fails the query). */
export function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (isPlainObject(value)) return Object.entries(value).some(([key, inner]) => containsNul(key) || containsNul(inner));
  return false;
}

export const NUL_REFUSAL = {
  statusCode: 400,
  error: 'INVALID_INPUT',
  message:
    'Dữ liệu chứa ký tự NUL (U+0000), không được phép / the input contains a NUL character (U+0000), not allowed',
};

/**
 * Express middleware (after the JSON parser): the body and the query string reach validation in NFC, and a NUL
 * character in the path, the query or the body is refused here rather than by the database as a 500.
 */
export function normalizeUnicodeInput(req: Request, res: Response, next: NextFunction): void {
  if (/%00|\u0000/.test(req.path) || containsNul(req.query) || containsNul(req.body)) {
    res.status(400).json(NUL_REFUSAL);
    return;
  }
  if (req.body !== undefined) req.body = toNfc(req.body);
  // Express 5 parses req.query from the URL on every read (a getter); an own property shadows it.
  Object.defineProperty(req, 'query', {
    value: toNfc(req.query),
    writable: true,
    configurable: true,
    enumerable: true,
  });
  next();
}
