import { DataSource } from 'typeorm';

/** Wrong-password streaks per account in PostgreSQL, so that every API process sees the same lockout. */
export class LoginFailureStreaks {
  constructor(private readonly dataSource: DataSource) {}

  /** Seconds the account is still locked (0: not locked, or its streak is older than `memorySeconds`). */
  async secondsLocked(account: string, memorySeconds: number): Promise<number> {
    const rows: Array<{ seconds: number }> = await this.dataSource.query(
      `SELECT GREATEST(0, CEIL(EXTRACT(EPOCH FROM (locked_until - clock_timestamp()))))::int AS seconds
         FROM login_failure_streaks
        WHERE account = $1 AND last_failure_at > clock_timestamp() - make_interval(secs => $2)`,
      [account, memorySeconds],
    );
    return rows[0]?.seconds ?? 0;
  }

  /** Adds a failure (a streak older than `memorySeconds` starts again at 1) and returns the streak's length. */
  async addFailure(account: string, memorySeconds: number): Promise<number> {
    const rows: Array<{ failures: number }> = await this.dataSource.query(
      `INSERT INTO login_failure_streaks AS s (account, failures, last_failure_at, locked_until)
         VALUES ($1, 1, clock_timestamp(), clock_timestamp())
       ON CONFLICT (account) DO UPDATE SET
         failures = CASE WHEN s.last_failure_at <= clock_timestamp() - make_interval(secs => $2) THEN 1
                         ELSE s.failures + 1 END,
         last_failure_at = clock_timestamp()
       RETURNING failures`,
      [account, memorySeconds],
    );
    return Number(rows[0].failures);
  }

  async lockFor(account: string, seconds: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE login_failure_streaks SET locked_until = clock_timestamp() + make_interval(secs => $2) WHERE account = $1`,
      [account, seconds],
    );
  }

  async clear(account: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failure_streaks WHERE account = $1`, [account]);
  }
}
