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

/** Express middleware (after the JSON parser): the body and the query string reach validation in NFC. */
export function normalizeUnicodeInput(req: Request, _res: Response, next: NextFunction): void {
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
