import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every read of the stall clock asks for projects whose clock runs for the state they are in
 * (`stall_state = state`). PostgreSQL cannot estimate an equality of two columns: it guessed 119 of 50,000 projects
 * where 23,875 matched, so the national "past its time limit" queue read every project, looked up each one's last
 * action and escalation, and sorted them: 358 ms for a page. Indexes whose predicate is that equality give the
 * queues their rows in order instead (3.4 ms). The old predicate (`stall_limit_at IS NOT NULL`) served no read the
 * new one does not.
 */
export class StallIndexesInState1767000000000 implements MigrationInterface {
  name = 'StallIndexesInState1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX projects_stall_in_state_idx ON projects (stall_limit_at, id) WHERE stall_state = state`,
    );
    await q.query(
      `CREATE INDEX projects_province_stall_in_state_idx ON projects (province_code, stall_limit_at, id) WHERE stall_state = state`,
    );
    await q.query(`DROP INDEX projects_stall_idx`);
    await q.query(`DROP INDEX projects_province_stall_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX projects_stall_idx ON projects (stall_limit_at, id) WHERE stall_limit_at IS NOT NULL`);
    await q.query(
      `CREATE INDEX projects_province_stall_idx ON projects (province_code, stall_limit_at, id) WHERE stall_limit_at IS NOT NULL`,
    );
    await q.query(`DROP INDEX projects_stall_in_state_idx`);
    await q.query(`DROP INDEX projects_province_stall_in_state_idx`);
  }
}
