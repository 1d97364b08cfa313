import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The project id and code a creation with an Idempotency-Key was given, kept before its workflow starts: a retry
 * after a lost answer (the API or Temporal died after the start) resumes that project instead of making a second.
 */
export class AddProjectCreationKeys1765600000000 implements MigrationInterface {
  name = 'AddProjectCreationKeys1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE project_creation_keys (
        actor_id uuid NOT NULL,
        idempotency_key varchar(200) NOT NULL,
        project_id uuid NOT NULL,
        code varchar(40) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (actor_id, idempotency_key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE project_creation_keys`);
  }
}
