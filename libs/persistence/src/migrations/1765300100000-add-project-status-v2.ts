import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The projects row follows the national path (issue #13): where a pending stop or carry-over request returns when
 * refused, the unused advance refunded after a stop, and who approves a local project under its province's
 * regulation (NULL: the Department, as every existing project). Existing rows keep their meaning: no request
 * pending, nothing refunded, approved by the Department.
 */
export class AddProjectStatusV21765300100000 implements MigrationInterface {
  name = 'AddProjectStatusV21765300100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE projects
        ADD COLUMN resume_state varchar(20),
        ADD COLUMN refunded_vnd bigint NOT NULL DEFAULT 0 CHECK (refunded_vnd >= 0),
        ADD COLUMN local_approver varchar(12) CHECK (local_approver IN ('DEPARTMENT','UBND'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE projects DROP COLUMN resume_state, DROP COLUMN refunded_vnd, DROP COLUMN local_approver`,
    );
  }
}
