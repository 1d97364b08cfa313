import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Field notes (ghi chép hiện trường): what a commune collaborator or a Department officer saw on a project's site on a
 * day, with an optional reference to a photo, shown on the project page. Append-only: a correction is a new note.
 */
export class AddFieldNotes1765400000001 implements MigrationInterface {
  name = 'AddFieldNotes1765400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE field_notes (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES projects(id),
        observed_on date NOT NULL,
        text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
        photo_ref varchar(500),
        author_user_id uuid NOT NULL,
        author_email varchar(254) NOT NULL,
        author_role varchar(20) NOT NULL,
        author_province_code varchar(8),
        author_organisation_id uuid REFERENCES organisations(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX field_notes_project_idx ON field_notes (project_id, observed_on DESC, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE field_notes`);
  }
}
