/**
 * The periodic-reports workflow's contract: its type, id, input and activity (shared by workflow, worker and tests).
 * One workflow per year; each province's report of a period is one activity and one mail.
 */

/** Who the schedule stores its reports as (periodic_reports.generated_by). */
export const PERIODIC_REPORT_SCHEDULE_AUTHOR = 'hệ thống (lịch báo cáo định kỳ)';

export const PERIODIC_REPORTS_WORKFLOW_TYPE = 'periodicReportsWorkflow';

export function periodicReportsWorkflowId(year: number): string {
  return `periodic-reports-${year}`;
}

export interface PeriodicReportsInput {
  year: number;
  /** A test policy: the year's periods `stepSeconds` apart from `startAt`. The periods reported stay the real ones. */
  compressed?: { startAt: string; stepSeconds: number };
  /** The provinces reported on; every province with a project or a plan in the system when absent. */
  provinceCodes?: string[];
}

export interface PeriodicReportRequest {
  period: string;
  provinceCode: string;
}

export interface PeriodicReportOutcome {
  period: string;
  /** Provinces whose report was stored. */
  stored: number;
  /** Mails sent now (a retry or a second run finds them sent and sends none). */
  mailed: number;
}

export interface PeriodicReportsActivities {
  /** The provinces reported on: those given, or every province with a project or a plan in the system. */
  reportingProvinces(request: { provinceCodes?: string[] }): Promise<string[]>;
  /**
   * One province's report of one period: assembled and stored once, then mailed once. One activity per mail, so
   * the delivery memory's heartbeat is the attempt's first and reaches the server at once.
   */
  sendPeriodicReport(request: PeriodicReportRequest): Promise<{ mailed: boolean }>;
}

export interface PeriodicReportsSummary {
  year: number;
  reports: PeriodicReportOutcome[];
}

/** The notification log's key of one province's report of one period: one mail, ever. */
export function periodicReportNoticeKey(period: string, provinceCode: string): string {
  return `periodic-report:${period}:${provinceCode}`;
}
