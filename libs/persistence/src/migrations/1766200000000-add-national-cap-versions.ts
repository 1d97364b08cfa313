import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Later versions of the national funding caps (issue 15): a circular that replaces TT 28/2018, entered by the
 * administrator with its effective day and its caps by content area. The built-in instruments stay in the domain.
 */
export class AddNationalCapVersions1766200000000 implements MigrationInterface {
  name = 'AddNationalCapVersions1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE national_cap_versions (
        code varchar(40) PRIMARY KEY,
        name_vi varchar(300) NOT NULL,
        name_en varchar(300) NOT NULL,
        effective_from date NOT NULL UNIQUE,
        caps jsonb NOT NULL,
        updated_by varchar(254) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE national_cap_versions');
  }
}
