import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments (hồ sơ đính kèm, issue 17): the evidence uploaded on a project (a signed contract, minutes, invoices,
 * photos), each with the SHA-256 of its bytes as uploaded, what it evidences (a report period, an action, an
 * adjustment request) and who uploaded it. The bytes live in the attachment store under storage_key. Deleting is
 * soft: the row and the bytes stay, with who deleted and when.
 */
export class AddAttachments1766600000000 implements MigrationInterface {
  name = 'AddAttachments1766600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES projects(id),
        storage_key varchar(200) NOT NULL UNIQUE,
        file_name varchar(255) NOT NULL CHECK (char_length(file_name) >= 1),
        content_type varchar(100) NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        kind varchar(20) NOT NULL,
        note varchar(1000),
        report_period varchar(10) CHECK (report_period ~ '^([0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])|P[0-9]{4,6})$'),
        action varchar(40),
        adjustment_id uuid,
        uploaded_by_user_id uuid NOT NULL,
        uploaded_by_email varchar(254) NOT NULL,
        uploaded_by_role varchar(20) NOT NULL,
        uploaded_by_province_code varchar(8),
        uploaded_by_organisation_id uuid REFERENCES organisations(id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        deleted_by_user_id uuid,
        deleted_by_email varchar(254),
        CHECK ((deleted_at IS NULL) = (deleted_by_user_id IS NULL)),
        CHECK (num_nonnulls(report_period, action, adjustment_id) <= 1)
      )`);
    await q.query(
      `CREATE INDEX attachments_project_idx ON attachments (project_id, uploaded_at DESC) WHERE deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachments`);
  }
}
