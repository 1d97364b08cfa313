import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group projects (đề án nhóm, issue 15): whether a project is one, and its implementation plan (Mẫu 11) with
 * acceptance and payments per establishment, as the workflow's status holds it.
 */
export class AddGroupProjects1766100000000 implements MigrationInterface {
  name = 'AddGroupProjects1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE projects
        ADD COLUMN group_project boolean NOT NULL DEFAULT false,
        ADD COLUMN group_plan jsonb
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE projects DROP COLUMN group_project, DROP COLUMN group_plan');
  }
}
