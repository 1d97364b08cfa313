import { DataSource, EntityManager } from 'typeorm';
import type {
  AdjustmentRecord,
  LifecycleEvent,
  LifecycleWrite,
  LifecycleStatus,
  ProjectFacts,
  ProjectState,
  StallTracking,
  StallWrite,
} from '@kc/domain';
import { PARTIES, projectSearchText, workflowIdForProject } from '@kc/domain';
import { STATUS_COLUMNS, localApproverColumn, statusAssignments, statusParams } from '../mappers/project-status-row';
import { EscalationRepository } from './escalation-repository';

/** The projects columns that mirror a LifecycleStatus, as SET assignments of statusParams from $2 on. */
const STATUS_ASSIGNMENTS = statusAssignments(2);
/** The first parameter after the status's. */
const AFTER_STATUS = 2 + STATUS_COLUMNS.length;

/** An audit row's columns: the project's id, then transitionParams in order. */
const TRANSITION_COLUMNS = `project_id, seq, action, from_state, to_state, actor_user_id, actor_email, actor_role,
  actor_province_code, reason, details, occurred_at`;

function transitionParams(event: LifecycleEvent): unknown[] {
  return [
    event.seq,
    event.action,
    event.fromState,
    event.toState,
    event.actor.userId,
    event.actor.email,
    event.actor.role,
    event.actor.provinceCode,
    event.reason,
    JSON.stringify(event.details),
    event.occurredAt,
  ];
}

/** The audit row's insert, with the project's id in $1 and the other values as given; written once per (project, seq). */
function transitionInsert(values: string[]): string {
  return `INSERT INTO project_transitions (${TRANSITION_COLUMNS}) VALUES ($1, ${values.join(', ')})
    ON CONFLICT (project_id, seq) DO NOTHING`;
}

/**
 * The SET assignments of a state's time limit, from the parameters holding the state and the limit's instant:
 * a new state starts its escalation level again at 0. `row` names the row being updated where the statement has
 * another one in scope (`projects` in an ON CONFLICT clause, which also sees the row proposed).
 */
function stallClockAssignments(stateParam: string, limitParam: string, row = ''): string {
  const current = row ? `${row}.` : '';
  return `stall_state = ${stateParam}::varchar, stall_limit_at = ${limitParam}::timestamptz,
    stall_escalation_level = CASE WHEN ${current}stall_state IS DISTINCT FROM ${stateParam}::varchar THEN 0
      ELSE ${current}stall_escalation_level END`;
}

/** projects.search_text: what a search without diacritics matches (see the domain's foldForSearch). */
export function searchTextOf(facts: ProjectFacts): string {
  return projectSearchText({
    code: facts.code,
    title: facts.title,
    implementingUnitName: facts.implementingUnit.name,
    beneficiary: facts.beneficiary,
  });
}

/**
 * Writes the workflow's events into the read model. Every write is idempotent by (project, seq):
 * an activity retried after a crash leaves exactly one row, and an older event never overwrites a newer one.
 */
export class ProjectEventWriter {
  private readonly escalations: EscalationRepository;

  constructor(private readonly dataSource: DataSource) {
    this.escalations = new EscalationRepository(dataSource);
  }

  /**
   * The project's row, its creation event and, from the workflow, the state's time limit, in one statement (one trip
   * to the database). The API writes the same creation first without the limit: the workflow's write then finds the
   * row and sets only the limit, unless a newer event has already written its own.
   */
  async recordProjectCreated(
    facts: ProjectFacts,
    status: LifecycleStatus,
    event: LifecycleEvent,
    stall?: StallWrite,
  ): Promise<void> {
    const params: unknown[] = [
      facts.id,
      facts.code,
      workflowIdForProject(facts.code),
      facts.scope,
      facts.provinceCode,
      facts.category,
      facts.title,
      facts.implementingUnit.name,
      facts.implementingUnit.email,
      facts.beneficiary,
      facts.totalCostVnd,
      facts.requestedSupportVnd,
      facts.plannedStart,
      facts.plannedEnd,
      status.state,
      status.seq,
      facts.createdByUserId,
      event.occurredAt,
      // The Department officer who registers a project is the one in charge of it.
      PARTIES.deptOfficer.allows(event.actor, {
        scope: facts.scope,
        provinceCode: facts.provinceCode,
        implementingUnitEmail: facts.implementingUnit.email,
      })
        ? event.actor.email
        : null,
      searchTextOf(facts),
      localApproverColumn(facts),
      facts.priorityArea ?? false,
      facts.moneyRules ? JSON.stringify(facts.moneyRules) : null,
      facts.group === true,
      facts.unitOverheadVnd ?? null,
      facts.pilot ? JSON.stringify(facts.pilot) : null,
    ];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const stallState = param(stall?.clock?.state ?? null);
    const stallLimit = param(stall?.clock?.limit?.at ?? null);
    const transitionValues = transitionParams(event).map(param);
    // A new row starts at escalation level 0 (the column's default); an existing one keeps its level in the same state.
    const onConflict = stall
      ? `DO UPDATE SET ${stallClockAssignments(stallState, stallLimit, 'projects')}
         WHERE projects.last_seq <= ${transitionValues[0]}`
      : 'DO NOTHING';
    await this.dataSource.query(
      `WITH project AS (
         INSERT INTO projects (id, code, workflow_id, scope, province_code, category, title,
           implementing_unit_name, implementing_unit_email, beneficiary, total_cost_vnd, requested_support_vnd,
           approved_support_vnd, accepted_amount_vnd, advances_vnd, final_payments_vnd,
           planned_start, planned_end, state, last_seq, created_by, created_at, updated_at, officer_email, search_text,
           local_approver, priority_area, money_rules, group_project, unit_overhead_vnd, pilot,
           stall_state, stall_limit_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,NULL,NULL,0,0,$13,$14,$15,$16,$17,$18,$18,$19,$20,$21,$22,$23,$24,$25,
           $26, ${stallState}::varchar, ${stallLimit}::timestamptz)
         ON CONFLICT (id) ${onConflict})
       ${transitionInsert(transitionValues)}`,
      params,
    );
  }

  /**
   * The workflow's net: actions its callers were answered with and have, nearly always, written themselves. An event
   * whose audit row is there is skipped: each write puts its row in the same statement or transaction as the rest of
   * it, so the row means the whole write was made. One read instead of a statement or a transaction per action (a
   * net under steady use holds twenty and more); the others are written one after another, in seq order, since an
   * event's write reads the row the one before it moved.
   */
  async recordLifecycleEvents(writes: readonly LifecycleWrite[]): Promise<void> {
    if (!writes.length) return;
    const written: Array<{ project_id: string; seq: number }> = await this.dataSource.query(
      `SELECT project_id, seq FROM project_transitions
       WHERE (project_id, seq) IN (SELECT * FROM unnest($1::uuid[], $2::int[]))`,
      [writes.map((w) => w.facts.id), writes.map((w) => w.event.seq)],
    );
    const done = new Set(written.map((row) => `${row.project_id}:${row.seq}`));
    for (const { facts, status, event, stall } of writes) {
      if (!done.has(`${facts.id}:${event.seq}`)) await this.recordLifecycleEvent(facts, status, event, stall);
    }
  }

  async recordLifecycleEvent(
    facts: ProjectFacts,
    status: LifecycleStatus,
    event: LifecycleEvent,
    stall?: StallWrite,
  ): Promise<void> {
    if (event.toState === event.fromState && event.action !== 'edit_draft') {
      await this.recordEventInState(facts, status, event, stall);
      return;
    }
    await this.dataSource.transaction(async (tx) => {
      await this.insertTransition(tx, facts.id, event);
      if (event.action === 'record_disbursement') {
        await tx.query(
          `INSERT INTO disbursements (project_id, seq, kind, amount_vnd, recorded_by, occurred_at)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (project_id, seq) DO NOTHING`,
          [facts.id, event.seq, event.details.kind, event.details.amountVnd, event.actor.userId, event.occurredAt],
        );
      }
      if (event.action === 'edit_draft') await this.updateDossier(tx, facts, event.seq);
      // search_text follows the facts the workflow carries, so an event that changes them keeps search in step.
      await tx.query(
        `UPDATE projects SET ${STATUS_ASSIGNMENTS}, updated_at = $${AFTER_STATUS}, search_text = $${AFTER_STATUS + 1}
         WHERE id = $1 AND last_seq < $3`,
        [facts.id, ...statusParams(status), event.occurredAt, searchTextOf(facts)],
      );
      // A stall ends when the project leaves the state; everything ends in a final state. Judged by the row's state
      // after this write, so an older event written again (a late retry, reconcile's replay) closes nothing wrongly.
      if (event.toState !== event.fromState) await this.closeEscalationsByState(tx, facts.id, event.occurredAt);
      if (stall) await this.writeStallClock(tx, facts.id, stall, event.seq);
    });
  }

  /**
   * An event that keeps the state (an advance, a certified progress, a refund…) in one statement, so one trip to the
   * database: its audit row, its payment row if it is one, and the project's status with the state's time limit.
   * The time limit goes with the status (`last_seq < seq`): the event's activity, retried or not, is the only writer
   * of that limit, and a retry finds last_seq already at seq with the limit written.
   */
  private async recordEventInState(
    facts: ProjectFacts,
    status: LifecycleStatus,
    event: LifecycleEvent,
    stall?: StallWrite,
  ): Promise<void> {
    const params: unknown[] = [facts.id, ...statusParams(status), event.occurredAt, searchTextOf(facts)];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const transitionValues = transitionParams(event).map(param);
    const stallAssignments = stall
      ? `, ${stallClockAssignments(param(stall.clock?.state ?? null), param(stall.clock?.limit?.at ?? null))}`
      : '';
    // The payment's seq and day are the event's.
    const paymentInsert =
      event.action === 'record_disbursement'
        ? `, payment AS (
         INSERT INTO disbursements (project_id, seq, kind, amount_vnd, recorded_by, occurred_at)
         VALUES ($1, ${transitionValues[0]}, ${param(event.details.kind)}, ${param(event.details.amountVnd)},
           ${param(event.actor.userId)}, $${AFTER_STATUS})
         ON CONFLICT (project_id, seq) DO NOTHING)`
        : '';
    await this.dataSource.query(
      `WITH transition AS (${transitionInsert(transitionValues)})${paymentInsert}
       UPDATE projects SET ${STATUS_ASSIGNMENTS}, updated_at = $${AFTER_STATUS}, search_text = $${AFTER_STATUS + 1}${stallAssignments}
       WHERE id = $1 AND last_seq < $3`,
      params,
    );
  }

  /**
   * The dossier as edited in DRAFT or RETURNED, or the terms an approved adjustment set; a retried or older write
   * (last_seq already past it) changes nothing.
   */
  private async updateDossier(tx: EntityManager, facts: ProjectFacts, seq: number): Promise<void> {
    await tx.query(
      `UPDATE projects SET category = $2, title = $3, implementing_unit_name = $4, implementing_unit_email = $5,
         beneficiary = $6, total_cost_vnd = $7, requested_support_vnd = $8, planned_start = $9, planned_end = $10,
         site = $12, partner = $13, terms_version = $14, priority_area = $15, unit_overhead_vnd = $16,
         money_rules = $17
       WHERE id = $1 AND last_seq < $11`,
      [
        facts.id,
        facts.category,
        facts.title,
        facts.implementingUnit.name,
        facts.implementingUnit.email,
        facts.beneficiary,
        facts.totalCostVnd,
        facts.requestedSupportVnd,
        facts.plannedStart,
        facts.plannedEnd,
        seq,
        facts.site ?? null,
        facts.partner ?? null,
        facts.termsVersion ?? 1,
        facts.priorityArea ?? false,
        facts.unitOverheadVnd ?? null,
        facts.moneyRules ? JSON.stringify(facts.moneyRules) : null,
      ],
    );
  }

  /**
   * An adjustment request's event: the audit row, the request's record (an older version never overwrites a newer
   * one), and the project's status with, for an approval, the new terms.
   */
  async recordAdjustment(
    facts: ProjectFacts,
    status: LifecycleStatus,
    event: LifecycleEvent,
    record: AdjustmentRecord,
    stall?: StallWrite,
  ): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.insertTransition(tx, facts.id, event);
      await tx.query(
        `INSERT INTO project_adjustments (id, project_id, kind, status, reason, changes, terms_before, terms_proposed,
           terms_version, decider, requested_by, requested_at, certified_by, certified_at, decided_by, decided_at,
           decision_reason, decision_no, decision_date, version, updated_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20, now())
         ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, terms_proposed = EXCLUDED.terms_proposed,
           terms_version = EXCLUDED.terms_version, certified_by = EXCLUDED.certified_by,
           certified_at = EXCLUDED.certified_at, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at,
           decision_reason = EXCLUDED.decision_reason, decision_no = EXCLUDED.decision_no,
           decision_date = EXCLUDED.decision_date, version = EXCLUDED.version, updated_at = now()
         WHERE project_adjustments.version < EXCLUDED.version`,
        [
          record.id,
          facts.id,
          record.kind,
          record.status,
          record.reason,
          JSON.stringify(record.changes),
          JSON.stringify(record.termsBefore),
          JSON.stringify(record.termsProposed),
          record.termsVersion,
          JSON.stringify(record.decider),
          JSON.stringify(record.requestedBy),
          record.requestedAt,
          record.certifiedBy ? JSON.stringify(record.certifiedBy) : null,
          record.certifiedAt,
          record.decidedBy ? JSON.stringify(record.decidedBy) : null,
          record.decidedAt,
          record.decisionReason,
          record.decisionNo,
          record.decisionDate,
          record.version,
        ],
      );
      if (event.action === 'approve_adjustment') await this.updateDossier(tx, facts, event.seq);
      await tx.query(
        `UPDATE projects SET ${STATUS_ASSIGNMENTS}, updated_at = $${AFTER_STATUS}, search_text = $${AFTER_STATUS + 1}
         WHERE id = $1 AND last_seq < $3`,
        [facts.id, ...statusParams(status), event.occurredAt, searchTextOf(facts)],
      );
      if (event.toState !== event.fromState) await this.closeEscalationsByState(tx, facts.id, event.occurredAt);
      if (stall) await this.writeStallClock(tx, facts.id, stall, event.seq);
    });
  }

  /**
   * The time limit written with the event of `seq`: a late retry (a newer event already written) leaves the newer
   * event's limit in place.
   */
  private async writeStallClock(tx: EntityManager, projectId: string, stall: StallWrite, seq: number): Promise<void> {
    await tx.query(`UPDATE projects SET ${stallClockAssignments('$2', '$3')} WHERE id = $1 AND last_seq <= $4`, [
      projectId,
      stall.clock?.state ?? null,
      stall.clock?.limit?.at ?? null,
      seq,
    ]);
  }

  /** The current state's time limit, for the stalled-projects queue; a new state resets the level. */
  async recordStallClock(projectId: string, stall: StallTracking | null): Promise<void> {
    await this.dataSource.query(`UPDATE projects SET ${stallClockAssignments('$2', '$3')} WHERE id = $1`, [
      projectId,
      stall?.state ?? null,
      stall?.limit?.at ?? null,
    ]);
  }

  private async closeEscalationsByState(tx: EntityManager, projectId: string, at: string): Promise<void> {
    const rows: Array<{ state: ProjectState }> = await tx.query(`SELECT state FROM projects WHERE id = $1`, [
      projectId,
    ]);
    if (rows[0]) await this.escalations.closeWhereCauseGone(projectId, { kind: 'STATE', state: rows[0].state }, at, tx);
  }

  private async insertTransition(tx: EntityManager, projectId: string, event: LifecycleEvent): Promise<void> {
    const params = transitionParams(event);
    await tx.query(transitionInsert(params.map((_, i) => `$${i + 2}`)), [projectId, ...params]);
  }

  /**
   * Reconcile's repair: the row takes the workflow's status, unless the workflow has written a newer one since the
   * row was read with `lastSeqRead` (a corrupted row still holding that value, say 999, is overwritten).
   */
  async overwriteStatus(projectId: string, status: LifecycleStatus, lastSeqRead: number): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `UPDATE projects SET ${STATUS_ASSIGNMENTS} WHERE id = $1 AND (last_seq <= $3 OR last_seq = $${AFTER_STATUS})`,
        [projectId, ...statusParams(status), lastSeqRead],
      );
      // The escalations follow the repaired state as they follow a recorded event.
      await this.closeEscalationsByState(tx, projectId, new Date().toISOString());
    });
  }
}
