import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The general audit log: logins (success and failure) and the outcome of every write request, with the actor,
 * the request id and the time (UTC). Append-only in the database itself, like project_transitions.
 */
export class AddAuditLog1764547200000 implements MigrationInterface {
  name = 'AddAuditLog1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        kind varchar(10) NOT NULL CHECK (kind IN ('LOGIN','REQUEST')),
        route varchar(200) NOT NULL,
        target_id varchar(200),
        status_code smallint NOT NULL CHECK (status_code BETWEEN 100 AND 599),
        actor_user_id uuid,
        actor_email varchar(254),
        actor_role varchar(20),
        actor_province_code varchar(8),
        request_id varchar(100) NOT NULL,
        client_ip varchar(64),
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, id DESC)`);
    await q.query(`CREATE INDEX audit_log_request_idx ON audit_log (request_id)`);
    await q.query(`
      CREATE FUNCTION refuse_audit_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only
      BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION refuse_audit_log_change()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate
      BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_log_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION refuse_audit_log_change()`);
  }
}
