import { DataSource } from 'typeorm';
import {
  PERIODIC_REPORT_SCHEDULE_AUTHOR,
  PeriodicReportsActivities,
  periodicReportNoticeKey,
  periodicReportSendAt,
  periodicReportRecipients,
  provinceTitle,
  scheduledPeriod,
} from '@kc/domain';
import { renderPeriodicReport } from '@kc/documents';
import { NotificationLog, PeriodicReportFile, PeriodicReports, RecipientDirectory } from '@kc/persistence';
import { Mailer, periodicReportMail } from '@kc/notifications';
import { cucOn } from './notices/mail-addressing';
import { peopleAt } from './notices/recipients';
import { sendOnce } from './notices/send-once';

/** The formats a periodic report is mailed in: DOCX to edit, PDF to sign and archive. */
export const MAILED_FORMATS = ['docx', 'pdf'] as const;
export type MailedFormat = (typeof MAILED_FORMATS)[number];

/** Renders one province's report of one period (the documents library, reading PostgreSQL). */
export type PeriodicReportRenderer = (
  provinceCode: string,
  period: string,
  format: MailedFormat,
) => Promise<Omit<PeriodicReportFile, 'provinceCode' | 'period' | 'format'>>;

/**
 * The documents library's report, dated the morning its period closed or later: a test's compressed year reports on
 * a future period as if that morning had come; a real run reports on a period that has closed.
 */
export function documentsRenderer(dataSource: DataSource): PeriodicReportRenderer {
  return (provinceCode, period, format) =>
    renderPeriodicReport(
      dataSource,
      { provinceCode, period },
      format,
      new Date(Math.max(Date.now(), Date.parse(periodicReportSendAt(period)))),
    );
}

/**
 * When a period closes: each province's report is assembled once and stored (version 1), then mailed once with
 * the stored files to the Cục and the UBND tỉnh, its Department's leaders copied. A retry after a crash finds the
 * files stored and the mail claimed in the notification log, and sends nothing twice.
 */
export function createPeriodicReportActivities(
  dataSource: DataSource,
  mailer: Mailer,
  publicUrl: string,
  render: PeriodicReportRenderer = documentsRenderer(dataSource),
): PeriodicReportsActivities {
  const archive = new PeriodicReports(dataSource);
  const log = new NotificationLog(dataSource);
  const directory = new RecipientDirectory(dataSource);

  const reportOf = async (provinceCode: string, period: string) => {
    const files = [];
    for (const format of MAILED_FORMATS) {
      const stored = (await archive.hasFirst(provinceCode, period, [format]))
        ? await archive.get(provinceCode, period, format, 1)
        : await archive.keepFirst(
            { provinceCode, period, format, ...(await render(provinceCode, period, format)) },
            PERIODIC_REPORT_SCHEDULE_AUTHOR,
          );
      files.push(stored!);
    }
    return files;
  };

  return {
    async reportingProvinces({ provinceCodes }) {
      return provinceCodes ?? archive.reportingProvinces();
    },

    async sendPeriodicReport({ period, provinceCode }) {
      const reported = scheduledPeriod(period);
      const cuc = cucOn(reported.lastDay);
      const recipients = periodicReportRecipients();
      const files = await reportOf(provinceCode, period);
      const to = await peopleAt(directory, recipients.to, provinceCode);
      const toEmails = to.map((p) => p.email);
      const cc = (await peopleAt(directory, recipients.cc, provinceCode))
        .map((p) => p.email)
        .filter((email) => !toEmails.includes(email));
      const title = provinceTitle(provinceCode);
      const rendered = periodicReportMail({
        addressees: {
          vi: [cuc.vi, `Ủy ban nhân dân ${title}`],
          en: [cuc.en, `the People's Committee of ${title}`],
        },
        sender: { vi: `Sở Công Thương ${title}`, en: `The Department of Industry and Trade, ${title}` },
        period: { vi: reported.labelVi, en: reported.labelEn },
        fileNames: files.map((f) => f.fileName),
        link: `${publicUrl}/periodic-reports`,
      });
      const outcome = await sendOnce(
        log,
        mailer,
        {
          idempotencyKey: periodicReportNoticeKey(period, provinceCode),
          projectId: null,
          kind: 'PERIODIC_REPORT',
          periodKey: period,
          stalledState: null,
          repetition: 1,
          recipients: [...toEmails, ...cc],
          subject: rendered.subject,
        },
        { to: toEmails, cc },
        {
          ...rendered,
          attachments: files.map((f) => ({ filename: f.fileName, content: f.bytes, contentType: f.contentType })),
        },
      );
      return { mailed: outcome.status === 'SENT' };
    },
  };
}
