import type { ProjectRecord } from './project-record';

/**
 * A settled local machinery project of Hà Nội (synthetic, in the style of ../shared/DOMAIN.md §13.4): the builders'
 * specs read it, and scripts/document-samples.ts renders the pictures of the papers in docs/documents/ from it.
 */
export const SAMPLE_RECORD: ProjectRecord = {
  code: 'KCĐP-2026-HN-0003',
  title: 'Hỗ trợ ứng dụng máy sấy bơm nhiệt và dây chuyền đóng gói tự động tại HTX Chè Tân Cương',
  scope: 'LOCAL',
  provinceCode: 'HN',
  categoryName: 'Ứng dụng máy móc thiết bị tiên tiến',
  implementingUnit: 'Trung tâm Khuyến công thành phố Hà Nội',
  beneficiary: 'HTX Chè Tân Cương Xanh',
  site: null,
  totalCostVnd: 1_150_000_000,
  requestedSupportVnd: 300_000_000,
  approvedSupportVnd: 287_500_000,
  acceptedAmountVnd: 281_234_567,
  plannedStart: '2026-03-01',
  plannedEnd: '2026-11-30',
  approval: { decisionNo: '125/QĐ-SCT', decisionDate: '2026-02-10' },
  contract: { contractNo: '15/HĐ-KCĐP-2026', contractDate: '2026-03-02' },
  acceptance: { minutesNo: '07/BB-NTCS', minutesDate: '2026-11-20' },
  settledDay: '2026-12-01',
  disbursements: [
    { kind: 'ADVANCE', amountVnd: 201_250_000, day: '2026-07-15' },
    { kind: 'FINAL', amountVnd: 79_984_567, day: '2026-11-28' },
  ],
  reports: [
    {
      period: '2026-06',
      label: 'Tháng 6/2026',
      dueDay: '2026-06-25',
      submittedDay: '2026-06-24',
      physicalProgressPct: 45,
      fundsUsedVnd: 540_000_000,
      issues: 'Chậm giao máy do nhập khẩu',
    },
    {
      period: '2026-07',
      label: 'Tháng 7/2026',
      dueDay: '2026-07-25',
      submittedDay: '2026-07-27',
      physicalProgressPct: 75,
      fundsUsedVnd: 860_000_000,
      issues: null,
    },
    {
      period: '2026-08',
      label: 'Tháng 8/2026',
      dueDay: '2026-08-25',
      submittedDay: null,
      physicalProgressPct: null,
      fundsUsedVnd: null,
      issues: null,
    },
  ],
  today: '2026-12-03',
};
