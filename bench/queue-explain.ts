/**
 * EXPLAIN ANALYZE of each supervisors' queue query on 200,000 generated projects (generated in SQL),
 * first page and a deep page. Needs a scratch database: DATABASE_URL=postgres://.../kc_explain (it is filled).
 * Run: npm run build && DATABASE_URL=... node dist/bench/queue-explain.js
 */
import 'reflect-metadata';
import { Actor } from '@kc/domain';
import { QueueQueries, QueueRow, createDataSource, runMigrations } from '@kc/persistence';
import { generateQueueData } from './support/queue-data';

const PROJECTS = Number(process.env.KC_EXPLAIN_PROJECTS ?? 200_000);

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url || !/kc_explain|scratch/.test(url))
    throw new Error('DATABASE_URL must name a scratch database (kc_explain): this script fills it');
  await runMigrations(url);
  const dataSource = await createDataSource(url, 2).initialize();
  const raw = dataSource.query.bind(dataSource);
  if (process.env.KC_EXPLAIN_SKIP_GENERATE !== 'true') {
    const started = Date.now();
    await generateQueueData((sql) => raw(sql), PROJECTS);
    console.log(`generated ${PROJECTS} projects in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  let label = '';
  // Every query the repository runs is explained instead of run (planned afresh: not as a prepared statement).
  class ExplainedQueues extends QueueQueries {
    protected override async run(sql: string, params: unknown[]): Promise<QueueRow[]> {
      const plan: Array<{ 'QUERY PLAN': string }> = await raw(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      console.log(`\n### ${label}\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
      return [];
    }
  }
  const queues = new ExplainedQueues(dataSource);
  const supervisorHN: Actor = {
    userId: 'x',
    email: 'supervisor.hn@demo.local',
    role: 'supervisor',
    provinceCode: 'HN',
  };
  const national: Actor = { ...supervisorHN, provinceCode: null };
  const now = new Date('2026-11-27T04:00:00Z');
  const deepCursor = {
    dueAt: '2026-10-25T17:00:00Z',
    tiebreak: JSON.stringify(['80000000-0000-0000-0000-000000000000', '2026-10']),
  };
  for (const [name, actor] of [
    ['Hà Nội supervisor', supervisorHN],
    ['national supervisor', national],
  ] as const) {
    label = `late-reports, first page, ${name}`;
    await queues.lateReports(actor, {}, null, 50, now);
    label = `late-reports, deep page (cursor), ${name}`;
    await queues.lateReports(actor, {}, deepCursor, 50, now);
    label = `stalled, first page, ${name}`;
    await queues.stalled(actor, {}, null, 50, now);
    label = `escalations, first page, ${name}`;
    await queues.escalations(actor, {}, null, 50, now);
    label = `upcoming 7 days, ${name}`;
    await queues.upcoming(actor, {}, null, 50, now, new Date(now.getTime() + 7 * 86_400_000));
  }
  await dataSource.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
