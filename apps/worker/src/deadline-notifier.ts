import { DataSource } from 'typeorm';
import {
  DeadlineNoticeRequest,
  EscalationCause,
  EscalationLevel,
  NoticeOutcome,
  STATE_LABELS,
  deskOfficers,
  escalationOffice,
  escalationRecipients,
  localDayOf,
} from '@kc/domain';
import {
  EscalationRepository,
  NotificationLog,
  ProjectEntity,
  RecipientDirectory,
  ReportWriter,
} from '@kc/persistence';
import {
  Mailer,
  NoticeContext,
  RenderedMail,
  escalation,
  projectStalled,
  reportOverdue,
  reportReminder,
} from '@kc/notifications';
import { Person, addresseeOf, contactOf, dueText, localDay, officeOf, provinceName } from './notices/mail-addressing';
import { peopleAt } from './notices/recipients';
import { sendOnce } from './notices/send-once';
import { CachedRecipientDirectory } from './notices/cached-directory';

interface Audience {
  to: Person[];
  cc: Person[];
  /** After "Kính gửi:". */
  addressee: { vi: string; en: string };
}

const HOUR_MS = 3_600_000;

/** The escalation level a notice raises, or null for reminders, overdue and stall notices. */
function escalationLevelOf(kind: string): EscalationLevel | null {
  return kind === 'ESCALATION_1' ? 1 : kind === 'ESCALATION_2' ? 2 : kind === 'ESCALATION_3' ? 3 : null;
}

/**
 * Words, addresses and sends one deadline notice. The notification log row is written before sending,
 * so a retried activity never sends the same notice twice. An escalation notice also opens its cause's
 * escalation or raises its level in place.
 */
export class DeadlineNotifier {
  private readonly log: NotificationLog;
  private readonly escalations: EscalationRepository;
  private readonly reports: ReportWriter;
  private readonly directory: CachedRecipientDirectory;

  /**
   * `referenceTtlSeconds`: how long the officers read for one notice serve the next ones (a fan-out of thousands of
   * notices in one province then reads them once every few seconds, not once a notice).
   */
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
    referenceTtlSeconds: number,
  ) {
    this.log = new NotificationLog(dataSource);
    this.escalations = new EscalationRepository(dataSource);
    this.reports = new ReportWriter(dataSource);
    this.directory = new CachedRecipientDirectory(new RecipientDirectory(dataSource), referenceTtlSeconds * 1000);
  }

  async send(request: DeadlineNoticeRequest): Promise<NoticeOutcome> {
    // Periods that opened with this notice (one activity for both); idempotent, so a retry writes them again harmlessly.
    if (request.openedPeriods?.length) await this.reports.recordPeriods(request.projectId, request.openedPeriods);
    const project = await this.dataSource.getRepository(ProjectEntity).findOneByOrFail({ id: request.projectId });
    const { notice } = request;
    // The province's officers are both recipients (copies) and the contact named in the message.
    const officers = await peopleAt(this.directory, deskOfficers(), project.provinceCode);
    const audience = await this.audienceFor(project, request, officers);
    const escalationLevel = escalationLevelOf(notice.kind);
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
    const level = escalationLevelOf(notice.kind) ?? 0;
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

  private async audienceFor(
    project: ProjectEntity,
    request: DeadlineNoticeRequest,
    officers: Person[],
  ): Promise<Audience> {
    const province = project.provinceCode;
    const unit: Person = { email: project.implementingUnitEmail, fullName: project.implementingUnitName };
    const toUnit = { vi: project.implementingUnitName, en: project.implementingUnitName };
    const kind = request.notice.kind;
    const level = escalationLevelOf(kind);
    if (level) {
      // Up the legal chain (DOMAIN.md §10): the domain says who, level by level; the salutation names that body
      // (the Cục by its name on the day the notice fell due).
      const to = await peopleAt(this.directory, escalationRecipients(level, project.scope), province);
      const onDay = localDayOf(new Date(request.notice.at).toISOString());
      return { to, cc: officers, addressee: escalationOffice(level, project.scope, province, onDay) };
    }
    switch (kind) {
      case 'REMINDER':
        return { to: [unit], cc: [], addressee: toUnit };
      case 'OVERDUE':
        return { to: [unit], cc: officers, addressee: toUnit };
      default:
        // STALLED: the province's desk officers, the unit in copy.
        return officers.length
          ? { to: officers, cc: [unit], addressee: addresseeOf(officers, officeOf(province)) }
          : { to: [unit], cc: [], addressee: toUnit };
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
      scope: project.scope,
      addressee,
      period: request.period ?? undefined,
      stalledState: state ? { code: state, ...STATE_LABELS[state] } : undefined,
      dueLocal: dueText(request.dueDay, request.dueAt),
      overdue: { ...request.lateness, hours },
      contact,
      repetition: request.notice.repetition,
      escalationsUrl: `${this.publicUrl}/queues/escalations`,
      yearEnd:
        request.notice.source === 'STALL' && request.notice.yearEnd !== undefined
          ? { planYear: request.notice.yearEnd, plannedEndLocal: localDay(String(project.plannedEnd).slice(0, 10)) }
          : undefined,
    };
    switch (request.notice.kind) {
      case 'REMINDER':
        return reportReminder(context);
      case 'OVERDUE':
        return reportOverdue(context);
      case 'STALLED':
        return projectStalled(context);
      default:
        return escalation(context, escalationLevelOf(request.notice.kind) ?? 1);
    }
  }
}
