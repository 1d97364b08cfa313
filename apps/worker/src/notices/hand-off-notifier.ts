import { DataSource } from 'typeorm';
import {
  ADJUSTMENT_EVENT_ACTIONS,
  AdjustmentEventAction,
  AdjustmentRecord,
  HandOffNoticeRequest,
  HandOffRecipients,
  NoticeOutcome,
  adjustmentHandOffRecipients,
  deskOfficers,
  escalationOffice,
  handOffRecipients,
  localDayOf,
  positionLabel,
} from '@kc/domain';
import {
  AdjustmentQueries,
  NotificationLog,
  ProjectEntity,
  RecipientDirectory,
  localApproverOfRow,
} from '@kc/persistence';
import { adjustmentMailFacts } from './adjustment-mail-facts';
import type { HandOffContext, Mailer } from '@kc/notifications';
import { handOffNoticeFor, handOffNoticeKey } from './hand-off-notice-kinds';
import {
  Person,
  addresseeOf,
  contactOf,
  cucOn,
  localDay,
  localMoment,
  officeOf,
  provinceName,
  vnd,
} from './mail-addressing';
import { peopleAt } from './recipients';
import { sendOnce } from './send-once';

/** Mails the notice of a hand-off (submitted, approved, returned, …) once, to whom the project now waits on. */
export class HandOffNotifier {
  private readonly log: NotificationLog;
  private readonly directory: RecipientDirectory;
  private readonly adjustments: AdjustmentQueries;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
  ) {
    this.log = new NotificationLog(dataSource);
    this.directory = new RecipientDirectory(dataSource);
    this.adjustments = new AdjustmentQueries(dataSource);
  }

  async send({ projectId, event }: HandOffNoticeRequest): Promise<NoticeOutcome | null> {
    const notice = handOffNoticeFor(event);
    if (!notice) return null;
    const project = await this.dataSource.getRepository(ProjectEntity).findOneByOrFail({ id: projectId });
    const officers = await peopleAt(this.directory, deskOfficers(), project.provinceCode);
    // An adjustment's event names its request; its row is written before the mail is sent.
    const adjustment = isAdjustmentEvent(event.action)
      ? await this.adjustments.byId(String(event.details.adjustmentId))
      : null;
    if (isAdjustmentEvent(event.action) && !adjustment) return null;
    const { to, cc, addressee } = await this.audienceFor(event, project, officers, adjustment);
    const d = event.details;
    const onDay = localDayOf(event.occurredAt);
    const context: HandOffContext = {
      project: {
        code: project.code,
        title: project.title,
        provinceName: provinceName(project.provinceCode),
        url: `${this.publicUrl}/projects/${project.id}`,
        unitName: project.implementingUnitName,
      },
      national: project.scope === 'NATIONAL',
      department: officeOf(project.provinceCode),
      cuc: cucOn(onDay),
      actedBy: positionLabel(event.actor),
      addressee,
      occurredLocal: localMoment(event.occurredAt),
      reason: event.reason,
      contract: d.contractNo ? { no: String(d.contractNo), date: localDay(String(d.contractDate)) } : null,
      minutes: d.minutesNo ? { no: String(d.minutesNo), date: localDay(String(d.minutesDate)) } : null,
      approvedSupport: d.approvedSupportVnd !== undefined ? vnd(Number(d.approvedSupportVnd)) : null,
      decision: d.decisionNo ? { no: String(d.decisionNo), date: localDay(String(d.decisionDate)) } : null,
      onBehalfOfMinister: d.onBehalfOf === 'MINISTER',
      refund: refundOf(event, project),
      certifiedBy: d.certifierName ? String(d.certifierName) : null,
      contact: contactOf(officers, project.provinceCode),
      ...(adjustment ? { adjustment: adjustmentMailFacts(adjustment) } : {}),
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
    adjustment: AdjustmentRecord | null,
  ): Promise<{ to: Person[]; cc: Person[]; addressee: { vi: string; en: string } }> {
    const unit = { email: project.implementingUnitEmail, fullName: project.implementingUnitName };
    const recipients = this.recipientsOf(event, project, adjustment) ?? {
      unit: true,
      positions: [],
      office: 'UNIT' as const,
    };
    const actor = event.actor.email.toLowerCase();
    const notActor = (p: Person) => p.email.toLowerCase() !== actor;
    const others = (await peopleAt(this.directory, recipients.positions, project.provinceCode)).filter(notActor);
    const copied = (await peopleAt(this.directory, recipients.copy ?? [], project.provinceCode)).filter(notActor);
    if (recipients.unit) {
      return { to: [unit], cc: [...others, ...copied], addressee: { vi: unit.fullName, en: unit.fullName } };
    }
    const onDay = localDayOf(event.occurredAt);
    // A letter to the Cục or to the Minister names the body or the office, whoever reads the mailbox.
    if (recipients.office === 'CUC') {
      return { to: others, cc: copied, addressee: escalationOffice(2, 'NATIONAL', project.provinceCode, onDay) };
    }
    if (recipients.office === 'MINISTER') {
      return { to: others, cc: copied, addressee: escalationOffice(3, 'NATIONAL', project.provinceCode, onDay) };
    }
    if (recipients.office === 'UBND') {
      return { to: others, cc: copied, addressee: escalationOffice(2, 'LOCAL', project.provinceCode, onDay) };
    }
    const office = officeOf(project.provinceCode);
    return { to: others, cc: copied, addressee: addresseeOf(others.length ? others : officers, office) };
  }

  /** The lifecycle's hand-off table, or for an adjustment's event the decider grid of its kind. */
  private recipientsOf(
    event: HandOffNoticeRequest['event'],
    project: ProjectEntity,
    adjustment: AdjustmentRecord | null,
  ): HandOffRecipients | null {
    if (!adjustment) return handOffRecipients(event.action as never, project.scope);
    return adjustmentHandOffRecipients(
      event.action as AdjustmentEventAction,
      adjustment.kind,
      {
        scope: project.scope,
        provinceCode: project.provinceCode,
        implementingUnitEmail: project.implementingUnitEmail,
        localApprover: localApproverOfRow(project.localApprover),
      },
      localDayOf(adjustment.requestedAt),
    );
  }
}

function isAdjustmentEvent(action: string): action is AdjustmentEventAction {
  return (ADJUSTMENT_EVENT_ACTIONS as readonly string[]).includes(action);
}

/**
 * The refund a mail names: the amount recorded (record_refund), or the unused advance owed when a stop leads to
 * REFUND_PENDING (the advances not matched by accepted work; the projects row is written before the notice).
 */
function refundOf(event: HandOffNoticeRequest['event'], project: ProjectEntity): string | null {
  if (event.action === 'record_refund' && event.details.amountVnd !== undefined)
    return vnd(Number(event.details.amountVnd));
  if (event.toState !== 'REFUND_PENDING') return null;
  const unused = Math.max(0, Number(project.advancesVnd) - Number(project.acceptedAmountVnd ?? 0));
  return unused > 0 ? vnd(unused) : null;
}
