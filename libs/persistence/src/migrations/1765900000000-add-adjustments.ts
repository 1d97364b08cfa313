import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adjustment requests (issue 15): every request with its old and proposed terms and who acted, written by the
 * workflow's activity (newer versions only); on projects, the open request beside the state, and the terms a
 * request may change that creation did not record (site, partner) with the version of the terms in force.
 */
export class AddAdjustments1765900000000 implements MigrationInterface {
  name = 'AddAdjustments1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE project_adjustments (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES projects(id),
        kind varchar(30) NOT NULL,
        status varchar(20) NOT NULL,
        reason text NOT NULL,
        changes jsonb NOT NULL,
        terms_before jsonb NOT NULL,
        terms_proposed jsonb NOT NULL,
        terms_version integer,
        decider jsonb NOT NULL,
        requested_by jsonb NOT NULL,
        requested_at timestamptz NOT NULL,
        certified_by jsonb,
        certified_at timestamptz,
        decided_by jsonb,
        decided_at timestamptz,
        decision_reason text,
        decision_no varchar(100),
        decision_date date,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX project_adjustments_by_project ON project_adjustments (project_id, requested_at)`);
    await q.query(
      `CREATE INDEX project_adjustments_open ON project_adjustments (status, requested_at)
         WHERE status IN ('REQUESTED', 'CERTIFIED')`,
    );
    await q.query(`
      ALTER TABLE projects
        ADD COLUMN open_adjustment_id uuid,
        ADD COLUMN open_adjustment_kind varchar(30),
        ADD COLUMN open_adjustment_status varchar(20),
        ADD COLUMN site varchar(300),
        ADD COLUMN partner varchar(300),
        ADD COLUMN terms_version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE projects DROP COLUMN open_adjustment_id, DROP COLUMN open_adjustment_kind,
        DROP COLUMN open_adjustment_status, DROP COLUMN site, DROP COLUMN partner, DROP COLUMN terms_version`);
    await q.query(`DROP TABLE project_adjustments`);
  }
}
