import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A later instrument may also change the advance rules by content area, the priority factor and the two overhead
 * shares (issue 15): kept beside its caps. Empty or null: the rule before it holds.
 */
export class RuleVersionAdvances1766500000000 implements MigrationInterface {
  name = 'RuleVersionAdvances1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE national_cap_versions
        ADD COLUMN advances jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN priority_factor_percent integer,
        ADD COLUMN unit_overhead_permille integer,
        ADD COLUMN programme_management_permille integer
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE national_cap_versions DROP COLUMN advances, DROP COLUMN priority_factor_percent,
        DROP COLUMN unit_overhead_permille, DROP COLUMN programme_management_permille
    `);
  }
}
