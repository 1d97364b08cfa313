import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Money rules as versioned tables (issue 15): each project keeps the cap and advance rule it was created under and
 * whether it is in a priority area; the last progress report the Department certified (it backs an advance); the
 * provinces' own caps per year and content area, as policy data an administrator keeps.
 */
export class AddMoneyRules1766000000000 implements MigrationInterface {
  name = 'AddMoneyRules1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE projects
        ADD COLUMN priority_area boolean NOT NULL DEFAULT false,
        ADD COLUMN money_rules jsonb,
        ADD COLUMN progress_percent integer CHECK (progress_percent BETWEEN 0 AND 100),
        ADD COLUMN progress_report_date date
    `);
    await q.query(`
      CREATE TABLE local_support_caps (
        province_code varchar(10) NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        category varchar(40) NOT NULL,
        percent_of_cost integer CHECK (percent_of_cost BETWEEN 1 AND 100),
        max_vnd bigint CHECK (max_vnd > 0),
        basis varchar(300) NOT NULL,
        updated_by varchar(254) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (province_code, year, category),
        CHECK (percent_of_cost IS NOT NULL OR max_vnd IS NOT NULL)
      )
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE local_support_caps');
    await q.query(`
      ALTER TABLE projects DROP COLUMN priority_area, DROP COLUMN money_rules, DROP COLUMN progress_percent,
        DROP COLUMN progress_report_date
    `);
  }
}
