import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A province supervisor's queues read their own province's rows off an index (issue 16): the late-reports queue
 * was an index scan of every province's late periods, each joined to its project to test the province, so a
 * province page read some 30 times the rows it kept. report_periods copies its project's province (fixed at
 * creation), filled here for existing rows and by ReportWriter.recordPeriods for new ones; the stalled queue gets
 * the same per-province order on projects.
 */
export class AddReportPeriodProvince1766800000000 implements MigrationInterface {
  name = 'AddReportPeriodProvince1766800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_periods ADD COLUMN province_code varchar(8)`);
    await q.query(`
      UPDATE report_periods rp SET province_code = p.province_code
      FROM projects p WHERE p.id = rp.project_id`);
    await q.query(`ALTER TABLE report_periods ALTER COLUMN province_code SET NOT NULL`);
    await q.query(
      `CREATE INDEX report_periods_province_late_idx ON report_periods
         (province_code, (COALESCE(extended_due_at, due_at)), project_id, period_key) WHERE first_submitted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX projects_province_stall_idx ON projects (province_code, stall_limit_at, id) WHERE stall_limit_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX projects_province_stall_idx`);
    await q.query(`DROP INDEX report_periods_province_late_idx`);
    await q.query(`ALTER TABLE report_periods DROP COLUMN province_code`);
  }
}
