import { DataSource } from 'typeorm';
import { DeadlineActivities } from '@kc/domain';
import { nonWorkingDaysOfYears } from '@kc/calendar';
import { CalendarOverrides, ProjectEventWriter, ReportWriter } from '@kc/persistence';
import type { DeadlineNotifier } from './deadline-notifier';

/** Thin adapters for the workflow's deadline activities; each is idempotent. */
export function createDeadlineActivities(dataSource: DataSource, notifier: DeadlineNotifier): DeadlineActivities {
  const reports = new ReportWriter(dataSource);
  const overrides = new CalendarOverrides(dataSource);
  const events = new ProjectEventWriter(dataSource);
  return {
    async loadNonWorkingDays(years) {
      return nonWorkingDaysOfYears(years, await overrides.forYears(years));
    },
    recordReportPeriods: (projectId, periods) => reports.recordPeriods(projectId, periods),
    recordReport: (facts, status, event, report) => reports.recordReport(facts, status, event, report),
    sendDeadlineNotice: (request) => notifier.send(request),
    recordStallClock: (projectId, stall) => events.recordStallClock(projectId, stall),
  };
}
