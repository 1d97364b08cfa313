import { Injectable, Logger } from '@nestjs/common';
import { IdempotencyKeys } from '@kc/persistence';

const SWEEP_EVERY_MS = 60_000;
const ROWS_PER_SWEEP = 1000;

/**
 * Deletes expired keys a bounded batch at a time, at most once a minute, riding on keyed requests (no timer to stop).
 * Expired rows are also taken over in place when their key comes back, so a slow sweep never blocks anyone.
 */
@Injectable()
export class ExpiredKeySweeper {
  private readonly logger = new Logger('Idempotency');
  private lastSweepAt = 0;

  constructor(private readonly keys: IdempotencyKeys) {}

  sweepIfDue(now = Date.now()): void {
    if (now - this.lastSweepAt < SWEEP_EVERY_MS) return;
    this.lastSweepAt = now;
    this.keys.deleteExpired(ROWS_PER_SWEEP).catch((err: unknown) => {
      this.logger.warn(`expired idempotency keys not swept: ${String(err)}`);
    });
  }
}
