import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { PeriodTracking } from '@kc/domain';
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
    dataSource: DataSource,
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
    await this.events.overwriteStatus(project.id, workflow.status, project.lastSeq);
  }

  private async replayHistory(workflowId: string): Promise<void> {
    for (const write of await recordedWrites(this.client, workflowId)) {
      if (write.activity === 'recordProjectCreated') await this.events.recordProjectCreated(...write.args);
      else if (write.activity === 'recordLifecycleEvent') await this.events.recordLifecycleEvent(...write.args);
      else await this.reports.recordReport(...write.args);
    }
  }
}
