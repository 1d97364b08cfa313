import { CATEGORIES, FUNDING_SOURCE_LABELS, type PlanLevel, type PlanStatus, provinceNameAnyTime } from '@kc/domain';
import type { TableExport } from '../exports/export-file';
import type { ExportColumn } from '../exports/table-export';
import type { PlanLineResponse, PlanResponse } from './plan.responses';

/** One row per plan line, with the plan it belongs to. */
interface LineRow {
  plan: PlanResponse;
  line: PlanLineResponse;
}

const LEVELS: Record<PlanLevel, string> = { NATIONAL: 'Quốc gia', LOCAL: 'Địa phương' };
const STATUSES: Record<PlanStatus, string> = { DRAFT: 'Dự thảo', SUBMITTED: 'Đã trình', APPROVED: 'Đã phê duyệt' };

/** Vietnamese headers first (English in brackets); money in whole VND, the percent with one decimal. */
const COLUMNS: ReadonlyArray<ExportColumn<LineRow>> = [
  { header: 'Kế hoạch (Plan)', width: 48, type: 'text', value: (r) => r.plan.title },
  { header: 'Cấp (Level)', width: 12, type: 'text', value: (r) => LEVELS[r.plan.level] },
  { header: 'Tỉnh, thành phố (Province)', width: 18, type: 'text', value: (r) => r.plan.provinceName },
  { header: 'Trạng thái kế hoạch (Plan status)', width: 14, type: 'text', value: (r) => STATUSES[r.plan.status] },
  { header: 'Số quyết định (Decision No.)', width: 16, type: 'text', value: (r) => r.plan.decisionNo },
  { header: 'Ngày quyết định (Decision day)', width: 13, type: 'day', value: (r) => r.plan.decisionDate },
  {
    header: 'Nội dung khuyến công (Content area)',
    width: 34,
    type: 'text',
    value: (r) => CATEGORIES.find((c) => c.code === r.line.category)?.vi ?? r.line.category,
  },
  {
    header: 'Nguồn kinh phí (Funding source)',
    width: 24,
    type: 'text',
    value: (r) => FUNDING_SOURCE_LABELS[r.line.fundingSource].vi,
  },
  {
    header: 'Dự toán được giao, đồng (Assigned, VND)',
    width: 18,
    type: 'number',
    value: (r) => r.line.assignedVnd,
  },
  { header: 'Đã phê duyệt, đồng (Approved, VND)', width: 18, type: 'number', value: (r) => r.line.approvedVnd },
  { header: 'Đã giải ngân, đồng (Disbursed, VND)', width: 18, type: 'number', value: (r) => r.line.disbursedVnd },
  { header: 'Còn lại, đồng (Remaining, VND)', width: 18, type: 'number', value: (r) => r.line.remainingVnd },
  {
    header: 'Tỷ lệ giải ngân so với kế hoạch, % (Percent of plan)',
    width: 14,
    type: 'percent',
    value: (r) => r.line.percentOfPlan,
  },
];

/** The plans of a year as a download: "Kế hoạch khuyến công năm 2026[ - Hà Nội]", one row per line. */
export function plansTable(plans: PlanResponse[], year: number, provinceCode?: string): TableExport<LineRow> {
  const where = provinceCode ? ` - ${provinceNameAnyTime(provinceCode)}` : '';
  return {
    columns: COLUMNS,
    rows: plans.flatMap((plan) => plan.lines.map((line) => ({ plan, line }))),
    sheetName: `Kế hoạch khuyến công ${year}`,
    fileName: `Kế hoạch khuyến công năm ${year}${where}`,
  };
}
