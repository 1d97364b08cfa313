import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One escalation per cause instead of one row per level: a period's late report (REPORT_OVERDUE:<period>) or a stay
 * in a state (STALLED:<state>:<seq of the transition into it>). The level is raised in place and `levels` keeps when
 * each level was reached and who was told. The system closes a row (AUTO_CLOSED, with the reason) when its cause goes
 * away. Existing level-1/level-2 rows of one cause are merged, and rows whose cause is already gone are closed.
 */
export class MergeEscalationsByCause1764720000000 implements MigrationInterface {
  name = 'MergeEscalationsByCause1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_status_check`);
    await q.query(`ALTER TABLE escalations ADD CONSTRAINT escalations_status_check
      CHECK (status IN ('OPEN','ACKNOWLEDGED','RESOLVED','AUTO_CLOSED'))`);
    // The notice that opened the row; no longer unique, the cause is.
    await q.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_idempotency_key_key`);
    await q.query(`ALTER TABLE escalations
      ADD COLUMN cause_key varchar(80),
      ADD COLUMN levels jsonb NOT NULL DEFAULT '[]'::jsonb,
      ADD COLUMN closed_reason varchar(30) CHECK (closed_reason IN ('REPORT_SUBMITTED','LEFT_STALLED_STATE','PROJECT_CLOSED')),
      ADD COLUMN closed_detail varchar(40),
      ADD COLUMN closed_at timestamptz`);
    await q.query(`UPDATE escalations e SET cause_key = CASE
        WHEN e.reason = 'REPORT_OVERDUE' THEN 'REPORT_OVERDUE:' || e.period_key
        ELSE 'STALLED:' || e.stalled_state || ':' || COALESCE((
          SELECT max(t.seq) FROM project_transitions t
          WHERE t.project_id = e.project_id AND t.to_state = e.stalled_state
            AND t.from_state IS DISTINCT FROM e.stalled_state AND t.occurred_at <= e.opened_at), 0)
      END`);
    // Every old row is one level reached: when, and who the notice went to (from the notification log).
    await q.query(`UPDATE escalations e SET levels = jsonb_build_array(jsonb_build_object(
        'level', e.level, 'reachedAt', e.opened_at, 'noticeKey', e.idempotency_key,
        'notified', COALESCE((SELECT to_jsonb(n.recipients) FROM notification_log n WHERE n.idempotency_key = e.idempotency_key), '[]'::jsonb)))`);
    // Merge: the highest level's row survives, carrying every level of its cause and the first opening.
    await q.query(`WITH ranked AS (
        SELECT id, project_id, cause_key,
          row_number() OVER (PARTITION BY project_id, cause_key ORDER BY level DESC, opened_at DESC, id) AS rank
        FROM escalations),
      merged AS (
        SELECT e.project_id, e.cause_key, min(e.opened_at) AS opened_at,
          jsonb_agg(e.levels -> 0 ORDER BY e.level, e.opened_at) AS levels
        FROM escalations e GROUP BY e.project_id, e.cause_key)
      UPDATE escalations e SET levels = m.levels, opened_at = m.opened_at
      FROM ranked r, merged m
      WHERE r.id = e.id AND r.rank = 1 AND m.project_id = e.project_id AND m.cause_key = e.cause_key`);
    await q.query(`DELETE FROM escalations e USING (
        SELECT id, row_number() OVER (PARTITION BY project_id, cause_key ORDER BY level DESC, opened_at DESC, id) AS rank
        FROM escalations) r
      WHERE r.id = e.id AND r.rank > 1`);
    // A row written without a cause (by hand, or by an older writer) is a cause of its own.
    await q.query(`ALTER TABLE escalations ALTER COLUMN cause_key SET DEFAULT ('UNKEYED:' || gen_random_uuid()),
      ALTER COLUMN cause_key SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX escalations_cause_idx ON escalations (project_id, cause_key)`);
    await q.query(`CREATE INDEX escalations_status_idx ON escalations (status, due_at, id)`);

    // Close what is no longer true, as the activities do from now on.
    await q.query(`UPDATE escalations e SET status = 'AUTO_CLOSED', closed_reason = 'PROJECT_CLOSED',
        closed_detail = p.state, closed_at = p.updated_at
      FROM projects p WHERE p.id = e.project_id AND e.status IN ('OPEN','ACKNOWLEDGED')
        AND p.state IN ('REJECTED','SETTLED','TERMINATED','WITHDRAWN')`);
    await q.query(`UPDATE escalations e SET status = 'AUTO_CLOSED', closed_reason = 'REPORT_SUBMITTED',
        closed_detail = e.period_key, closed_at = rp.first_submitted_at
      FROM report_periods rp WHERE rp.project_id = e.project_id AND rp.period_key = e.period_key
        AND e.reason = 'REPORT_OVERDUE' AND e.status IN ('OPEN','ACKNOWLEDGED') AND rp.first_submitted_at IS NOT NULL`);
    // A stall is over once the project has left that stay in the state (even if it came back to it later).
    await q.query(`UPDATE escalations e SET status = 'AUTO_CLOSED', closed_reason = 'LEFT_STALLED_STATE',
        closed_detail = left_to.to_state, closed_at = left_to.occurred_at
      FROM (
        SELECT x.id, t.to_state, t.occurred_at FROM escalations x
        JOIN LATERAL (
          SELECT t.to_state, t.occurred_at FROM project_transitions t
          WHERE t.project_id = x.project_id AND t.seq > split_part(x.cause_key, ':', 3)::int
            AND t.from_state = x.stalled_state AND t.to_state IS DISTINCT FROM x.stalled_state
          ORDER BY t.seq LIMIT 1) t ON true
        WHERE x.reason = 'STALLED') left_to
      WHERE left_to.id = e.id AND e.status IN ('OPEN','ACKNOWLEDGED')`);
    await q.query(`UPDATE escalations e SET status = 'AUTO_CLOSED', closed_reason = 'LEFT_STALLED_STATE',
        closed_detail = p.state, closed_at = p.updated_at
      FROM projects p WHERE p.id = e.project_id AND e.reason = 'STALLED' AND e.status IN ('OPEN','ACKNOWLEDGED')
        AND p.state IS DISTINCT FROM e.stalled_state`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Merged rows stay merged (one row per cause, its highest level); closed ones go back to RESOLVED.
    await q.query(`UPDATE escalations SET status = 'RESOLVED', resolved_at = closed_at,
        resolution_note = 'Tự đóng / auto-closed: ' || closed_reason WHERE status = 'AUTO_CLOSED'`);
    await q.query(`DROP INDEX escalations_status_idx`);
    await q.query(`DROP INDEX escalations_cause_idx`);
    await q.query(`ALTER TABLE escalations DROP COLUMN cause_key, DROP COLUMN levels, DROP COLUMN closed_reason,
      DROP COLUMN closed_detail, DROP COLUMN closed_at`);
    await q.query(`ALTER TABLE escalations ADD CONSTRAINT escalations_idempotency_key_key UNIQUE (idempotency_key)`);
    await q.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_status_check`);
    await q.query(`ALTER TABLE escalations ADD CONSTRAINT escalations_status_check
      CHECK (status IN ('OPEN','ACKNOWLEDGED','RESOLVED'))`);
  }
}
