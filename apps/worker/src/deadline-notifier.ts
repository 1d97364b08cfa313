import { DataSource } from 'typeorm';
import { DeadlineNoticeRequest, EscalationCause, NoticeOutcome, STATE_LABELS } from '@kc/domain';
import { EscalationRepository, NotificationLog, ProjectEntity, RecipientDirectory } from '@kc/persistence';
import {
  Mailer,
  NoticeContext,
  RenderedMail,
  escalation,
  projectStalled,
  reportOverdue,
  reportReminder,
} from '@kc/notifications';
import { Person, addresseeOf, contactOf, dueText, officeOf, provinceName } from './notices/mail-addressing';
import { sendOnce } from './notices/send-once';

interface Audience {
  to: Person[];
  cc: Person[];
  /** After "Kính gửi:". */
  addressee: { vi: string; en: string };
}

const HOUR_MS = 3_600_000;

/**
 * Words, addresses and sends one deadline notice. The notification log row is written before sending,
 * so a retried activity never sends the same notice twice. An escalation notice also opens its cause's
 * escalation or raises its level in place.
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
    // The province's officers are both recipients (copies) and the contact named in the message.
    const officers = await this.directory.emails({ roles: ['officer'], provinceCode: project.provinceCode });
    const audience = await this.audienceFor(project, notice.kind, officers);
    const escalationLevel = notice.kind === 'ESCALATION_1' ? 1 : notice.kind === 'ESCALATION_2' ? 2 : null;
    if (escalationLevel) {
      await this.escalations.raise({
        projectId: project.id,
        provinceCode: project.provinceCode,
        cause: await this.causeOf(request),
        level: escalationLevel,
        dueAt: request.dueAt,
        noticeKey: request.idempotencyKey,
        notified: audience.to.map((p) => p.email),
      });
    }
    await this.recordProgress(project.id, request);
    const mail = this.render(project, request, audience.addressee, contactOf(officers, project.provinceCode));
    const to = audience.to.map((p) => p.email);
    const cc = audience.cc.map((p) => p.email).filter((email) => !to.includes(email));
    return sendOnce(
      this.log,
      this.mailer,
      {
        idempotencyKey: request.idempotencyKey,
        projectId: project.id,
        kind: notice.kind,
        periodKey: request.period?.key ?? null,
        stalledState: request.stalledState,
        repetition: notice.repetition,
        recipients: [...to, ...cc],
        subject: mail.subject,
      },
      { to, cc },
      mail,
    );
  }

  private async causeOf(request: DeadlineNoticeRequest): Promise<EscalationCause> {
    const { notice } = request;
    if (notice.source === 'REPORT') return { reason: 'REPORT_OVERDUE', periodKey: notice.periodKey };
    return {
      reason: 'STALLED',
      state: notice.state,
      enteredSeq: await this.escalations.enteredSeq(request.projectId, notice.state),
    };
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

  private async audienceFor(project: ProjectEntity, kind: string, officers: Person[]): Promise<Audience> {
    const province = project.provinceCode;
    const people = (roles: string[], provinceCode: string | null) => this.directory.emails({ roles, provinceCode });
    const unit: Person = { email: project.implementingUnitEmail, fullName: project.implementingUnitName };
    const toUnit = { vi: project.implementingUnitName, en: project.implementingUnitName };
    const toPeople = (to: Person[], office: { vi: string; en: string }) => ({ addressee: addresseeOf(to, office) });
    switch (kind) {
      case 'REMINDER':
        return { to: [unit], cc: [], addressee: toUnit };
      case 'OVERDUE':
        return { to: [unit], cc: officers, addressee: toUnit };
      case 'STALLED':
        return officers.length
          ? { to: officers, cc: [unit], ...toPeople(officers, officeOf(province)) }
          : { to: [unit], cc: [], addressee: toUnit };
      case 'ESCALATION_1': {
        const to = await people(['supervisor', 'approver'], province);
        return { to, cc: officers, ...toPeople(to, officeOf(province)) };
      }
      default: {
        // Level 2: the national level for national projects, the province's leadership for local ones.
        const national = project.scope === 'NATIONAL';
        const to = national ? await people(['supervisor', 'approver'], null) : await people(['approver'], province);
        return { to, cc: officers, ...toPeople(to, officeOf(national ? null : province)) };
      }
    }
  }

  private render(
    project: ProjectEntity,
    request: DeadlineNoticeRequest,
    addressee: { vi: string; en: string },
    contact: NoticeContext['contact'],
  ): RenderedMail {
    const state = request.stalledState;
    // Hours past the due moment when the notice was due to go (not when a retry sends it).
    const hours = Math.max(0, Math.floor((request.notice.at - Date.parse(request.dueAt)) / HOUR_MS));
    const context: NoticeContext = {
      project: {
        code: project.code,
        title: project.title,
        provinceName: provinceName(project.provinceCode),
        url: `${this.publicUrl}/projects/${project.id}`,
        unitName: project.implementingUnitName,
      },
      addressee,
      period: request.period ?? undefined,
      stalledState: state ? { code: state, ...STATE_LABELS[state] } : undefined,
      dueLocal: dueText(request.dueDay, request.dueAt),
      overdue: { ...request.lateness, hours },
      contact,
      repetition: request.notice.repetition,
      escalationsUrl: `${this.publicUrl}/queues/escalations`,
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
