/**
 * EXPLAIN ANALYZE of the plan figures' queries (issue 14) on 200,000 generated projects spread as a programme's
 * archive is: ten plan years, every province of each year (63 before the 2025 merger, 34 after), a local plan per
 * province and year with a line per content area, the projects on those lines. Writes docs/PLANS-EXPLAIN.md.
 * Needs a scratch database (it is emptied): DATABASE_URL=postgres://.../kc_plans_explain.
 * Run: npm run build && DATABASE_URL=... node dist/bench/plans-explain.js
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_CODES, REGION_KEYS, regionProvincesInYear } from '@kc/domain';
import { Plans, createDataSource, runMigrations } from '@kc/persistence';

const PROJECTS = Number(process.env.KC_EXPLAIN_PROJECTS ?? 200_000);
const YEARS = Array.from({ length: 10 }, (_, i) => 2017 + i);
const OUT = join(__dirname, '..', '..', 'docs', 'PLANS-EXPLAIN.md');

/** The provinces with a local plan in a year: every unit of the six socio-economic regions on 1 January. */
function provincesOf(year: number): string[] {
  const codes = REGION_KEYS.filter((r) => r !== 'NORTH_TT26').flatMap((r) => [...regionProvincesInYear(r, year)]);
  return [...new Set(codes)].sort();
}

async function generate(query: (sql: string, params?: unknown[]) => Promise<unknown>): Promise<number> {
  await query(`TRUNCATE plan_line_commitments, plan_amendments, plan_lines, plans, projects CASCADE`);
  const pairs = YEARS.flatMap((year) => provincesOf(year).map((province) => ({ year, province })));
  await query(
    `INSERT INTO plans (id, level, year, province_code, title, status, decision_no, decision_date, created_by)
     SELECT gen_random_uuid(), 'LOCAL', (p->>'year')::int, p->>'province', 'Kế hoạch khuyến công ' || (p->>'year'),
       'APPROVED', '1/QĐ-UBND', make_date((p->>'year')::int, 1, 15), gen_random_uuid()
     FROM jsonb_array_elements($1::jsonb) p`,
    [JSON.stringify(pairs)],
  );
  await query(
    `INSERT INTO plan_lines (id, plan_id, category, funding_source, assigned_vnd, initial_vnd)
     SELECT gen_random_uuid(), p.id, c, 'PROVINCIAL', 900000000, 900000000
     FROM plans p CROSS JOIN unnest($1::varchar[]) c`,
    [CATEGORY_CODES],
  );
  // Project g sits on line g mod (number of lines): every line of every year holds about the same number.
  await query(`CREATE TEMP TABLE numbered_lines AS
    SELECT row_number() OVER (ORDER BY l.id) - 1 AS n, l.id AS line_id, l.plan_id, l.category, p.year, p.province_code
    FROM plan_lines l JOIN plans p ON p.id = l.plan_id`);
  await query(`
    INSERT INTO projects (id, code, workflow_id, scope, province_code, category, title, implementing_unit_name,
      implementing_unit_email, beneficiary, total_cost_vnd, requested_support_vnd, approved_support_vnd, advances_vnd,
      final_payments_vnd, planned_start, planned_end, state, last_seq, created_by, created_at, updated_at,
      officer_email, plan_id, plan_line_id, contract_no)
    SELECT gen_random_uuid(), 'KCĐP-' || l.year || '-' || l.province_code || '-' || lpad(g::text, 6, '0'), 'project-' || g,
      'LOCAL', l.province_code, l.category, 'Đề án ' || g, 'TTKC', 'unit' || g || '@demo.local', 'HTX',
      500000000, 150000000, 150000000, (g % 7) * 10000000, CASE WHEN g % 5 = 4 THEN 80000000 ELSE 0 END,
      make_date(l.year, 3, 1), make_date(l.year, 11, 30),
      (ARRAY['CONTRACTED','IN_PROGRESS','IN_PROGRESS','ACCEPTED','SETTLED'])[1 + g % 5], 5, gen_random_uuid(),
      now(), now(), 'officer@demo.local', l.plan_id, l.line_id, 'HĐ-' || g
    FROM generate_series(1, ${PROJECTS}) g
    JOIN numbered_lines l ON l.n = g % (SELECT count(*) FROM numbered_lines)`);
  await query(`ANALYZE`);
  return pairs.length;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url || !/kc_plans_explain|scratch/.test(url))
    throw new Error('DATABASE_URL must name a scratch database (kc_plans_explain): this script empties it');
  await runMigrations(url);
  const dataSource = await createDataSource(url, 2).initialize();
  const raw = dataSource.query.bind(dataSource) as (sql: string, params?: unknown[]) => Promise<unknown[]>;
  const started = Date.now();
  const plans = await generate(raw);
  const generated = `${PROJECTS.toLocaleString('en')} projects on ${plans} local plans of ${YEARS[0]}–${YEARS.at(-1)} in ${((Date.now() - started) / 1000).toFixed(0)} s`;
  console.log(`generated ${generated}`);

  const sections: Array<{ label: string; plan: string; time: string; nodes: string }> = [];
  let label = '';
  // Every query the repository runs is explained instead of run.
  (dataSource as unknown as { query: (sql: string, params?: unknown[]) => Promise<unknown[]> }).query = async (
    sql,
    params,
  ) => {
    const rows = (await raw(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)) as Array<{ 'QUERY PLAN': string }>;
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    const time = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? '?';
    const nodes = [
      ...new Set(
        [
          ...plan.matchAll(
            /(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan) (?:using \w+ )?on (\w+)|(?:Index Only Scan|Index Scan) using (\w+)/g,
          ),
        ].map((m) => m[0]),
      ),
    ].join('; ');
    sections.push({ label, plan, time, nodes });
    console.log(`${label}: ${time} ms (${nodes})`);
    return [];
  };
  const repo = new Plans(dataSource);
  const north2022 = [...regionProvincesInYear('NORTH_TT26', 2022)];
  const dbsh2026 = [...regionProvincesInYear('DBSH', 2026)];
  label = 'Dashboard figures, 2022, Northern region (28 provinces)';
  await repo.figures({ year: 2022, provinceCodes: north2022 });
  label = 'Dashboard figures, 2026, Red River Delta (6 units)';
  await repo.figures({ year: 2026, provinceCodes: dbsh2026 });
  label = 'Dashboard figures, 2026, one province (Hà Nội)';
  await repo.figures({ year: 2026, provinceCodes: ['HN'] });
  label = 'Dashboard figures, 2026, every plan of the year (national reach)';
  await repo.figures({ year: 2026, provinceCodes: null });
  label = 'Most undisbursed projects, 2022, Northern region';
  await repo.mostUndisbursed({ year: 2022, provinceCodes: north2022 }, 10);
  label = 'Most undisbursed projects, 2026, every plan of the year';
  await repo.mostUndisbursed({ year: 2026, provinceCodes: null }, 10);
  await dataSource.destroy();

  const lines = [
    '# Plan figures: indexes and query plans at 200,000 projects (issue 14)',
    '',
    `Generated by \`bench/plans-explain.ts\` on this 2-core machine's PostgreSQL: ${generated}. Every province of`,
    'each year has a local plan with a line per content area (the ten areas) and the projects spread evenly over the',
    "lines, as a programme's archive is. Each section is `EXPLAIN (ANALYZE, BUFFERS)` of the exact SQL the API runs",
    '(`libs/persistence/src/repositories/plans.ts`). Rerun: `createdb -h 127.0.0.1 -U postgres kc_plans_explain;',
    'npm run build; DATABASE_URL=postgres://postgres@127.0.0.1:5432/kc_plans_explain node dist/bench/plans-explain.js`.',
    '',
    "The year's plans are found through `plans_year_province (year, province_code)`, their lines through the unique",
    '`(plan_id, category, funding_source)` index, and the projects of each line through `projects_plan_line_money`:',
    '`(plan_line_id) INCLUDE` the money columns the figures sum, so the projects of other years are never read.',
    '`plan_lines` (ten lines per plan) is small enough that the planner hashes it whole rather than use its index.',
    'Before this index, with all 200,000 projects on the 2022 Northern lines, the region figures took 501 ms and the',
    'most undisbursed projects 316 ms (sequential scans of `projects`).',
    '',
    '| Query | Access paths | Time (ms) |',
    '|---|---|---|',
    ...sections.map((s) => `| ${s.label} | ${s.nodes} | ${s.time} |`),
    '',
    ...sections.flatMap((s) => [`## ${s.label}`, '', '```', s.plan, '```', '']),
  ];
  writeFileSync(OUT, lines.join('\n'));
  console.log(`written to ${OUT}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
