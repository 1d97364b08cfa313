import { MigrationInterface, QueryRunner } from 'typeorm';

/** Province-wide messages (the nine-month review) are logged too, with no single project. */
export class AllowNotificationsWithoutProject1764460800000 implements MigrationInterface {
  name = 'AllowNotificationsWithoutProject1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_log ALTER COLUMN project_id DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification_log WHERE project_id IS NULL`);
    await q.query(`ALTER TABLE notification_log ALTER COLUMN project_id SET NOT NULL`);
  }
}
