import { MigrationInterface, QueryRunner } from 'typeorm';
import { projectSearchText } from '@kc/domain';

const BACKFILL_BATCH = 2000;

/**
 * Search without diacritics: projects.search_text holds code, title, implementing unit and beneficiary folded by
 * the domain's foldForSearch (the same function folds the typed query), filled here for existing rows.
 *
 * A substring search ("%banh chung%") needs a trigram index: pg_trgm ships with PostgreSQL's contrib modules, which
 * both the machine's PostgreSQL (Debian) and the embedded one from npm include. Where a server lacks it, or the
 * role may not create it, the migration still succeeds without the index: search then reads the folded column
 * sequentially (correct, slower at scale), and the warning says so.
 */
export class AddProjectSearchText1765065600000 implements MigrationInterface {
  name = 'AddProjectSearchText1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE projects ADD COLUMN search_text text NOT NULL DEFAULT ''`);
    await backfill(q);
    // CREATE EXTENSION may be refused (not shipped, or no privilege): a sub-transaction keeps the migration going.
    await q.query(`
      DO $$
      BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
      EXCEPTION WHEN OTHERS THEN
        RAISE WARNING 'pg_trgm unavailable (%): project search runs without its trigram index', SQLERRM;
      END $$`);
    const [trgm] = await q.query(`SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`);
    if (trgm) {
      await q.query(`CREATE INDEX projects_search_trgm_idx ON projects USING gin (search_text gin_trgm_ops)`);
    } else {
      console.warn(
        'pg_trgm không có trên máy chủ PostgreSQL này: tìm kiếm đề án không có chỉ mục trigram / ' +
          'pg_trgm is not available on this PostgreSQL server: project search runs without its trigram index',
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS projects_search_trgm_idx`);
    await q.query(`ALTER TABLE projects DROP COLUMN search_text`);
  }
}

async function backfill(q: QueryRunner): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: Array<{ id: string; code: string; title: string; unit: string; beneficiary: string }> = await q.query(
      `SELECT id, code, title, implementing_unit_name AS unit, beneficiary FROM projects
       WHERE id > $1 ORDER BY id LIMIT ${BACKFILL_BATCH}`,
      [after],
    );
    if (rows.length === 0) return;
    await q.query(
      `UPDATE projects p SET search_text = v.search_text
       FROM unnest($1::uuid[], $2::text[]) AS v(id, search_text) WHERE p.id = v.id`,
      [
        rows.map((r) => r.id),
        rows.map((r) =>
          projectSearchText({ code: r.code, title: r.title, implementingUnitName: r.unit, beneficiary: r.beneficiary }),
        ),
      ],
    );
    after = rows[rows.length - 1]!.id;
  }
}
