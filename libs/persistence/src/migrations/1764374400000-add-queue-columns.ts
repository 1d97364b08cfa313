import { MigrationInterface, QueryRunner } from 'typeorm';

/** What the supervisors' queues read: the stall clock on projects, notice progress on report periods. */
export class AddQueueColumns1764374400000 implements MigrationInterface {
  name = 'AddQueueColumns1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE projects
        ADD COLUMN officer_email varchar(254),
        ADD COLUMN stall_state varchar(20),
        ADD COLUMN stall_limit_at timestamptz,
        ADD COLUMN stall_escalation_level integer NOT NULL DEFAULT 0`);
    await q.query(`
      ALTER TABLE report_periods
        ADD COLUMN overdue_notices integer NOT NULL DEFAULT 0,
        ADD COLUMN escalation_level integer NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX projects_stall_idx ON projects (stall_limit_at, id) WHERE stall_limit_at IS NOT NULL`);
    await q.query(
      `CREATE INDEX report_periods_late_idx ON report_periods ((COALESCE(extended_due_at, due_at)), project_id, period_key) WHERE first_submitted_at IS NULL`,
    );
    await q.query(`CREATE INDEX project_transitions_latest_idx ON project_transitions (project_id, seq DESC)`);
    await q.query(`CREATE INDEX escalations_queue_idx ON escalations (status, due_at, id)`);
    await q.query(`
      CREATE TABLE nine_month_reviews (
        id uuid PRIMARY KEY,
        review_year integer NOT NULL,
        run_at timestamptz NOT NULL,
        trigger varchar(20) NOT NULL,
        disbursement_threshold_pct integer NOT NULL,
        progress_threshold_pct integer NOT NULL,
        rows jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX nine_month_reviews_year_idx ON nine_month_reviews (review_year, run_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE nine_month_reviews`);
    await q.query(`DROP INDEX escalations_queue_idx`);
    await q.query(`DROP INDEX project_transitions_latest_idx`);
    await q.query(`DROP INDEX report_periods_late_idx`);
    await q.query(`DROP INDEX projects_stall_idx`);
    await q.query(`ALTER TABLE report_periods DROP COLUMN overdue_notices, DROP COLUMN escalation_level`);
    await q.query(
      `ALTER TABLE projects DROP COLUMN officer_email, DROP COLUMN stall_state, DROP COLUMN stall_limit_at, DROP COLUMN stall_escalation_level`,
    );
  }
}
