import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts that can be switched off and sessions that can be ended: `disabled_at` set means the user may not log in
 * and every token of theirs is refused; a token issued before `sessions_valid_from` (set by a logout, a password
 * change or reset) is refused too. An organisation name for the admin pages.
 */
export class AddUserAccountStatus1764700000000 implements MigrationInterface {
  name = 'AddUserAccountStatus1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN disabled_at timestamptz`);
    await q.query(`ALTER TABLE users ADD COLUMN sessions_valid_from timestamptz`);
    await q.query(`ALTER TABLE users ADD COLUMN organisation_name varchar(200)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN organisation_name`);
    await q.query(`ALTER TABLE users DROP COLUMN sessions_valid_from`);
    await q.query(`ALTER TABLE users DROP COLUMN disabled_at`);
  }
}
