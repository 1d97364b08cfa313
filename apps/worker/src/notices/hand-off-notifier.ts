import { DataSource } from 'typeorm';
import type { HandOffNoticeRequest, NoticeOutcome } from '@kc/domain';
import { NotificationLog, ProjectEntity, RecipientDirectory } from '@kc/persistence';
import type { HandOffContext, Mailer } from '@kc/notifications';
import { HandOffNoticeKind, handOffNoticeFor, handOffNoticeKey } from './hand-off-notice-kinds';
import { Person, addresseeOf, contactOf, localDay, localMoment, officeOf, provinceName, vnd } from './mail-addressing';
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
    const officers = await this.directory.emails({ roles: ['officer'], provinceCode: project.provinceCode });
    const { to, cc, addressee } = await this.audienceFor(notice, project, officers, event.actor.email);
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

  private async audienceFor(
    notice: HandOffNoticeKind,
    project: ProjectEntity,
    officers: Person[],
    actorEmail: string,
  ): Promise<{ to: Person[]; cc: Person[]; addressee: { vi: string; en: string } }> {
    if (notice.audience === 'UNIT') {
      const unit = { email: project.implementingUnitEmail, fullName: project.implementingUnitName };
      return { to: [unit], cc: [], addressee: { vi: unit.fullName, en: unit.fullName } };
    }
    // The Department: its officers and approvers, but not the person who just handed the project over.
    const department = await this.directory.emails({
      roles: ['officer', 'approver'],
      provinceCode: project.provinceCode,
    });
    const to = department.filter((p) => p.email.toLowerCase() !== actorEmail.toLowerCase());
    return { to, cc: [], addressee: addresseeOf(to.length ? to : officers, officeOf(project.provinceCode)) };
  }
}
