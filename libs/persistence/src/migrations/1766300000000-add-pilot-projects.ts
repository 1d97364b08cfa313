import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pilot projects (đề án điểm, issue 15): the terms fixed at creation (linked content areas, support by year) and,
 * once approved, each year's part, advances, certified progress and carry-over, as the workflow's status holds them.
 */
export class AddPilotProjects1766300000000 implements MigrationInterface {
  name = 'AddPilotProjects1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE projects ADD COLUMN pilot jsonb, ADD COLUMN pilot_years jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE projects DROP COLUMN pilot, DROP COLUMN pilot_years');
  }
}
