/**
 * The MergeEscalationsByCause migration on a database holding escalations the old way (one row per level, never
 * closed): rows of one cause become one row with its level history; rows whose cause is gone are closed with the
 * reason; open causes stay open. Runs on a scratch database of the test server, migrated up to just before it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@kc/persistence';
import { testEnv } from '../support/test-env';

const MERGE_AT = 1764720000000;
const stampOf = (m: { name: string }) => Number(/\d{13}/.exec(m.name)![0]);

let adminUrl: string;
let name: string;
let db: DataSource;

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function dataSource(url: string, migrations: typeof MIGRATIONS) {
  return new DataSource({ type: 'postgres', url, migrations, synchronize: false, migrationsRun: false });
}

async function project(code: string, state: string): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO projects (id, code, workflow_id, scope, province_code, category, title, implementing_unit_name,
       implementing_unit_email, beneficiary, total_cost_vnd, requested_support_vnd, planned_start, planned_end,
       state, last_seq, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, 'LOCAL', 'HN', 'MACHINERY', 'Đề án', 'Trung tâm', 'unit@x.vn', 'HTX', 1000, 100,
       '2026-01-01', '2026-12-31', $4, 1, $5, '2026-05-01T00:00:00Z', '2026-06-01T00:00:00Z')`,
    [id, code, `project-${code}`, state, randomUUID()],
  );
  return id;
}

async function transition(projectId: string, seq: number, from: string | null, to: string, at: string) {
  await db.query(
    `INSERT INTO project_transitions (project_id, seq, action, from_state, to_state, actor_user_id, actor_email,
       actor_role, occurred_at) VALUES ($1, $2, 'x', $3, $4, $5, 'a@x.vn', 'officer', $6)`,
    [projectId, seq, from, to, randomUUID(), at],
  );
}

/** An escalation row as the old code wrote it: one per level, with its notice in the notification log. */
async function oldRow(
  projectId: string,
  level: 1 | 2,
  cause: { period: string } | { state: string },
  status = 'OPEN',
  openedAt = '2026-05-10T00:00:00Z',
): Promise<string> {
  const key = `${projectId}:${'period' in cause ? cause.period : `STATE-${cause.state}`}:ESCALATION_${level}:1`;
  await db.query(
    `INSERT INTO escalations (id, idempotency_key, project_id, province_code, reason, period_key, stalled_state, level,
       due_at, status, opened_at) VALUES ($1, $2, $3, 'HN', $4, $5, $6, $7, '2026-05-05T00:00:00Z', $8, $9)`,
    [
      randomUUID(),
      key,
      projectId,
      'period' in cause ? 'REPORT_OVERDUE' : 'STALLED',
      'period' in cause ? cause.period : null,
      'state' in cause ? cause.state : null,
      level,
      status,
      openedAt,
    ],
  );
  await db.query(
    `INSERT INTO notification_log (idempotency_key, project_id, kind, repetition, recipients, subject, status)
     VALUES ($1, $2, $3, 1, $4, 's', 'SENT')`,
    [key, projectId, `ESCALATION_${level}`, [`level${level}@x.vn`]],
  );
  return key;
}

async function period(projectId: string, key: string, submittedAt: string | null) {
  await db.query(
    `INSERT INTO report_periods (project_id, period_key, label_vi, label_en, due_day, due_at, first_submitted_at, opened_at)
     VALUES ($1, $2, $2, $2, '2026-05-04', '2026-05-04T17:00:00Z', $3, '2026-04-01T00:00:00Z')`,
    [projectId, key, submittedAt],
  );
}

const rowsOf = (projectId: string) =>
  db.query(
    `SELECT cause_key, level, levels, status, closed_reason, closed_detail, closed_at, opened_at
     FROM escalations WHERE project_id = $1 ORDER BY cause_key`,
    [projectId],
  );

beforeAll(async () => {
  adminUrl = testEnv().databaseUrl;
  name = `kc_migration_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const before = dataSource(
    url.toString(),
    MIGRATIONS.filter((m) => stampOf(m) < MERGE_AT),
  );
  await before.initialize();
  await before.runMigrations({ transaction: 'each' });
  await before.destroy();
  // Up to the merge only, so that undoing the last migration undoes the merge, whatever migrations come after it.
  db = dataSource(
    url.toString(),
    MIGRATIONS.filter((m) => stampOf(m) <= MERGE_AT),
  );
  await db.initialize();
  await db.query(`INSERT INTO provinces (code, name, region) VALUES ('HN', 'Hà Nội', 'NORTH') ON CONFLICT DO NOTHING`);
});

afterAll(async () => {
  await db?.destroy();
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

it('merges the levels of one cause, closes what is no longer true, keeps the rest open, and reverts', async () => {
  // Reporting, P0001 still missing (two levels), P0002 submitted since.
  const reporting = await project('MIG-1', 'IN_PROGRESS');
  await period(reporting, 'P0001', null);
  await period(reporting, 'P0002', '2026-05-20T03:00:00Z');
  await oldRow(reporting, 1, { period: 'P0001' }, 'ACKNOWLEDGED', '2026-05-10T00:00:00Z');
  await oldRow(reporting, 2, { period: 'P0001' }, 'OPEN', '2026-05-15T00:00:00Z');
  await oldRow(reporting, 1, { period: 'P0002' });
  // Settled since its report went missing.
  const settled = await project('MIG-2', 'SETTLED');
  await period(settled, 'P0001', null);
  await oldRow(settled, 1, { period: 'P0001' });
  // Stalled at SUBMITTED, then appraised: both levels merge, then close.
  const appraised = await project('MIG-3', 'BASE_APPRAISAL');
  await transition(appraised, 1, null, 'DRAFT', '2026-05-01T00:00:00Z');
  await transition(appraised, 2, 'DRAFT', 'SUBMITTED', '2026-05-02T00:00:00Z');
  await transition(appraised, 3, 'SUBMITTED', 'BASE_APPRAISAL', '2026-05-25T00:00:00Z');
  await oldRow(appraised, 1, { state: 'SUBMITTED' }, 'OPEN', '2026-05-10T00:00:00Z');
  await oldRow(appraised, 2, { state: 'SUBMITTED' }, 'OPEN', '2026-05-12T00:00:00Z');
  // Still waiting at SUBMITTED; and a resolved row whose cause has gone keeps its resolution.
  const waiting = await project('MIG-4', 'SUBMITTED');
  await transition(waiting, 1, null, 'DRAFT', '2026-05-01T00:00:00Z');
  await transition(waiting, 2, 'DRAFT', 'SUBMITTED', '2026-05-02T00:00:00Z');
  await oldRow(waiting, 1, { state: 'SUBMITTED' });
  await oldRow(waiting, 1, { state: 'DRAFT' }, 'RESOLVED');

  await db.runMigrations({ transaction: 'each' });

  const [p1, p2] = await rowsOf(reporting);
  expect(p1).toMatchObject({ cause_key: 'REPORT_OVERDUE:P0001', level: 2, status: 'OPEN', closed_reason: null });
  expect(p1.levels).toEqual([
    expect.objectContaining({ level: 1, notified: ['level1@x.vn'] }),
    expect.objectContaining({ level: 2, notified: ['level2@x.vn'] }),
  ]);
  expect(Date.parse(p1.levels[0].reachedAt)).toBe(Date.parse('2026-05-10T00:00:00Z'));
  expect(new Date(p1.opened_at).toISOString()).toBe('2026-05-10T00:00:00.000Z');
  expect(p2).toMatchObject({
    cause_key: 'REPORT_OVERDUE:P0002',
    status: 'AUTO_CLOSED',
    closed_reason: 'REPORT_SUBMITTED',
    closed_detail: 'P0002',
  });
  expect(new Date(p2.closed_at).toISOString()).toBe('2026-05-20T03:00:00.000Z');

  expect(await rowsOf(settled)).toEqual([
    expect.objectContaining({ status: 'AUTO_CLOSED', closed_reason: 'PROJECT_CLOSED', closed_detail: 'SETTLED' }),
  ]);
  const [stall] = await rowsOf(appraised);
  expect(await rowsOf(appraised)).toHaveLength(1);
  expect(stall).toMatchObject({
    cause_key: 'STALLED:SUBMITTED:2',
    level: 2,
    status: 'AUTO_CLOSED',
    closed_reason: 'LEFT_STALLED_STATE',
    closed_detail: 'BASE_APPRAISAL',
  });
  expect(new Date(stall.closed_at).toISOString()).toBe('2026-05-25T00:00:00.000Z');
  expect(stall.levels.map((l: { level: number }) => l.level)).toEqual([1, 2]);
  const waitingRows = await rowsOf(waiting);
  expect(waitingRows.map((r: { cause_key: string; status: string }) => [r.cause_key, r.status])).toEqual([
    ['STALLED:DRAFT:1', 'RESOLVED'],
    ['STALLED:SUBMITTED:2', 'OPEN'],
  ]);

  // One row per cause from now on.
  await expect(
    db.query(
      `INSERT INTO escalations (id, idempotency_key, cause_key, project_id, province_code, reason, period_key, level,
         due_at, status, opened_at) VALUES ($1, 'k', 'REPORT_OVERDUE:P0001', $2, 'HN', 'REPORT_OVERDUE', 'P0001', 1,
         now(), 'OPEN', now())`,
      [randomUUID(), reporting],
    ),
  ).rejects.toThrow(/escalations_cause_idx/);

  await db.undoLastMigration({ transaction: 'each' });
  const reverted = await db.query(`SELECT status FROM escalations WHERE project_id = $1 ORDER BY period_key`, [
    reporting,
  ]);
  expect(reverted.map((r: { status: string }) => r.status)).toEqual(['OPEN', 'RESOLVED']);
});
