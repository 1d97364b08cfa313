import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { LifecycleStatus, PeriodTracking } from '@kc/domain';
import { ProjectEventWriter, ReportWriter } from '@kc/persistence';
import type { Difference, ReadModelProject, WorkflowProjectState } from './read-model-diff';
import { recordedWrites } from './history-events';

/**
 * Brings one project's read model back to its workflow. Audit events are replayed from the workflow's
 * history through the activities' own writers, which only INSERT what is missing (the audit table refuses
 * updates and deletes); report periods go through the activities' upsert; last, the projects row is
 * rewritten from the workflow's status, which the writers cannot do (they only move a row forward).
 */
export class ReadModelRepair {
  private readonly events: ProjectEventWriter;
  private readonly reports: ReportWriter;

  constructor(
    private readonly dataSource: DataSource,
    private readonly client: Client,
  ) {
    this.events = new ProjectEventWriter(dataSource);
    this.reports = new ReportWriter(dataSource);
  }

  async repair(
    project: ReadModelProject,
    workflow: WorkflowProjectState,
    differences: ReadonlyArray<Difference>,
  ): Promise<void> {
    const kinds = new Set(differences.map((d) => d.repair));
    if (kinds.has('EVENTS')) await this.replayHistory(project.workflowId);
    if (kinds.has('PERIODS')) await this.reports.recordPeriods(project.id, workflow.periods as PeriodTracking[]);
    await this.rewriteStatus(project, workflow.status);
  }

  private async replayHistory(workflowId: string): Promise<void> {
    for (const write of await recordedWrites(this.client, workflowId)) {
      if (write.activity === 'recordProjectCreated') await this.events.recordProjectCreated(...write.args);
      else if (write.activity === 'recordLifecycleEvent') await this.events.recordLifecycleEvent(...write.args);
      else await this.reports.recordReport(...write.args);
    }
  }

  /**
   * Never moves a row backwards when a workflow that went on since it was queried has written a newer status;
   * a row still holding the last_seq we compared (a corrupted one, say 999) is ours to overwrite.
   */
  private async rewriteStatus(project: ReadModelProject, status: LifecycleStatus): Promise<void> {
    await this.dataSource.query(
      `UPDATE projects SET state = $2, last_seq = $3, approved_support_vnd = $4, accepted_amount_vnd = $5,
         advances_vnd = $6, final_payments_vnd = $7, contract_no = $8, contract_date = $9,
         minutes_no = $10, minutes_date = $11
       WHERE id = $1 AND (last_seq <= $3 OR last_seq = $12)`,
      [
        project.id,
        status.state,
        status.seq,
        status.approvedSupportVnd,
        status.acceptedAmountVnd,
        status.advancesVnd,
        status.finalPaymentsVnd,
        status.contract?.contractNo ?? null,
        status.contract?.contractDate ?? null,
        status.acceptance?.minutesNo ?? null,
        status.acceptance?.minutesDate ?? null,
        project.lastSeq,
      ],
    );
  }
}
