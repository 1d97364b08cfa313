/**
 * The Department's periodic reports sent on time by themselves (issue 17, TT 36/2013 Art. 21.5): for each period of
 * the year (quý I, 6 tháng, quý III, năm) the workflow sleeps until the morning after it closes, then has each
 * province's report assembled, stored and mailed to the Cục and the UBND tỉnh, one activity each. The notification log
 * keys each mail by period and province, so a worker killed mid-way, a retried activity or a second run of the same
 * year mails nothing twice.
 *
 * Why timers and not a Temporal Schedule: like the plan calendar, the run of a year is one workflow the worker
 * starts once, whose history shows which periods went out and what each sent.
 */
import { proxyActivities, sleep } from '@temporalio/workflow';
import {
  periodicReportSendAt,
  scheduledPeriods,
  type PeriodicReportOutcome,
  type PeriodicReportsActivities,
  type PeriodicReportsInput,
  type PeriodicReportsSummary,
} from '@kc/domain';

const { reportingProvinces } = proxyActivities<PeriodicReportsActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

// A DOCX, a PDF and a mail: seconds. A worker killed mid-way leaves the attempt to time out and the next to carry on
// from the stored files and the notification log.
const { sendPeriodicReport } = proxyActivities<PeriodicReportsActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

export async function periodicReportsWorkflow(input: PeriodicReportsInput): Promise<PeriodicReportsSummary> {
  const startedAt = Date.now();
  const reports: PeriodicReportOutcome[] = [];
  const periods = scheduledPeriods(input.year);
  for (const [index, period] of periods.entries()) {
    const sendAt = input.compressed
      ? Date.parse(input.compressed.startAt) + (index + 1) * input.compressed.stepSeconds * 1000
      : Date.parse(periodicReportSendAt(period));
    // A year started after a period's moment (the worker started mid-year) leaves that period to the on-demand
    // report: a late automatic mail for a quarter long closed would surprise its readers.
    if (sendAt < startedAt) continue;
    const wait = sendAt - Date.now();
    if (wait > 0) await sleep(wait);
    const provinces = await reportingProvinces(input.provinceCodes ? { provinceCodes: input.provinceCodes } : {});
    let mailed = 0;
    for (const provinceCode of provinces) {
      if ((await sendPeriodicReport({ period, provinceCode })).mailed) mailed += 1;
    }
    reports.push({ period, stored: provinces.length, mailed });
  }
  return { year: input.year, reports };
}
