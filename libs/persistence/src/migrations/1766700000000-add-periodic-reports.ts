import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Department's periodic reports as generated (issue 17): each province's report of each period, in each format,
 * kept as the bytes that were mailed or downloaded, with their SHA-256. Version 1 is the one the schedule assembled
 * when the period closed and mailed; a leader's regeneration adds the next version and leaves the mailed one as it was.
 */
export class AddPeriodicReports1766700000000 implements MigrationInterface {
  name = 'AddPeriodicReports1766700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE periodic_reports (
        province_code varchar(8) NOT NULL,
        period varchar(10) NOT NULL,
        format varchar(8) NOT NULL,
        version integer NOT NULL,
        file_name varchar(200) NOT NULL,
        content_type varchar(120) NOT NULL,
        bytes bytea NOT NULL,
        sha256 char(64) NOT NULL,
        generated_by varchar(254) NOT NULL,
        generated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (province_code, period, format, version)
      )
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE periodic_reports');
  }
}
