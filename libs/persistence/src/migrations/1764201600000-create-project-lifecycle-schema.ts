import { MigrationInterface, QueryRunner } from 'typeorm';

/** Provinces, users, the project read model, its append-only transition history and disbursements. */
export class CreateProjectLifecycleSchema1764201600000 implements MigrationInterface {
  name = 'CreateProjectLifecycleSchema1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE provinces (
        code varchar(8) PRIMARY KEY,
        name varchar(100) NOT NULL,
        region varchar(10) NOT NULL
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email varchar(254) NOT NULL UNIQUE CHECK (email = lower(email)),
        password_hash varchar(255) NOT NULL,
        full_name varchar(200) NOT NULL,
        role varchar(20) NOT NULL CHECK (role IN ('implementer','officer','approver','supervisor','admin')),
        province_code varchar(8) REFERENCES provinces(code),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (province_code IS NOT NULL OR role IN ('approver','supervisor','admin'))
      )`);
    await q.query(`
      CREATE TABLE project_code_counters (
        scope varchar(10) NOT NULL,
        plan_year integer NOT NULL,
        province_code varchar(8) NOT NULL REFERENCES provinces(code),
        last_serial integer NOT NULL,
        PRIMARY KEY (scope, plan_year, province_code)
      )`);
    await q.query(`
      CREATE TABLE projects (
        id uuid PRIMARY KEY,
        code varchar(40) NOT NULL UNIQUE,
        workflow_id varchar(60) NOT NULL UNIQUE,
        scope varchar(10) NOT NULL CHECK (scope IN ('NATIONAL','LOCAL')),
        province_code varchar(8) NOT NULL REFERENCES provinces(code),
        category varchar(40) NOT NULL,
        title varchar(500) NOT NULL,
        implementing_unit_name varchar(300) NOT NULL,
        implementing_unit_email varchar(254) NOT NULL,
        beneficiary varchar(300) NOT NULL,
        total_cost_vnd bigint NOT NULL CHECK (total_cost_vnd > 0),
        requested_support_vnd bigint NOT NULL CHECK (requested_support_vnd > 0),
        approved_support_vnd bigint,
        accepted_amount_vnd bigint,
        advances_vnd bigint NOT NULL DEFAULT 0,
        final_payments_vnd bigint NOT NULL DEFAULT 0,
        planned_start date NOT NULL,
        planned_end date NOT NULL,
        state varchar(20) NOT NULL,
        last_seq integer NOT NULL,
        contract_no varchar(100),
        contract_date date,
        minutes_no varchar(100),
        minutes_date date,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX projects_list_order_idx ON projects (created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX projects_province_state_idx ON projects (province_code, state, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX projects_state_idx ON projects (state, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX projects_unit_email_idx ON projects (lower(implementing_unit_email))`);
    await q.query(`
      CREATE TABLE project_transitions (
        id bigserial PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES projects(id),
        seq integer NOT NULL,
        action varchar(40) NOT NULL,
        from_state varchar(20),
        to_state varchar(20) NOT NULL,
        actor_user_id uuid NOT NULL,
        actor_email varchar(254) NOT NULL,
        actor_role varchar(20) NOT NULL,
        actor_province_code varchar(8),
        reason text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (project_id, seq)
      )`);
    // The audit trail is append-only in the database itself, not only by convention.
    await q.query(`
      CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'project_transitions is append-only (% refused)', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER project_transitions_append_only
      BEFORE UPDATE OR DELETE ON project_transitions
      FOR EACH ROW EXECUTE FUNCTION refuse_audit_change()`);
    await q.query(`
      CREATE TABLE disbursements (
        id bigserial PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES projects(id),
        seq integer NOT NULL,
        kind varchar(10) NOT NULL CHECK (kind IN ('ADVANCE','FINAL')),
        amount_vnd bigint NOT NULL CHECK (amount_vnd > 0),
        recorded_by uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        UNIQUE (project_id, seq)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE disbursements`);
    await q.query(`DROP TABLE project_transitions`);
    await q.query(`DROP FUNCTION refuse_audit_change()`);
    await q.query(`DROP TABLE projects`);
    await q.query(`DROP TABLE project_code_counters`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE provinces`);
  }
}
