import type { TimedApiClient, TimedResponse } from '../load/http-client';
import type { WriteOutcome } from '../load/write-ledger';

export interface WriteResult {
  outcome: WriteOutcome;
  /** The answer that decided the outcome (or the last one when the client gave up). */
  last: TimedResponse;
  /** Requests sent again with the same key. */
  retries: number;
}

/** No answer, a server error, "the same key is still being processed" or a rate limit: the client tries again. */
export function isRetryable(res: TimedResponse): boolean {
  if (res.status === 'network') return true;
  if (res.status >= 500 || res.status === 429) return true;
  return res.status === 409 && res.body?.error === 'IDEMPOTENCY_KEY_IN_PROGRESS';
}

/**
 * A write as a careful client sends it: under one Idempotency-Key, sent again with the same key after a failure or
 * a timeout (backing off up to 5 s) until it gets an answer that settles it or `giveUpAfterMs` has passed.
 */
export async function writeUntilSettled(
  client: TimedApiClient,
  path: string,
  body: unknown,
  key: string,
  giveUpAfterMs: number,
): Promise<WriteResult> {
  const giveUpAt = performance.now() + giveUpAfterMs;
  let retries = 0;
  for (;;) {
    const last = await client.post(path, body, key);
    if (!isRetryable(last)) {
      const ok = typeof last.status === 'number' && last.status < 300;
      return { outcome: ok ? 'acknowledged' : 'refused', last, retries };
    }
    if (performance.now() > giveUpAt) return { outcome: 'unknown', last, retries };
    const backoff = Math.min(5000, 250 * 2 ** Math.min(retries, 5));
    await new Promise((resolve) => setTimeout(resolve, backoff * (0.5 + Math.random() / 2)));
    retries += 1;
  }
}
