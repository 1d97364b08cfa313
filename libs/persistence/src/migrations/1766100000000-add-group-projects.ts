import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group projects (đề án nhóm, issue 15): whether a project is one, and its implementation plan (Mẫu 11) with
 * acceptance and payments per establishment, as the workflow's status holds it. And who certified the work done of a
 * project accepted by it after force majeure (settled as PARTIAL_SETTLED); the unit's management overhead.
 */
export class AddGroupProjects1766100000000 implements MigrationInterface {
  name = 'AddGroupProjects1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE projects
        ADD COLUMN group_project boolean NOT NULL DEFAULT false,
        ADD COLUMN group_plan jsonb,
        ADD COLUMN force_majeure_body varchar(20),
        ADD COLUMN force_majeure_certifier varchar(300),
        ADD COLUMN unit_overhead_vnd bigint CHECK (unit_overhead_vnd >= 0)
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE projects DROP COLUMN group_project, DROP COLUMN group_plan, DROP COLUMN force_majeure_body,
         DROP COLUMN force_majeure_certifier, DROP COLUMN unit_overhead_vnd`);
  }
}
