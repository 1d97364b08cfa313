/**
 * The queues' pages on a generated read model (bench/support/queue-data: 3,000 projects over the 34 provinces, in a
 * database of their own): walking a queue page by page gives every row of its view exactly once and in order, each
 * with its own project's columns, for the national view and a province's (the upcoming queue's pages once repeated
 * when a page ended among rows due at the same moment). The stalled queue reads its rows off
 * projects_stall_in_state_idx and the upcoming one chooses its page from keys before reading the rows' columns, so
 * these walks check that the rows they give are the ones the plain query names.
 */
import { DataSource } from 'typeorm';
import type { Actor } from '@kc/domain';
import { QueueCursor, QueueQueries, QueueRow, createDataSource } from '@kc/persistence';
import { REPORTING_STATES_SQL } from '../../libs/persistence/src/repositories/state-lists';
import { generateQueueData } from '../../bench/support/queue-data';
import { ScratchDatabase, createScratchDatabase } from '../faults/support/scratch-database';

const PAGE = 50;
/** Inside the generated data's reach: its November reports fall due in the window, and a few hundred time limits. */
const NOW = new Date('2026-11-20T03:00:00.000Z');
const UNTIL = new Date('2026-11-30T03:00:00.000Z');

let scratch: ScratchDatabase;
let ds: DataSource;
let queues: QueueQueries;
let projects: Map<string, { code: string; state: string; provinceCode: string }>;

const national: Actor = {
  userId: 'test',
  email: 'supervisor.national@demo.local',
  role: 'supervisor',
  provinceCode: null,
};
const hanoi: Actor = { ...national, email: 'supervisor.hn@demo.local', provinceCode: 'HN' };

beforeAll(async () => {
  scratch = await createScratchDatabase();
  ds = await createDataSource(scratch.url, 2).initialize();
  await generateQueueData((sql) => ds.query(sql), 3_000);
  // The generator's time limits are now() plus whole days (updated_at is that now()): moved to the same days around
  // NOW, so the walks see the same rows whatever the date. In milliseconds, as the workflow writes its moments (from
  // JavaScript dates) and as the queues' cursors carry them.
  await ds.query(
    `UPDATE projects SET stall_limit_at = date_trunc('milliseconds', $1::timestamptz + (stall_limit_at - updated_at))`,
    [NOW.toISOString()],
  );
  queues = new QueueQueries(ds);
  const rows: Array<{ id: string; code: string; state: string; province_code: string }> = await ds.query(
    `SELECT id, code, state, province_code FROM projects`,
  );
  projects = new Map(rows.map((r) => [r.id, { code: r.code, state: r.state, provinceCode: r.province_code }]));
});

afterAll(async () => {
  await ds?.destroy();
  await scratch?.drop();
});

async function walk(read: (cursor: QueueCursor | null) => Promise<QueueRow[]>): Promise<QueueRow[]> {
  const all: QueueRow[] = [];
  let cursor: QueueCursor | null = null;
  // A cursor that does not move on gives the same page forever: a walk this long has gone round.
  for (let pages = 0; pages < 200; pages += 1) {
    const rows = await read(cursor);
    all.push(...rows.slice(0, PAGE));
    if (rows.length <= PAGE) return all;
    const last = rows[PAGE - 1];
    cursor = { dueAt: new Date(last.dueAt).toISOString(), tiebreak: last.tiebreak };
  }
  throw new Error(`the walk did not end: ${all.length} rows read`);
}

/** Each row's columns are its own project's. */
function expectOwnColumns(rows: QueueRow[]): void {
  for (const row of rows) {
    const project = projects.get(row.projectId)!;
    expect({ code: row.code, projectState: row.projectState, provinceCode: row.provinceCode }).toEqual({
      code: project.code,
      projectState: project.state,
      provinceCode: project.provinceCode,
    });
    expect(row.lastAction).toBe('start');
    expect(row.dueDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}

describe.each([
  ['national', national],
  ['Hà Nội', hanoi],
])('the %s view', (_name, actor) => {
  const province = actor.provinceCode;

  it('walks the upcoming deadlines: every report and time limit due in the window once, soonest first', async () => {
    const expected: Array<{ key: string }> = await ds.query(
      `SELECT json_build_array(raw)::text AS key FROM (
         SELECT COALESCE(rp.extended_due_at, rp.due_at) AS due, rp.project_id::text || ':' || rp.period_key AS raw, p.province_code
         FROM report_periods rp JOIN projects p ON p.id = rp.project_id
         WHERE rp.first_submitted_at IS NULL AND COALESCE(rp.extended_due_at, rp.due_at) >= $1
           AND COALESCE(rp.extended_due_at, rp.due_at) < $2 AND p.state IN (${REPORTING_STATES_SQL})
         UNION ALL
         SELECT p.stall_limit_at, p.id::text, p.province_code FROM projects p
         WHERE p.stall_limit_at >= $1 AND p.stall_limit_at < $2 AND p.stall_state = p.state) x
       WHERE $3::varchar IS NULL OR province_code = $3 ORDER BY due, raw`,
      [NOW.toISOString(), UNTIL.toISOString(), province],
    );
    const rows = await walk((cursor) => queues.upcoming(actor, {}, cursor, PAGE, NOW, UNTIL));
    expect(rows.map((r) => r.tiebreak)).toEqual(expected.map((r) => r.key));
    expect(rows.length).toBeGreaterThan(0);
    if (!province) expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['REPORT', 'STALL']));
    expectOwnColumns(rows);
    for (const row of rows) {
      if (row.kind === 'REPORT') {
        expect(row.labelVi).toBe(`tháng ${Number(row.periodKey!.slice(5))}/2026`);
        expect(row.stallState).toBeNull();
      } else {
        expect({ periodKey: row.periodKey, labelVi: row.labelVi }).toEqual({ periodKey: null, labelVi: null });
        expect(row.stallState).toBe(row.projectState);
      }
    }
  });

  it('walks the projects past their time limit: each once, the longest overdue first', async () => {
    const expected: Array<{ key: string }> = await ds.query(
      `SELECT json_build_array(id)::text AS key FROM projects
       WHERE stall_limit_at < $1 AND stall_state = state AND ($2::varchar IS NULL OR province_code = $2)
       ORDER BY stall_limit_at, id`,
      [NOW.toISOString(), province],
    );
    const rows = await walk((cursor) => queues.stalled(actor, {}, cursor, PAGE, NOW));
    expect(rows.length).toBeGreaterThan(province ? 0 : PAGE);
    expect(rows.map((r) => r.tiebreak)).toEqual(expected.map((r) => r.key));
    expectOwnColumns(rows);
    for (const row of rows) expect(row.stallState).toBe(row.projectState);
  });
});
