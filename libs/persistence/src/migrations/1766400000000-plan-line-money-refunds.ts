import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan figures count advances less the unused ones refunded (issue 15): the line's money index carries
 * refunded_vnd beside the other summed columns (same name, key and partial condition as before).
 */
export class PlanLineMoneyRefunds1766400000000 implements MigrationInterface {
  name = 'PlanLineMoneyRefunds1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX projects_plan_line_money`);
    await q.query(`
      CREATE INDEX projects_plan_line_money ON projects (plan_line_id)
        INCLUDE (state, approved_support_vnd, contract_no, advances_vnd, final_payments_vnd, refunded_vnd)
        WHERE plan_line_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX projects_plan_line_money`);
    await q.query(`
      CREATE INDEX projects_plan_line_money ON projects (plan_line_id)
        INCLUDE (state, approved_support_vnd, contract_no, advances_vnd, final_payments_vnd)
        WHERE plan_line_id IS NOT NULL`);
  }
}
