import { DataSource } from 'typeorm';
import { DeadlineNoticeRequest, NoticeOutcome, STATE_LABELS, endOfLocalDayUtc, findProvince } from '@kc/domain';
import { EscalationRepository, NotificationLog, ProjectEntity, RecipientDirectory } from '@kc/persistence';
import {
  Mailer,
  NoticeContext,
  PermanentMailError,
  RenderedMail,
  escalation,
  projectStalled,
  reportOverdue,
  reportReminder,
} from '@kc/notifications';

const LOCAL_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour12: false,
});

function dueLocal(dueDay: string, dueAt: string): { vi: string; en: string } {
  if (endOfLocalDayUtc(dueDay) === new Date(dueAt).toISOString()) {
    const [y, m, d] = dueDay.split('-');
    return { vi: `24:00 ngày ${d}/${m}/${y}`, en: `the end of ${d}/${m}/${y}` };
  }
  const text = LOCAL_TIME.format(new Date(dueAt));
  return { vi: text, en: text };
}

interface Audience {
  to: string[];
  cc: string[];
}

/**
 * Words, addresses and sends one deadline notice. The notification log row is written before sending,
 * so a retried activity never sends the same notice twice.
 */
export class DeadlineNotifier {
  private readonly log: NotificationLog;
  private readonly escalations: EscalationRepository;
  private readonly directory: RecipientDirectory;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
  ) {
    this.log = new NotificationLog(dataSource);
    this.escalations = new EscalationRepository(dataSource);
    this.directory = new RecipientDirectory(dataSource);
  }

  async send(request: DeadlineNoticeRequest): Promise<NoticeOutcome> {
    const project = await this.dataSource.getRepository(ProjectEntity).findOneByOrFail({ id: request.projectId });
    const { notice } = request;
    const escalationLevel = notice.kind === 'ESCALATION_1' ? 1 : notice.kind === 'ESCALATION_2' ? 2 : null;
    if (escalationLevel) {
      await this.escalations.open({
        idempotencyKey: request.idempotencyKey,
        projectId: project.id,
        provinceCode: project.provinceCode,
        reason: notice.source === 'REPORT' ? 'REPORT_OVERDUE' : 'STALLED',
        periodKey: request.period?.key ?? null,
        stalledState: request.stalledState,
        level: escalationLevel,
        dueAt: request.dueAt,
      });
    }
    await this.recordProgress(project.id, request);
    // The province's officers are both recipients (copies) and the contact named in the message.
    const officers = await this.directory.emails({ roles: ['officer'], provinceCode: project.provinceCode });
    const audience = await this.audienceFor(
      project,
      notice.kind,
      officers.map((o) => o.email),
    );
    const mail = this.render(project, request, this.contactFor(project, officers));
    const intended = {
      idempotencyKey: request.idempotencyKey,
      projectId: project.id,
      kind: notice.kind,
      periodKey: request.period?.key ?? null,
      stalledState: request.stalledState,
      repetition: notice.repetition,
      recipients: [...audience.to, ...audience.cc],
      subject: mail.subject,
    };
    if (audience.to.length === 0) {
      await this.log.claim(intended, 'NO_RECIPIENT');
      return { status: 'NO_RECIPIENT', recipients: [] };
    }
    const status = await this.log.claim(intended);
    if (status === 'SENT') return { status: 'ALREADY_SENT', recipients: intended.recipients };
    if (status === 'FAILED_PERMANENT' || status === 'NO_RECIPIENT') return { status, recipients: intended.recipients };
    try {
      await this.mailer.send({
        to: audience.to,
        cc: audience.cc,
        ...mail,
        messageId: `<${encodeURIComponent(request.idempotencyKey)}@khuyencong-flow>`,
        headers: { 'X-KhuyenCong-Notice': request.idempotencyKey },
      });
    } catch (err) {
      const permanent = err instanceof PermanentMailError;
      await this.log.markFailed(request.idempotencyKey, (err as Error).message, permanent);
      if (permanent) return { status: 'FAILED_PERMANENT', recipients: intended.recipients };
      throw err;
    }
    await this.log.markSent(request.idempotencyKey);
    return { status: 'SENT', recipients: intended.recipients };
  }

  /** How far a late report or a stall has gone, for the queues (idempotent: levels only grow). */
  private async recordProgress(projectId: string, request: DeadlineNoticeRequest): Promise<void> {
    const { notice } = request;
    const level = notice.kind === 'ESCALATION_1' ? 1 : notice.kind === 'ESCALATION_2' ? 2 : 0;
    if (notice.source === 'REPORT') {
      await this.dataSource.query(
        `UPDATE report_periods SET overdue_notices = GREATEST(overdue_notices, $3), escalation_level = GREATEST(escalation_level, $4)
         WHERE project_id = $1 AND period_key = $2`,
        [projectId, notice.periodKey, notice.kind === 'OVERDUE' ? notice.repetition : 0, level],
      );
    } else if (level > 0) {
      await this.dataSource.query(
        `UPDATE projects SET stall_escalation_level = GREATEST(stall_escalation_level, $2) WHERE id = $1 AND stall_state = $3`,
        [projectId, level, notice.state],
      );
    }
  }

  private async audienceFor(project: ProjectEntity, kind: string, officers: string[]): Promise<Audience> {
    const province = project.provinceCode;
    const emails = async (roles: string[], provinceCode: string | null) =>
      (await this.directory.emails({ roles, provinceCode })).map((u) => u.email);
    const unit = [project.implementingUnitEmail];
    switch (kind) {
      case 'REMINDER':
        return { to: unit, cc: [] };
      case 'OVERDUE':
        return { to: unit, cc: officers };
      case 'STALLED':
        return { to: officers.length ? officers : unit, cc: officers.length ? unit : [] };
      case 'ESCALATION_1':
        return { to: await emails(['supervisor', 'approver'], province), cc: officers };
      default: {
        // Level 2: the national level for national projects, the province's leadership for local ones.
        const to =
          project.scope === 'NATIONAL'
            ? await emails(['supervisor', 'approver'], null)
            : await emails(['approver'], province);
        return { to, cc: officers };
      }
    }
  }

  private contactFor(
    project: ProjectEntity,
    officers: Array<{ email: string; fullName: string }>,
  ): { name: string; email: string } {
    const officer = officers[0];
    return officer
      ? { name: officer.fullName, email: officer.email }
      : {
          name: `Sở Công Thương ${findProvince(project.provinceCode)?.name ?? project.provinceCode}`,
          email: project.implementingUnitEmail,
        };
  }

  private render(
    project: ProjectEntity,
    request: DeadlineNoticeRequest,
    contact: { name: string; email: string },
  ): RenderedMail {
    const state = request.stalledState;
    const context: NoticeContext = {
      project: {
        code: project.code,
        title: project.title,
        provinceName: findProvince(project.provinceCode)?.name ?? project.provinceCode,
        url: `${this.publicUrl}/api/projects/${project.id}`,
        unitName: project.implementingUnitName,
      },
      period: request.period ?? undefined,
      stalledState: state ? { code: state, ...STATE_LABELS[state] } : undefined,
      dueLocal: dueLocal(request.dueDay, request.dueAt),
      overdue: request.lateness,
      contact,
      repetition: request.notice.repetition,
    };
    switch (request.notice.kind) {
      case 'REMINDER':
        return reportReminder(context);
      case 'OVERDUE':
        return reportOverdue(context);
      case 'STALLED':
        return projectStalled(context);
      case 'ESCALATION_1':
        return escalation(context, 1);
      default:
        return escalation(context, 2);
    }
  }
}
