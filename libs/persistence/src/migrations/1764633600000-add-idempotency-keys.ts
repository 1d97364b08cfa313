import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first outcome of every write sent with an Idempotency-Key, per user and key, so a client retry is answered
 * with it instead of being run again. A row without a response status is a reservation: that request is running.
 */
export class AddIdempotencyKeys1764633600000 implements MigrationInterface {
  name = 'AddIdempotencyKeys1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL,
        key varchar(128) NOT NULL,
        method varchar(10) NOT NULL,
        route_path varchar(1000) NOT NULL,
        request_fingerprint char(64) NOT NULL,
        reservation uuid NOT NULL,
        response_status smallint,
        response_body json,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, key),
        CONSTRAINT idempotency_keys_completed_chk CHECK ((response_status IS NULL) = (completed_at IS NULL))
      )`);
    await q.query(`CREATE INDEX idempotency_keys_expiry_idx ON idempotency_keys (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
