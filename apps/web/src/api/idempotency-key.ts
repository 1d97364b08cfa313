/**
 * Idempotency-Key values for writes: one per thing a person means to do. A retry after no answer (the network
 * failed, a 5xx or 429, which the API does not keep) sends the same key, so the API applies it once; after an
 * answer (a success or a refusal) the next attempt is a new request with a new key.
 */
import { ApiRequestError } from './http';

/** 32 hex digits from the browser's random source (crypto.randomUUID needs a secure context; this does not). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether the API gave no answer it keeps for the key, so the same key must be sent again on a retry. */
export function unanswered(error: unknown): boolean {
  if (!(error instanceof ApiRequestError)) return false;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

/**
 * The key of a write: the same for a retry of the same body that got no answer, a new one otherwise. `settle`
 * is told how the attempt ended.
 */
export function idempotentAttempts() {
  let last: { body: string; key: string } | null = null;
  return {
    keyFor(body: unknown): string {
      const text = JSON.stringify(body);
      if (last?.body !== text) last = { body: text, key: newIdempotencyKey() };
      return last.key;
    },
    settle(error: unknown): void {
      if (!unanswered(error)) last = null;
    },
  };
}
