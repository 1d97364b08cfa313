/**
 * EXPLAIN ANALYZE of each supervisors' queue query on 200,000 generated projects (generated in SQL),
 * first page and a deep page. Needs a scratch database: DATABASE_URL=postgres://.../kc_explain (it is filled).
 * Run: npm run build && DATABASE_URL=... node dist/bench/queue-explain.js
 */
import 'reflect-metadata';
import { Actor } from '@kc/domain';
import { QueueQueries, createDataSource, runMigrations } from '@kc/persistence';

const PROJECTS = Number(process.env.KC_EXPLAIN_PROJECTS ?? 200_000);

async function generate(query: (sql: string) => Promise<unknown>): Promise<void> {
  await query(`TRUNCATE projects, report_periods, escalations, project_transitions CASCADE`);
  await query(`
    INSERT INTO projects (id, code, workflow_id, scope, province_code, category, title, implementing_unit_name,
      implementing_unit_email, beneficiary, total_cost_vnd, requested_support_vnd, approved_support_vnd, advances_vnd,
      final_payments_vnd, planned_start, planned_end, state, last_seq, created_by, created_at, updated_at, officer_email,
      stall_state, stall_limit_at)
    SELECT gen_random_uuid(), 'KCĐP-2026-' || pc.code || '-' || lpad(g::text, 6, '0'), 'project-' || g, CASE WHEN g % 5 = 0 THEN 'NATIONAL' ELSE 'LOCAL' END,
      pc.code, (ARRAY['TRAINING','MACHINERY','ADVISORY','COMMUNICATION'])[1 + g % 4], 'Đề án ' || g, 'TTKC', 'unit' || g || '@demo.local', 'HTX',
      500000000, 150000000, 150000000, (g % 7) * 10000000, 0, '2026-01-01', '2026-12-31',
      (ARRAY['CONTRACTED','IN_PROGRESS','IN_PROGRESS','SUBMITTED','SETTLED'])[1 + g % 5], 5, gen_random_uuid(),
      now() - (g || ' minutes')::interval, now(), 'officer.' || lower(pc.code) || '@demo.local',
      (ARRAY['CONTRACTED','IN_PROGRESS','IN_PROGRESS','SUBMITTED','SETTLED'])[1 + g % 5], now() + ((g % 400) - 200 || ' days')::interval
    FROM generate_series(1, ${PROJECTS}) g
    JOIN LATERAL (SELECT code FROM provinces ORDER BY code OFFSET (g % 34) LIMIT 1) pc ON true`);
  // Eleven monthly periods per project; one in three projects has missed some.
  await query(`
    INSERT INTO report_periods (project_id, period_key, label_vi, label_en, due_day, due_at, first_submitted_at, latest_version, opened_at, escalation_level)
    SELECT p.id, '2026-' || lpad(m::text, 2, '0'), 'tháng ' || m || '/2026', 'month ' || m, make_date(2026, m, 25),
      make_date(2026, m, 25)::timestamptz + interval '17 hours',
      CASE WHEN (hashtext(p.id::text) % 3 = 0) AND m > 8 THEN NULL ELSE make_date(2026, m, 20)::timestamptz END, 1, now(),
      CASE WHEN m < 10 THEN 1 ELSE 0 END
    FROM projects p CROSS JOIN generate_series(1, 11) m`);
  await query(`INSERT INTO project_transitions (project_id, seq, action, from_state, to_state, actor_user_id, actor_email, actor_role, details, occurred_at)
    SELECT id, 5, 'start', 'CONTRACTED', state, gen_random_uuid(), 'officer@demo.local', 'officer', '{}', now() FROM projects`);
  await query(`ANALYZE`);
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url || !/kc_explain|scratch/.test(url))
    throw new Error('DATABASE_URL must name a scratch database (kc_explain): this script fills it');
  await runMigrations(url);
  const dataSource = await createDataSource(url, 2).initialize();
  const raw = dataSource.query.bind(dataSource);
  if (process.env.KC_EXPLAIN_SKIP_GENERATE !== 'true') {
    const started = Date.now();
    await generate((sql) => raw(sql));
    console.log(`generated ${PROJECTS} projects in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  let label = '';
  // Every query the repository runs is explained instead of run.
  (dataSource as unknown as { query: (sql: string, params?: unknown[]) => Promise<unknown[]> }).query = async (
    sql,
    params,
  ) => {
    const plan: Array<{ 'QUERY PLAN': string }> = await raw(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    console.log(`\n### ${label}\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
    return [];
  };
  const queues = new QueueQueries(dataSource);
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
