/**
 * Queue query: the late-reports queue over HTTP, of the national supervisor and of a province's supervisor
 * (Hà Nội), each on its first page and on a page whose keyset cursor sits `deepRows` rows into that view (the
 * cursor computed in SQL), on projects generated in SQL; against the bare index scan of the same page on a plain
 * pg client: report_periods_late_idx for the national view, report_periods_province_late_idx restricted to the
 * province for the province view (no join, no decoration).
 */
import { Client as PgClient } from 'pg';
import { BenchContext } from '../support/context';
import { ApiUser } from '../support/http';
import { FigureResult, FigureRow, ms } from '../support/results';
import { interleave, medianOf } from '../support/interleave';
import { elapsedMs, median, percentile } from '../support/stats';
import { Actor } from '@kc/domain';
import { QueueQueries } from '@kc/persistence';
import { generateQueueData } from '../support/queue-data';

const PAGE = 50;
/** The issue's target: the API within a few milliseconds of the bare scan of its own page. */
const OVER_BARE_MS = 5;
const DUE = 'COALESCE(extended_due_at, due_at)';
const LATE_ROWS = `FROM report_periods rp JOIN projects p ON p.id = rp.project_id
  WHERE rp.first_submitted_at IS NULL AND COALESCE(rp.extended_due_at, rp.due_at) < $1 AND p.state IN ('CONTRACTED', 'IN_PROGRESS')`;

interface Position {
  due: Date;
  projectId: string;
  periodKey: string;
}

interface View {
  name: string;
  email: string;
  provinceCode: string | null;
}

const VIEWS: View[] = [
  { name: 'national', email: 'supervisor.national@demo.local', provinceCode: null },
  { name: 'province HN', email: 'supervisor.hn@demo.local', provinceCode: 'HN' },
];

type Pages = { first: number[]; deep: number[] };

/** One view's three ways to read its first and deep page, and where its deep page starts. */
async function prepareView(ctx: BenchContext, view: View, pg: PgClient, now: Date) {
  const { stack, sizes } = ctx;
  const inView = view.provinceCode ? ' AND rp.province_code = $2' : '';
  const viewParams = view.provinceCode ? [now.toISOString(), view.provinceCode] : [now.toISOString()];
  const [{ late }] = await stack.dataSource.query(`SELECT count(*)::int AS late ${LATE_ROWS}${inView}`, viewParams);
  const depth = Math.max(1, Math.min(sizes.deepRows, late - PAGE - 1));
  // A view with no late row at a small size (--smoke) reads its first page for both pages.
  const [after]: Array<Position | undefined> = await stack.dataSource.query(
    `SELECT COALESCE(rp.extended_due_at, rp.due_at) AS due, rp.project_id AS "projectId", rp.period_key AS "periodKey"
     ${LATE_ROWS}${inView} ORDER BY 1, 2, 3 OFFSET ${depth - 1} LIMIT 1`,
    viewParams,
  );
  const apiCursor = after
    ? Buffer.from(
        JSON.stringify([new Date(after.due).toISOString(), JSON.stringify([after.projectId, after.periodKey])]),
      ).toString('base64url')
    : undefined;

  const user = await ApiUser.login(stack.apiUrl, view.email);
  // A small run (--smoke) may have fewer late rows in a province than a page holds.
  const expected = { first: Math.min(PAGE, late), deep: after ? Math.min(PAGE, late - depth) : Math.min(PAGE, late) };
  const apiPage = async (rows: number, cursor?: string) => {
    const started = process.hrtime.bigint();
    const body = await user.expect<{ items: unknown[] }>(
      200,
      'GET',
      `/queues/late-reports?limit=${PAGE}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    if (body.items.length !== rows) throw new Error(`${view.name} page of ${body.items.length} rows, expected ${rows}`);
    return elapsedMs(started);
  };
  const barePage = async (position?: Position) => {
    const started = process.hrtime.bigint();
    const params: unknown[] = [now.toISOString()];
    let sql = `SELECT ${DUE} AS due, project_id, period_key FROM report_periods WHERE first_submitted_at IS NULL AND ${DUE} < $1`;
    if (view.provinceCode) {
      params.push(view.provinceCode);
      sql += ` AND province_code = $${params.length}`;
    }
    if (position) {
      params.push(new Date(position.due).toISOString(), position.projectId, position.periodKey);
      const n = params.length;
      sql += ` AND (${DUE}, project_id, period_key) > ($${n - 2}::timestamptz, $${n - 1}::uuid, $${n}::varchar)`;
    }
    await pg.query(`${sql} ORDER BY ${DUE}, project_id, period_key LIMIT ${PAGE + 1}`, params);
    return elapsedMs(started);
  };
  // The repository's own query (joins and decoration columns) without HTTP and the API: it splits ours into
  // SQL and the API's work around it.
  const queues = new QueueQueries(stack.dataSource);
  const actor: Actor = { userId: 'bench', email: view.email, role: 'supervisor', provinceCode: view.provinceCode };
  const repositoryCursor = after
    ? { dueAt: new Date(after.due).toISOString(), tiebreak: JSON.stringify([after.projectId, after.periodKey]) }
    : null;
  const repositoryPage = async (cursor: typeof repositoryCursor) => {
    const started = process.hrtime.bigint();
    await queues.lateReports(actor, {}, cursor, PAGE, now);
    return elapsedMs(started);
  };
  return {
    late,
    depth,
    api: { first: () => apiPage(expected.first), deep: () => apiPage(expected.deep, apiCursor) },
    bare: { first: () => barePage(), deep: () => barePage(after) },
    repository: { first: () => repositoryPage(null), deep: () => repositoryPage(repositoryCursor) },
  };
}

export async function queueQuery(ctx: BenchContext): Promise<FigureResult> {
  const { stack, sizes, progress } = ctx;
  progress(`queue: generating ${sizes.queueProjects} projects in SQL (replaces the read model's projects)`);
  const generatedAt = Date.now();
  await generateQueueData((sql) => stack.dataSource.query(sql), sizes.queueProjects);
  const generateMs = Date.now() - generatedAt;
  const now = new Date();
  const pg = new PgClient({ connectionString: stack.databaseUrl });
  // The scratch database is dropped with the stack: a connection cut then must not end the process.
  pg.on('error', () => undefined);
  await pg.connect();

  const pair = async (first: () => Promise<number>, deep: () => Promise<number>): Promise<Pages> => {
    // One unmeasured pass of each first: the other side's turn has just left connections and caches idle.
    await first();
    await deep();
    const samples: Pages = { first: [], deep: [] };
    for (let i = 0; i < sizes.queueSamples; i += 1) {
      samples.first.push(await first());
      samples.deep.push(await deep());
    }
    return samples;
  };
  const rows: FigureRow[] = [];
  const details: Record<string, unknown> = { projects: sizes.queueProjects, generateMs };
  for (const view of VIEWS) {
    const reads = await prepareView(ctx, view, pg, now);
    progress(
      `queue ${view.name}: ${reads.late} late report rows; deep page after row ${reads.depth}; ${sizes.rounds} rounds`,
    );
    const repository: Pages = { first: [], deep: [] };
    const rounds = await interleave(
      sizes.rounds,
      async () => {
        const measured = await pair(reads.api.first, reads.api.deep);
        const alone = await pair(reads.repository.first, reads.repository.deep);
        repository.first.push(percentile(alone.first, 0.95));
        repository.deep.push(percentile(alone.deep, 0.95));
        return measured;
      },
      () => pair(reads.bare.first, reads.bare.deep),
    );
    const p95 = (side: 'ours' | 'baseline', page: keyof Pages) =>
      medianOf(rounds[side], (r) => percentile(r[page], 0.95));
    const api = { first: p95('ours', 'first'), deep: p95('ours', 'deep') };
    const bare = { first: p95('baseline', 'first'), deep: p95('baseline', 'deep') };
    if (!view.provinceCode) {
      rows.push({
        figure: `queue deep page vs first (API p95, ${reads.depth} rows in)`,
        ours: `${ms(api.deep)} deep`,
        baseline: `${ms(api.first)} first page`,
        ratio: api.deep / api.first,
        target: 'deep ≤ 1.5× first page',
        met: api.deep / api.first <= 1.5,
      });
    }
    for (const page of ['first', 'deep'] as const) {
      rows.push({
        figure: `queue ${view.name}, ${page === 'first' ? 'first page' : `deep page (${reads.depth} in)`}: API p95 vs bare`,
        ours: ms(api[page]),
        baseline: ms(bare[page]),
        ratio: api[page] / bare[page],
        target: `API p95 ≤ bare p95 + ${OVER_BARE_MS} ms`,
        met: api[page] <= bare[page] + OVER_BARE_MS,
      });
    }
    details[view.name] = {
      lateRows: reads.late,
      depth: reads.depth,
      api,
      bare,
      repositoryP95: { first: median(repository.first), deep: median(repository.deep) },
      samples: rounds,
    };
  }
  await pg.end();
  return { rows, details };
}
