import { Injectable } from '@nestjs/common';
import {
  Actor,
  DeadlinePolicy,
  deadlinesQuery,
  extendDeadlineUpdate,
  localDayOf,
  may,
  setDeadlinePolicyUpdate,
  submitReportUpdate,
  validateDeadlinePolicy,
} from '@kc/domain';
import { EscalationRepository, NotificationLog, ReportQueries } from '@kc/persistence';
import { ApiError } from '../common/api-error';
import { toVietnamTime } from '../common/local-time';
import { ProjectsService } from '../projects/projects.service';
import { ProjectWorkflowGateway } from '../projects/project-workflow.gateway';
import { SubmitReportDto } from './submit-report.dto';
import { ExtendDeadlineDto } from './extend-deadline.dto';
import type { ReportPeriodResponse, ReportReceiptResponse, ReportStatus } from './report.responses';

/** Reports, deadline extensions and the per-project deadline policy: everything goes through the workflow. */
@Injectable()
export class DeadlinesService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly workflows: ProjectWorkflowGateway,
    private readonly reports: ReportQueries,
    private readonly notifications: NotificationLog,
    private readonly escalations: EscalationRepository,
  ) {}

  /**
   * `idempotencyKey` (checked by the IdempotencyInterceptor) becomes the Temporal update id, as for actions: a retry
   * that gets past the stored outcomes (the first answer was a 5xx after the workflow had taken the report) is
   * answered with the first receipt instead of a refusal ("a report exists") or a second version.
   */
  async submitReport(
    actor: Actor,
    idOrCode: string,
    body: SubmitReportDto,
    idempotencyKey?: string,
  ): Promise<ReportReceiptResponse> {
    const project = await this.projects.findVisible(actor, idOrCode);
    const updateId = idempotencyKey ? `report:${actor.userId}:${idempotencyKey}` : undefined;
    const receipt = await this.workflows.update(
      project.workflowId,
      submitReportUpdate,
      {
        periodKey: body.period,
        physicalProgressPct: body.physicalProgressPct,
        fundsUsedVnd: body.fundsUsedVnd,
        issues: body.issues?.normalize('NFC'),
        attachments: body.attachments,
        correction: body.correction,
        actor,
      },
      updateId,
    );
    return { ...receipt, submittedAtLocal: toVietnamTime(receipt.submittedAt) };
  }

  async listReports(actor: Actor, idOrCode: string): Promise<ReportPeriodResponse[]> {
    const project = await this.projects.findVisible(actor, idOrCode);
    const now = Date.now();
    const rows = await this.reports.periodsOf(project.id);
    return rows.map((r) => {
      const due = r.extendedDueAt ?? r.dueAt;
      const status: ReportStatus = r.firstSubmittedAt
        ? r.firstSubmittedAt.getTime() <= due.getTime()
          ? 'ON_TIME'
          : 'LATE'
        : now > due.getTime()
          ? 'MISSING'
          : 'OPEN';
      return {
        period: r.periodKey,
        label: { vi: r.labelVi, en: r.labelEn },
        // The day the (possibly extended) deadline ends, as dueAt.
        dueDay: r.extendedDueAt ? localDayOf(new Date(r.extendedDueAt.getTime() - 1).toISOString()) : r.dueDay,
        dueAt: due.toISOString(),
        dueAtLocal: toVietnamTime(due),
        extended: r.extendedDueAt !== null,
        submittedAt: r.firstSubmittedAt?.toISOString() ?? null,
        submittedAtLocal: r.firstSubmittedAt ? toVietnamTime(r.firstSubmittedAt) : null,
        status,
        versions: r.versions.map((v) => ({ ...v, fundsUsedVnd: Number(v.fundsUsedVnd) })),
      };
    });
  }

  async extend(actor: Actor, idOrCode: string, body: ExtendDeadlineDto) {
    const project = await this.projects.findVisible(actor, idOrCode);
    await this.workflows.update(project.workflowId, extendDeadlineUpdate, { ...body, actor });
    return this.deadlines(actor, project.id);
  }

  async setPolicy(actor: Actor, idOrCode: string, policy: DeadlinePolicy) {
    const allowed = may(actor, 'admin.manage');
    if (!allowed.ok) throw ApiError.forbidden(allowed.message);
    const problems = validateDeadlinePolicy(policy);
    if (problems.length) throw ApiError.badRequest(`Chính sách không hợp lệ / invalid policy: ${problems.join('; ')}`);
    const project = await this.projects.findVisible(actor, idOrCode);
    await this.workflows.update(project.workflowId, setDeadlinePolicyUpdate, { policy, actor });
    return this.deadlines(actor, project.id);
  }

  /** The live deadline state from the workflow, with what was sent and what was escalated. */
  async deadlines(actor: Actor, idOrCode: string) {
    const project = await this.projects.findVisible(actor, idOrCode);
    const [state, notifications, escalations] = await Promise.all([
      this.workflows.query(project.workflowId, deadlinesQuery).catch(() => null),
      this.notifications.forProject(project.id),
      this.escalations.forProject(project.id),
    ]);
    return {
      policy: state?.policy ?? null,
      periods: state?.reporting.periods ?? [],
      stall: state?.stall ?? null,
      notifications,
      escalations,
    };
  }
}
