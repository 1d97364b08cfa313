import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Annual plans (issue 14, schema in the plans note): a national plan per year and a local plan per province per
 * year, their lines by content area and funding source with the assigned estimate, the amendments as history,
 * the commitments an approval holds on a line while its workflow decides, and each project's plan and line.
 * `projects.imported_from` marks rows imported from archives (no workflow): reconcile skips them.
 */
export class AddPlans1765700000000 implements MigrationInterface {
  name = 'AddPlans1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plans (
        id uuid PRIMARY KEY,
        level varchar(10) NOT NULL CHECK (level IN ('NATIONAL', 'LOCAL')),
        year int NOT NULL,
        province_code varchar(8) NULL,
        title varchar(300) NOT NULL,
        status varchar(12) NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED')),
        decision_no varchar(100) NULL,
        decision_date date NULL,
        approved_by uuid NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((level = 'NATIONAL') = (province_code IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX plans_level_year_province ON plans (level, year, COALESCE(province_code, ''))`);
    await q.query(`CREATE INDEX plans_year_province ON plans (year, province_code)`);
    await q.query(`
      CREATE TABLE plan_lines (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        category varchar(40) NOT NULL,
        funding_source varchar(12) NOT NULL CHECK (funding_source IN ('CENTRAL', 'PROVINCIAL', 'COMMUNE', 'COUNTERPART')),
        assigned_vnd bigint NOT NULL CHECK (assigned_vnd >= 0),
        initial_vnd bigint NOT NULL CHECK (initial_vnd >= 0),
        UNIQUE (plan_id, category, funding_source)
      )`);
    await q.query(`
      CREATE TABLE plan_amendments (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        line_id uuid NOT NULL REFERENCES plan_lines(id) ON DELETE CASCADE,
        delta_vnd bigint NOT NULL,
        decision_no varchar(100) NOT NULL,
        decision_date date NOT NULL,
        reason text NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX plan_amendments_plan ON plan_amendments (plan_id, created_at)`);
    // What an approval holds on a line (kept after the approval: the line's record of the amount it granted).
    await q.query(`
      CREATE TABLE plan_line_commitments (
        project_id uuid PRIMARY KEY,
        line_id uuid NOT NULL REFERENCES plan_lines(id) ON DELETE CASCADE,
        amount_vnd bigint NOT NULL,
        override_reason text NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX plan_line_commitments_line ON plan_line_commitments (line_id)`);
    await q.query(`
      ALTER TABLE projects
        ADD COLUMN plan_id uuid NULL REFERENCES plans(id),
        ADD COLUMN plan_line_id uuid NULL REFERENCES plan_lines(id),
        ADD COLUMN imported_from varchar(60) NULL`);
    await q.query(`CREATE INDEX projects_plan_line ON projects (plan_line_id) WHERE plan_line_id IS NOT NULL`);
    await q.query(`CREATE INDEX projects_plan ON projects (plan_id) WHERE plan_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE projects DROP COLUMN plan_line_id, DROP COLUMN plan_id, DROP COLUMN imported_from`);
    await q.query(`DROP TABLE plan_line_commitments`);
    await q.query(`DROP TABLE plan_amendments`);
    await q.query(`DROP TABLE plan_lines`);
    await q.query(`DROP TABLE plans`);
  }
}
