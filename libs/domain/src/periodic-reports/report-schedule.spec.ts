import { periodicReportSendAt, scheduledPeriod, scheduledPeriods } from './report-schedule';
import { periodicReportNoticeKey, periodicReportsWorkflowId } from './periodic-reports-contracts';

describe('the periodic reports of a year', () => {
  it('are the first quarter, six months, the third quarter and the year, in that order', () => {
    expect(scheduledPeriods(2026)).toEqual(['2026-Q1', '2026-H1', '2026-Q3', '2026']);
  });

  it('close on the last day of their period', () => {
    expect(scheduledPeriods(2026).map((key) => scheduledPeriod(key).lastDay)).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
  });

  it('go out at 08:00 in Vietnam the morning after, in UTC', () => {
    expect(periodicReportSendAt('2026-Q1')).toBe('2026-04-01T01:00:00.000Z');
    expect(periodicReportSendAt('2026-H1')).toBe('2026-07-01T01:00:00.000Z');
    expect(periodicReportSendAt('2026')).toBe('2027-01-01T01:00:00.000Z');
    expect(periodicReportSendAt('2028-Q1')).toBe('2028-04-01T01:00:00.000Z');
    expect(() => periodicReportSendAt('2026-Q5')).toThrow('not a report period');
  });

  it('have one workflow a year and one mail per province and period', () => {
    expect(periodicReportsWorkflowId(2027)).toBe('periodic-reports-2027');
    expect(periodicReportNoticeKey('2026-Q3', 'PT')).toBe('periodic-report:2026-Q3:PT');
  });
});
