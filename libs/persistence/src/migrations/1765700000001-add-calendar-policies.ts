import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Overrides of the annual planning calendar's dates (libs/domain/src/planning/annual-calendar.ts), per level and
 * province ('' for every province of the level); a milestone without a row keeps the domain's default.
 */
export class AddCalendarPolicies1765700000001 implements MigrationInterface {
  name = 'AddCalendarPolicies1765700000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_policies (
        level varchar(10) NOT NULL CHECK (level IN ('NATIONAL', 'LOCAL')),
        province_code varchar(8) NOT NULL DEFAULT '',
        milestone varchar(30) NOT NULL,
        year_offset integer CHECK (year_offset BETWEEN -1 AND 1),
        month integer CHECK (month BETWEEN 1 AND 12),
        day integer CHECK (day BETWEEN 1 AND 31),
        remind_days_before integer CHECK (remind_days_before >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (level, province_code, milestone)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_policies`);
  }
}
