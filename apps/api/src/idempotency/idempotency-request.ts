import { createHash } from 'node:crypto';
import { ApiError } from '../common/api-error';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/** The methods that change something; a key on any other method is ignored. */
export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const PRINTABLE_ASCII_KEY = /^[\x20-\x7E]{1,128}$/;

/** The header's value as the key, or a 400 that names the header. */
export function parseIdempotencyKey(raw: string | string[]): string {
  const value = Array.isArray(raw) ? raw.join(', ') : raw;
  if (!PRINTABLE_ASCII_KEY.test(value)) {
    throw ApiError.badRequest(
      `Header ${IDEMPOTENCY_HEADER} phải gồm 1–128 ký tự ASCII in được / the ${IDEMPOTENCY_HEADER} header must be 1 to 128 printable ASCII characters`,
    );
  }
  return value;
}

/** SHA-256 (hex) of the body in canonical JSON: the same data in another key order is the same request. */
export function fingerprintBody(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * Which outcomes are kept and replayed: successes and refusals. A 429 (come back later) and every 5xx are not an
 * answer to the request, so the key is freed for the retry to run.
 */
export function isReplayableStatus(status: number): boolean {
  return status >= 200 && status < 500 && status !== 429;
}
