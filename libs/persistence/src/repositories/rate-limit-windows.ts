import { DataSource } from 'typeorm';

export interface RateLimitHit {
  hits: number;
  msToWindowEnd: number;
  /** > 0 while the caller is blocked. */
  msBlocked: number;
}

/** Fixed-window counters in PostgreSQL, so that every API process counts the same hits for a caller. */
export class RateLimitWindows {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one hit in `key`'s current window (a new window when the last one has ended), atomically. */
  async hit(key: string, windowMs: number): Promise<RateLimitHit> {
    const rows: Array<{ hits: number; msToWindowEnd: number; msBlocked: number }> = await this.dataSource.query(
      `INSERT INTO rate_limit_windows AS w (key, hits, window_ends_at)
         VALUES ($1, 1, clock_timestamp() + make_interval(secs => $2::float8 / 1000))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN w.window_ends_at <= clock_timestamp() THEN 1 ELSE w.hits + 1 END,
         window_ends_at = CASE WHEN w.window_ends_at <= clock_timestamp() THEN EXCLUDED.window_ends_at
                               ELSE w.window_ends_at END
       RETURNING hits,
         GREATEST(0, EXTRACT(EPOCH FROM (window_ends_at - clock_timestamp())) * 1000)::float8 AS "msToWindowEnd",
         GREATEST(0, COALESCE(EXTRACT(EPOCH FROM (blocked_until - clock_timestamp())), 0) * 1000)::float8 AS "msBlocked"`,
      [key, windowMs],
    );
    const row = rows[0];
    return { hits: Number(row.hits), msToWindowEnd: Number(row.msToWindowEnd), msBlocked: Number(row.msBlocked) };
  }

  async block(key: string, blockMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE rate_limit_windows SET blocked_until = clock_timestamp() + make_interval(secs => $2::float8 / 1000)
        WHERE key = $1`,
      [key, blockMs],
    );
  }
}
