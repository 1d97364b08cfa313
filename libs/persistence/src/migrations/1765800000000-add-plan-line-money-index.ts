import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan figures sum the money of each line's projects (issue 14, docs/PLANS-EXPLAIN.md): the line's index
 * carries the summed columns, so a year's figures read only that year's projects, from the index where the
 * visibility map allows. It replaces `projects_plan_line` (same key, same partial condition).
 */
export class AddPlanLineMoneyIndex1765800000000 implements MigrationInterface {
  name = 'AddPlanLineMoneyIndex1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX projects_plan_line_money ON projects (plan_line_id)
        INCLUDE (state, approved_support_vnd, contract_no, advances_vnd, final_payments_vnd)
        WHERE plan_line_id IS NOT NULL`);
    await q.query(`DROP INDEX projects_plan_line`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX projects_plan_line ON projects (plan_line_id) WHERE plan_line_id IS NOT NULL`);
    await q.query(`DROP INDEX projects_plan_line_money`);
  }
}
