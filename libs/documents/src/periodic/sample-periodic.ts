import { parseReportPeriod } from '@kc/domain';
import type { PeriodicReportRows } from '@kc/persistence';
import type { PeriodicReportData } from './periodic-report.form';
import type { RegistrationSummaryData } from './registration-summary.form';

/**
 * Synthetic figures of Bắc Ninh for the third quarter of 2026 (in the style of ../shared/DOMAIN.md §13.4): the
 * assembly's spec reads them, and scripts/document-samples.ts draws the pictures in docs/documents/ from them.
 */
export const SAMPLE_PERIODIC_ROWS: PeriodicReportRows = {
  states: [
    { scope: 'NATIONAL', state: 'IN_PROGRESS', count: 2 },
    { scope: 'LOCAL', state: 'IN_PROGRESS', count: 3 },
    { scope: 'LOCAL', state: 'DRAFT', count: 1 },
    { scope: 'LOCAL', state: 'SETTLED', count: 4 },
  ],
  money: [
    {
      scope: 'NATIONAL',
      projects: 2,
      requestedVnd: '900000000',
      approvedVnd: '800000000',
      advancedVnd: '400000000',
      paidVnd: '0',
    },
    {
      scope: 'LOCAL',
      projects: 7,
      requestedVnd: '2100000000',
      approvedVnd: '1234567890',
      advancedVnd: '500000000',
      paidVnd: '234567890',
    },
  ],
  localPlanAssignedVnd: '3000000000',
  lateReports: [
    {
      code: 'KCĐP-2026-BN-0001',
      scope: 'LOCAL',
      unitName: 'Trung tâm Khuyến công Bắc Ninh',
      periodLabel: 'Tháng 7/2026',
      dueDay: '2026-07-25',
      submittedDay: '2026-07-29',
      daysLate: 4,
    },
    {
      code: 'KCQG-2026-BN-0002',
      scope: 'NATIONAL',
      unitName: 'Công ty TNHH Gốm Phù Lãng',
      periodLabel: 'Tháng 8/2026',
      dueDay: '2026-08-25',
      submittedDay: null,
      daysLate: 37,
    },
  ],
  escalations: [
    {
      code: 'KCĐP-2026-BN-0001',
      scope: 'LOCAL',
      reason: 'REPORT_OVERDUE',
      periodLabel: 'Tháng 7/2026',
      stalledState: null,
      level: 1,
      status: 'AUTO_CLOSED',
      closedReason: 'REPORT_SUBMITTED',
      resolutionNote: null,
      openedDay: '2026-07-27',
      endedDay: '2026-07-29',
    },
    {
      code: 'KCQG-2026-BN-0002',
      scope: 'NATIONAL',
      reason: 'REPORT_OVERDUE',
      periodLabel: 'Tháng 8/2026',
      stalledState: null,
      level: 2,
      status: 'RESOLVED',
      closedReason: null,
      resolutionNote: 'Đã làm việc với đơn vị',
      openedDay: '2026-08-27',
      endedDay: '2026-09-10',
    },
    {
      code: 'KCĐP-2026-BN-0005',
      scope: 'LOCAL',
      reason: 'STALLED',
      periodLabel: null,
      stalledState: 'SUBMITTED',
      level: 1,
      status: 'OPEN',
      closedReason: null,
      resolutionNote: null,
      openedDay: '2026-09-02',
      endedDay: null,
    },
  ],
};

export const SAMPLE_PERIODIC_DATA: PeriodicReportData = {
  provinceCode: 'BN',
  period: parseReportPeriod('2026-Q3')!,
  figuresDay: '2026-09-30',
  issuedDay: '2026-10-05',
  rows: SAMPLE_PERIODIC_ROWS,
};

export const SAMPLE_REGISTRATION_DATA: RegistrationSummaryData = {
  provinceCode: 'BN',
  year: 2027,
  issuedDay: '2026-07-20',
  rows: [
    {
      code: 'KCQG-2027-BN-0001',
      title: 'Hỗ trợ máy nghiền nguyên liệu gốm',
      category: 'MACHINERY',
      unitName: 'Trung tâm Khuyến công Bắc Ninh',
      beneficiary: 'HTX Gốm Phù Lãng',
      totalCostVnd: '1500000000',
      requestedSupportVnd: '450000000',
      plannedStart: '2027-03-01',
      plannedEnd: '2027-11-30',
      state: 'REGISTERED',
    },
    {
      code: 'KCQG-2027-BN-0002',
      title: 'Đào tạo nghề chạm khắc gỗ mỹ nghệ Đồng Kỵ',
      category: 'TRAINING',
      unitName: 'Trung tâm Khuyến công Bắc Ninh',
      beneficiary: 'Làng nghề gỗ Đồng Kỵ',
      totalCostVnd: '620000000',
      requestedSupportVnd: '300000000',
      plannedStart: '2027-04-01',
      plannedEnd: '2027-10-31',
      state: 'SUBMITTED',
    },
  ],
};
