import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit windows shared by every API process (RATE_LIMIT_STORE=postgres): one row per limit and caller, with
 * its hits in the current fixed window and, once over the limit, the moment the caller may come back; and the
 * wrong-password streak of each account (the login lockout), likewise shared.
 */
export class AddSharedRateLimits1765152000000 implements MigrationInterface {
  name = 'AddSharedRateLimits1765152000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit_windows (
        key varchar(300) PRIMARY KEY,
        hits integer NOT NULL,
        window_ends_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
    await q.query(`CREATE INDEX rate_limit_windows_window_ends_at ON rate_limit_windows (window_ends_at)`);
    await q.query(`
      CREATE TABLE login_failure_streaks (
        account varchar(254) PRIMARY KEY,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        locked_until timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_failure_streaks`);
    await q.query(`DROP TABLE rate_limit_windows`);
  }
}
