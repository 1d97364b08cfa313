import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Level 3 of an escalation (DOMAIN.md §10.3): a decision for the Minister (national projects) or the chairman of the
 * provincial People's Committee (local ones), after 30 working days unresolved or when the project cannot be
 * completed within its fiscal year. report_periods.escalation_level and projects.stall_escalation_level have no
 * CHECK (they take 3 as they are); escalations.level had one.
 */
export class AllowEscalationLevel31765500000000 implements MigrationInterface {
  name = 'AllowEscalationLevel31765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE escalations DROP CONSTRAINT IF EXISTS escalations_level_check`);
    await q.query(`ALTER TABLE escalations ADD CONSTRAINT escalations_level_check CHECK (level IN (1, 2, 3))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Level 3 rows read as level 2 (the highest level before this migration), their history kept in `levels`.
    await q.query(`UPDATE escalations SET level = 2 WHERE level = 3`);
    await q.query(`UPDATE report_periods SET escalation_level = 2 WHERE escalation_level = 3`);
    await q.query(`UPDATE projects SET stall_escalation_level = 2 WHERE stall_escalation_level = 3`);
    await q.query(`ALTER TABLE escalations DROP CONSTRAINT IF EXISTS escalations_level_check`);
    await q.query(`ALTER TABLE escalations ADD CONSTRAINT escalations_level_check CHECK (level IN (1, 2))`);
  }
}
