/**
 * The supervisors' queues' data, generated in SQL: `projects` projects over the 34 provinces, eleven monthly
 * report periods each, one project in three behind on its last three reports. Empties the project tables first.
 */
export async function generateQueueData(query: (sql: string) => Promise<unknown>, projects: number): Promise<void> {
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
    FROM generate_series(1, ${projects}) g
    JOIN LATERAL (SELECT code FROM provinces ORDER BY code OFFSET (g % 34) LIMIT 1) pc ON true`);
  // Eleven monthly periods per project; one in three projects has missed some.
  await query(`
    INSERT INTO report_periods (project_id, period_key, label_vi, label_en, due_day, due_at, first_submitted_at, latest_version, opened_at, escalation_level,
      province_code)
    SELECT p.id, '2026-' || lpad(m::text, 2, '0'), 'tháng ' || m || '/2026', 'month ' || m, make_date(2026, m, 25),
      make_date(2026, m, 25)::timestamptz + interval '17 hours',
      CASE WHEN (hashtext(p.id::text) % 3 = 0) AND m > 8 THEN NULL ELSE make_date(2026, m, 20)::timestamptz END, 1, now(),
      CASE WHEN m < 10 THEN 1 ELSE 0 END, p.province_code
    FROM projects p CROSS JOIN generate_series(1, 11) m`);
  await query(`INSERT INTO project_transitions (project_id, seq, action, from_state, to_state, actor_user_id, actor_email, actor_role, details, occurred_at)
    SELECT id, 5, 'start', 'CONTRACTED', state, gen_random_uuid(), 'officer@demo.local', 'officer', '{}', now() FROM projects`);
  // Vacuumed as well as analysed: a read model that has been in service has its visibility map set, and the
  // autovacuum a fresh bulk load would start mid-measurement takes a core from whichever side it overlaps.
  await query(`VACUUM (ANALYZE) projects, report_periods, project_transitions`);
  await query(`ANALYZE`);
}
