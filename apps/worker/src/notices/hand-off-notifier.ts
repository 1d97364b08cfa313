import { DataSource } from 'typeorm';
import { HandOffNoticeRequest, NoticeOutcome, deskOfficers, escalationOffice, handOffRecipients, localDayOf } from '@kc/domain';
import { NotificationLog, ProjectEntity, RecipientDirectory } from '@kc/persistence';
import type { HandOffContext, Mailer } from '@kc/notifications';
import { handOffNoticeFor, handOffNoticeKey } from './hand-off-notice-kinds';
import { Person, addresseeOf, contactOf, localDay, localMoment, officeOf, provinceName, vnd } from './mail-addressing';
import { peopleAt } from './recipients';
import { sendOnce } from './send-once';

/** Mails the notice of a hand-off (submitted, approved, returned, …) once, to whom the project now waits on. */
export class HandOffNotifier {
  private readonly log: NotificationLog;
  private readonly directory: RecipientDirectory;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
  ) {
    this.log = new NotificationLog(dataSource);
    this.directory = new RecipientDirectory(dataSource);
  }

  async send({ projectId, event }: HandOffNoticeRequest): Promise<NoticeOutcome | null> {
    const notice = handOffNoticeFor(event);
    if (!notice) return null;
    const project = await this.dataSource.getRepository(ProjectEntity).findOneByOrFail({ id: projectId });
    const officers = await peopleAt(this.directory, deskOfficers(), project.provinceCode);
    const { to, cc, addressee } = await this.audienceFor(event, project, officers);
    const d = event.details;
    const context: HandOffContext = {
      project: {
        code: project.code,
        title: project.title,
        provinceName: provinceName(project.provinceCode),
        url: `${this.publicUrl}/projects/${project.id}`,
        unitName: project.implementingUnitName,
      },
      addressee,
      occurredLocal: localMoment(event.occurredAt),
      reason: event.reason,
      contract: d.contractNo ? { no: String(d.contractNo), date: localDay(String(d.contractDate)) } : null,
      minutes: d.minutesNo ? { no: String(d.minutesNo), date: localDay(String(d.minutesDate)) } : null,
      approvedSupport: d.approvedSupportVnd !== undefined ? vnd(Number(d.approvedSupportVnd)) : null,
      contact: contactOf(officers, project.provinceCode),
    };
    const mail = notice.template(context);
    const toEmails = to.map((p) => p.email);
    const ccEmails = cc.map((p) => p.email).filter((email) => !toEmails.includes(email));
    return sendOnce(
      this.log,
      this.mailer,
      {
        idempotencyKey: handOffNoticeKey(project.code, event.seq, notice.kind),
        projectId: project.id,
        kind: notice.kind,
        periodKey: null,
        stalledState: null,
        repetition: 1,
        recipients: [...toEmails, ...ccEmails],
        subject: mail.subject,
      },
      { to: toEmails, cc: ccEmails },
      mail,
    );
  }

  /**
   * Whom the project now waits on, or who must know the outcome: the domain's handOffRecipients table (the Department,
   * the Cục, the Minister, the unit), never the person who acted.
   */
  private async audienceFor(
    event: HandOffNoticeRequest['event'],
    project: ProjectEntity,
    officers: Person[],
  ): Promise<{ to: Person[]; cc: Person[]; addressee: { vi: string; en: string } }> {
    const unit = { email: project.implementingUnitEmail, fullName: project.implementingUnitName };
    const recipients = handOffRecipients(event.action as never, project.scope) ?? {
      unit: true,
      positions: [],
      office: 'UNIT' as const,
    };
    const actor = event.actor.email.toLowerCase();
    const others = (await peopleAt(this.directory, recipients.positions, project.provinceCode)).filter(
      (p) => p.email.toLowerCase() !== actor,
    );
    if (recipients.unit) {
      return { to: [unit], cc: others, addressee: { vi: unit.fullName, en: unit.fullName } };
    }
    const onDay = localDayOf(event.occurredAt);
    const office =
      recipients.office === 'CUC'
        ? escalationOffice(2, 'NATIONAL', project.provinceCode, onDay)
        : recipients.office === 'MINISTER'
          ? escalationOffice(3, 'NATIONAL', project.provinceCode, onDay)
          : officeOf(project.provinceCode);
    return { to: others, cc: [], addressee: addresseeOf(others.length ? others : officers, office) };
  }
}
