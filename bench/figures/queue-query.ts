/**
 * Queue query: the late-reports queue of a national supervisor over HTTP, its first page and a page whose
 * keyset cursor sits `deepRows` rows in (the cursor computed in SQL), on projects generated in SQL; against
 * the bare index scan of the same page (report_periods_late_idx, no join, no decoration) on a plain pg client.
 */
import { Client as PgClient } from 'pg';
import { BenchContext } from '../support/context';
import { ApiUser } from '../support/http';
import { FigureResult, ms } from '../support/results';
import { interleave, medianOf } from '../support/interleave';
import { elapsedMs, median, percentile } from '../support/stats';
import { Actor } from '@kc/domain';
import { QueueQueries } from '@kc/persistence';
import { generateQueueData } from '../support/queue-data';

const PAGE = 50;
const DUE = 'COALESCE(extended_due_at, due_at)';
const LATE_ROWS = `FROM report_periods rp JOIN projects p ON p.id = rp.project_id
  WHERE rp.first_submitted_at IS NULL AND COALESCE(rp.extended_due_at, rp.due_at) < $1 AND p.state IN ('CONTRACTED', 'IN_PROGRESS')`;

interface Position {
  due: Date;
  projectId: string;
  periodKey: string;
}

export async function queueQuery({ stack, sizes, progress }: BenchContext): Promise<FigureResult> {
  progress(`queue: generating ${sizes.queueProjects} projects in SQL (replaces the read model's projects)`);
  const generatedAt = Date.now();
  await generateQueueData((sql) => stack.dataSource.query(sql), sizes.queueProjects);
  const generateMs = Date.now() - generatedAt;
  const now = new Date();
  const [{ late }] = await stack.dataSource.query(`SELECT count(*)::int AS late ${LATE_ROWS}`, [now.toISOString()]);
  const depth = Math.max(1, Math.min(sizes.deepRows, late - PAGE - 1));
  const [row] = await stack.dataSource.query(
    `SELECT COALESCE(rp.extended_due_at, rp.due_at) AS due, rp.project_id AS "projectId", rp.period_key AS "periodKey"
     ${LATE_ROWS} ORDER BY 1, 2, 3 OFFSET ${depth - 1} LIMIT 1`,
    [now.toISOString()],
  );
  const after: Position = row;
  const apiCursor = Buffer.from(
    JSON.stringify([new Date(after.due).toISOString(), JSON.stringify([after.projectId, after.periodKey])]),
  ).toString('base64url');
  progress(`queue: ${late} late report rows; deep page after row ${depth}; ${sizes.rounds} rounds`);

  const supervisor = await ApiUser.login(stack.apiUrl, 'supervisor.national@demo.local');
  const apiPage = async (cursor?: string) => {
    const started = process.hrtime.bigint();
    const body = await supervisor.expect<{ items: unknown[] }>(
      200,
      'GET',
      `/queues/late-reports?limit=${PAGE}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    if (body.items.length !== PAGE) throw new Error(`queue page of ${body.items.length} rows, expected ${PAGE}`);
    return elapsedMs(started);
  };
  const pg = new PgClient({ connectionString: stack.databaseUrl });
  await pg.connect();
  const barePage = async (position?: Position) => {
    const started = process.hrtime.bigint();
    const params: unknown[] = [now.toISOString()];
    let sql = `SELECT ${DUE} AS due, project_id, period_key FROM report_periods WHERE first_submitted_at IS NULL AND ${DUE} < $1`;
    if (position) {
      params.push(new Date(position.due).toISOString(), position.projectId, position.periodKey);
      sql += ` AND (${DUE}, project_id, period_key) > ($2::timestamptz, $3::uuid, $4::varchar)`;
    }
    await pg.query(`${sql} ORDER BY ${DUE}, project_id, period_key LIMIT ${PAGE + 1}`, params);
    return elapsedMs(started);
  };
  // The repository's own query (joins and decoration columns, through TypeORM) without HTTP and the API:
  // it splits ours into SQL and the API's work around it.
  const queues = new QueueQueries(stack.dataSource);
  const national: Actor = {
    userId: 'bench',
    email: 'supervisor.national@demo.local',
    role: 'supervisor',
    provinceCode: null,
  };
  const repositoryCursor = {
    dueAt: new Date(after.due).toISOString(),
    tiebreak: JSON.stringify([after.projectId, after.periodKey]),
  };
  const repositoryPage = async (cursor: typeof repositoryCursor | null) => {
    const started = process.hrtime.bigint();
    await queues.lateReports(national, {}, cursor, PAGE, now);
    return elapsedMs(started);
  };
  const repository = { first: [] as number[], deep: [] as number[] };
  const pair = async (first: () => Promise<number>, deep: () => Promise<number>) => {
    // One unmeasured pass of each first: the other side's turn has just left connections and caches idle.
    await first();
    await deep();
    const samples = { first: [] as number[], deep: [] as number[] };
    for (let i = 0; i < sizes.queueSamples; i += 1) {
      samples.first.push(await first());
      samples.deep.push(await deep());
    }
    return samples;
  };
  const rounds = await interleave(
    sizes.rounds,
    async () => {
      const measured = await pair(apiPage, () => apiPage(apiCursor));
      const alone = await pair(
        () => repositoryPage(null),
        () => repositoryPage(repositoryCursor),
      );
      repository.first.push(percentile(alone.first, 0.95));
      repository.deep.push(percentile(alone.deep, 0.95));
      return measured;
    },
    () => pair(barePage, () => barePage(after)),
  );
  await pg.end();
  const p95 = (side: 'ours' | 'baseline', page: 'first' | 'deep') =>
    medianOf(rounds[side], (r) => percentile(r[page], 0.95));
  const api = { first: p95('ours', 'first'), deep: p95('ours', 'deep') };
  const bare = { first: p95('baseline', 'first'), deep: p95('baseline', 'deep') };
  return {
    rows: [
      {
        figure: `queue deep page vs first (API p95, ${depth} rows in)`,
        ours: `${ms(api.deep)} deep`,
        baseline: `${ms(api.first)} first page`,
        ratio: api.deep / api.first,
        target: 'deep ≤ 1.5× first page',
        met: api.deep / api.first <= 1.5,
      },
      {
        figure: 'queue first page: API p95 vs bare',
        ours: ms(api.first),
        baseline: ms(bare.first),
        ratio: api.first / bare.first,
        target: 'API p95 ≤ 3× bare',
        met: api.first / bare.first <= 3,
      },
      {
        figure: 'queue deep page: API p95 vs bare',
        ours: ms(api.deep),
        baseline: ms(bare.deep),
        ratio: api.deep / bare.deep,
        target: 'API p95 ≤ 3× bare',
        met: api.deep / bare.deep <= 3,
      },
    ],
    details: {
      projects: sizes.queueProjects,
      generateMs,
      lateRows: late,
      depth,
      api,
      bare,
      repositoryP95: { first: median(repository.first), deep: median(repository.deep) },
      samples: rounds,
    },
  };
}
