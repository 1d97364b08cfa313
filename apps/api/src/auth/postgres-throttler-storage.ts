import type { ThrottlerStorage } from '@nestjs/throttler';
import { RateLimitWindows } from '@kc/persistence';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * The throttler's counters in PostgreSQL (RATE_LIMIT_STORE=postgres): every API replica counts the same hits for a
 * caller, so N replicas do not allow N times the limit. Fixed windows; over the limit, blocked for blockDuration.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly windows: RateLimitWindows) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const windowKey = `${throttlerName}:${ttl}:${key}`.slice(0, 300);
    const hit = await this.windows.hit(windowKey, ttl);
    let msBlocked = hit.msBlocked;
    if (msBlocked <= 0 && hit.hits > limit) {
      await this.windows.block(windowKey, blockDuration);
      msBlocked = blockDuration;
    }
    return {
      totalHits: hit.hits,
      timeToExpire: Math.ceil(hit.msToWindowEnd / 1000),
      isBlocked: msBlocked > 0,
      timeToBlockExpire: Math.ceil(msBlocked / 1000),
    };
  }
}
