import { DataSource } from 'typeorm';
import type { LifecycleEvent, LifecycleStatus, PeriodTracking, ProjectFacts, ReportSubmission } from '@kc/domain';
import { ProjectEventWriter } from './project-event-writer';
import { EscalationRepository } from './escalation-repository';

/** Report periods and progress reports in the read model; idempotent like every activity write. */
export class ReportWriter {
  private readonly events: ProjectEventWriter;
  private readonly escalations: EscalationRepository;

  constructor(private readonly dataSource: DataSource) {
    this.events = new ProjectEventWriter(dataSource);
    this.escalations = new EscalationRepository(dataSource);
  }

  async recordPeriods(projectId: string, periods: PeriodTracking[]): Promise<void> {
    for (const p of periods) {
      await this.dataSource.query(
        // The project's province is copied for the province queues' index (a missing project fails as before).
        `INSERT INTO report_periods (project_id, period_key, label_vi, label_en, due_day, due_at, extended_due_at, opened_at,
           province_code)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now(), (SELECT province_code FROM projects WHERE id = $1))
         ON CONFLICT (project_id, period_key) DO UPDATE SET extended_due_at = EXCLUDED.extended_due_at`,
        [projectId, p.key, p.label.vi, p.label.en, p.dueDay, p.dueAt, p.extended?.dueAt ?? null],
      );
    }
  }

  async recordReport(
    facts: ProjectFacts,
    status: LifecycleStatus,
    event: LifecycleEvent,
    report: ReportSubmission & { version: number },
  ): Promise<void> {
    await this.events.recordLifecycleEvent(facts, status, event);
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO progress_reports (project_id, period_key, version, physical_progress_pct, funds_used_vnd, issues,
           attachments, is_correction, submitted_by, submitted_by_email, submitted_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT (project_id, period_key, version) DO NOTHING`,
        [
          facts.id,
          report.periodKey,
          report.version,
          report.physicalProgressPct,
          report.fundsUsedVnd,
          report.issues ?? null,
          JSON.stringify(report.attachments ?? []),
          report.correction === true,
          report.actor.userId,
          report.actor.email,
          event.occurredAt,
        ],
      );
      await tx.query(
        `UPDATE report_periods SET first_submitted_at = COALESCE(first_submitted_at, $3),
           latest_version = GREATEST(latest_version, $4)
         WHERE project_id = $1 AND period_key = $2`,
        [facts.id, report.periodKey, event.occurredAt, report.version],
      );
      // The report that was late has arrived: its escalation closes itself.
      await this.escalations.closeWhereCauseGone(
        facts.id,
        { kind: 'REPORT_SUBMITTED', periodKey: report.periodKey },
        event.occurredAt,
        tx,
      );
    });
  }
}
