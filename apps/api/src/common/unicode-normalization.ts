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

export const BAD_PATH_ENCODING_REFUSAL = {
  statusCode: 400,
  error: 'INVALID_INPUT',
  message: 'Đường dẫn có mã hóa phần trăm (%) sai / the path has broken percent-encoding',
};

/** Far above any real path (ids are UUIDs, codes ~25 characters); stored paths (idempotency keys) hold 1,000. */
export const MAX_PATH_LENGTH = 512;

export const PATH_TOO_LONG_REFUSAL = {
  statusCode: 414,
  error: 'URI_TOO_LONG',
  message: `Đường dẫn quá dài (tối đa ${MAX_PATH_LENGTH} ký tự) / the path is too long (${MAX_PATH_LENGTH} characters at most)`,
};

function decodesCleanly(path: string): boolean {
  try {
    return !decodeURIComponent(path).includes('\u0000');
  } catch {
    return false;
  }
}

/**
 * Express middleware (after the JSON parser): the body and the query string reach validation in NFC. Refused here,
 * rather than as a database 500 or the router's English-only 400: a NUL character anywhere (PostgreSQL text cannot
 * hold one), a path whose percent-encoding does not decode, and a path too long to store.
 */
export function normalizeUnicodeInput(req: Request, res: Response, next: NextFunction): void {
  if (req.path.length > MAX_PATH_LENGTH) {
    res.status(414).json(PATH_TOO_LONG_REFUSAL);
    return;
  }
  if (!decodesCleanly(req.path)) {
    res.status(400).json(/%00/.test(req.path) ? NUL_REFUSAL : BAD_PATH_ENCODING_REFUSAL);
    return;
  }
  if (containsNul(req.query) || containsNul(req.body)) {
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
