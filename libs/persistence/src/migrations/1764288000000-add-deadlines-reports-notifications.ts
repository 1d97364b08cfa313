import { MigrationInterface, QueryRunner } from 'typeorm';

/** Report periods and reports, the notification log, escalations, deadline policies and the holiday table. */
export class AddDeadlinesReportsNotifications1764288000000 implements MigrationInterface {
  name = 'AddDeadlinesReportsNotifications1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_periods (
        project_id uuid NOT NULL REFERENCES projects(id),
        period_key varchar(20) NOT NULL,
        label_vi varchar(60) NOT NULL,
        label_en varchar(60) NOT NULL,
        due_day date NOT NULL,
        due_at timestamptz NOT NULL,
        extended_due_at timestamptz,
        first_submitted_at timestamptz,
        latest_version integer NOT NULL DEFAULT 0,
        opened_at timestamptz NOT NULL,
        PRIMARY KEY (project_id, period_key)
      )`);
    await q.query(`CREATE INDEX report_periods_due_idx ON report_periods (due_at) WHERE first_submitted_at IS NULL`);
    await q.query(`
      CREATE TABLE progress_reports (
        id bigserial PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES projects(id),
        period_key varchar(20) NOT NULL,
        version integer NOT NULL,
        physical_progress_pct integer NOT NULL CHECK (physical_progress_pct BETWEEN 0 AND 100),
        funds_used_vnd bigint NOT NULL CHECK (funds_used_vnd >= 0),
        issues text,
        attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
        is_correction boolean NOT NULL,
        submitted_by uuid NOT NULL,
        submitted_by_email varchar(254) NOT NULL,
        submitted_at timestamptz NOT NULL,
        UNIQUE (project_id, period_key, version)
      )`);
    await q.query(`
      CREATE TABLE notification_log (
        id bigserial PRIMARY KEY,
        idempotency_key varchar(300) NOT NULL UNIQUE,
        project_id uuid NOT NULL REFERENCES projects(id),
        kind varchar(30) NOT NULL,
        period_key varchar(20),
        stalled_state varchar(20),
        repetition integer NOT NULL,
        recipients text[] NOT NULL,
        subject text NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('PENDING','SENT','FAILED_PERMANENT','NO_RECIPIENT')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_log_project_idx ON notification_log (project_id, created_at)`);
    await q.query(`
      CREATE TABLE escalations (
        id uuid PRIMARY KEY,
        idempotency_key varchar(300) NOT NULL UNIQUE,
        project_id uuid NOT NULL REFERENCES projects(id),
        province_code varchar(8) NOT NULL,
        reason varchar(20) NOT NULL CHECK (reason IN ('REPORT_OVERDUE','STALLED')),
        period_key varchar(20),
        stalled_state varchar(20),
        level integer NOT NULL CHECK (level IN (1, 2)),
        due_at timestamptz NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('OPEN','ACKNOWLEDGED','RESOLVED')),
        opened_at timestamptz NOT NULL,
        acknowledged_by uuid,
        acknowledged_at timestamptz,
        resolved_by uuid,
        resolved_at timestamptz,
        resolution_note text
      )`);
    await q.query(`CREATE INDEX escalations_open_idx ON escalations (province_code, status, level, opened_at)`);
    await q.query(`
      CREATE TABLE deadline_policies (
        scope_key varchar(60) PRIMARY KEY,
        policy jsonb NOT NULL,
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE calendar_overrides (
        year integer PRIMARY KEY,
        extra_days_off date[] NOT NULL DEFAULT '{}',
        make_up_workdays date[] NOT NULL DEFAULT '{}',
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'calendar_overrides',
      'deadline_policies',
      'escalations',
      'notification_log',
      'progress_reports',
      'report_periods',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
