import { MigrationInterface, QueryRunner } from 'typeorm';
import { CUC_NAMES, PROVINCES, standardOrganisations } from '@kc/domain';

/**
 * Organisations (issue 13): the Ministry, the Cục, each province's Sở Công Thương, UBND tỉnh and Trung tâm
 * Khuyến công, and commune People's Committees and units added by the admin. Every user belongs to one; existing
 * users are placed by their role and province. The users' role and level checks widen to the new roles; the
 * provinces' regulation on who approves local projects (Department leader or UBND tỉnh) gets its table; a project
 * carries the approver its province named when it was created.
 *
 * The role lists below are frozen here on purpose (a migration never changes): the live ones are the domain's.
 */
export class AddOrganisations1765400000000 implements MigrationInterface {
  name = 'AddOrganisations1765400000000';

  async up(q: QueryRunner): Promise<void> {
    // The organisations reference the provinces; a fresh database gets them before the seeds below.
    for (const p of PROVINCES) {
      await q.query(`INSERT INTO provinces (code, name, region) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`, [
        p.code,
        p.name,
        p.region,
      ]);
    }
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL UNIQUE,
        kind varchar(20) NOT NULL
          CHECK (kind IN ('MINISTRY','CUC','SO_CONG_THUONG','UBND_TINH','TTKC','UBND_XA','UNIT')),
        name varchar(300) NOT NULL,
        province_code varchar(8) REFERENCES provinces(code),
        name_history jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind IN ('MINISTRY','CUC')) = (province_code IS NULL))
      )`);
    await q.query(`CREATE INDEX organisations_province_kind_idx ON organisations (province_code, kind)`);
    for (const seed of standardOrganisations()) {
      await q.query(
        `INSERT INTO organisations (code, kind, name, province_code, name_history) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (code) DO NOTHING`,
        [seed.code, seed.kind, seed.name, seed.provinceCode, seed.kind === 'CUC' ? JSON.stringify(CUC_NAMES) : null],
      );
    }

    // The role checks of the first release go; the new ones follow the domain's roles and levels.
    const checks: Array<{ conname: string }> = await q.query(
      `SELECT conname FROM pg_constraint
        WHERE conrelid = 'users'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%role%'`,
    );
    for (const { conname } of checks) await q.query(`ALTER TABLE users DROP CONSTRAINT "${conname}"`);
    // An admin is national now (it was allowed a province before).
    await q.query(`UPDATE users SET province_code = NULL WHERE role = 'admin' AND province_code IS NOT NULL`);
    await q.query(`
      ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN
        ('implementer','officer','approver','supervisor','admin','cuc_officer','ubnd_leader','minister','collaborator'))`);
    await q.query(`
      ALTER TABLE users ADD CONSTRAINT users_role_level_check CHECK (
        (province_code IS NULL AND role IN ('approver','supervisor','admin','cuc_officer','minister'))
        OR (province_code IS NOT NULL
            AND role IN ('implementer','officer','approver','supervisor','ubnd_leader','collaborator')))`);

    await q.query(`ALTER TABLE users ADD COLUMN organisation_id uuid REFERENCES organisations(id)`);
    await q.query(`
      UPDATE users u SET organisation_id = o.id FROM organisations o
       WHERE o.code = CASE
         WHEN u.role = 'admin' THEN 'MOIT'
         WHEN u.province_code IS NULL THEN 'CUC'
         WHEN u.role = 'implementer' THEN 'TTKC-' || u.province_code
         ELSE 'SCT-' || u.province_code
       END`);
    await q.query(`ALTER TABLE users ALTER COLUMN organisation_id SET NOT NULL`);
    await q.query(`CREATE INDEX users_organisation_idx ON users (organisation_id)`);

    await q.query(`
      CREATE TABLE province_rules (
        province_code varchar(8) PRIMARY KEY REFERENCES provinces(code),
        local_approver varchar(12) NOT NULL DEFAULT 'DEPARTMENT' CHECK (local_approver IN ('DEPARTMENT','UBND')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid
      )`);
    // projects.local_approver came with AddProjectStatusV21765300100000.
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE province_rules`);
    await q.query(`DROP INDEX users_organisation_idx`);
    await q.query(`ALTER TABLE users DROP COLUMN organisation_id`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_role_level_check`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_role_check`);
    await q.query(
      `UPDATE users SET role = 'supervisor' WHERE role NOT IN ('implementer','officer','approver','supervisor','admin')`,
    );
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('implementer','officer','approver','supervisor','admin'))`,
    );
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT users_check CHECK (province_code IS NOT NULL OR role IN ('approver','supervisor','admin'))`,
    );
    await q.query(`DROP TABLE organisations`);
  }
}
