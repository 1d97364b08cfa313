import { REGION_LABELS, parseRegion, provinceNameAnyTime } from '@kc/domain';
import type { TableExport } from '../exports/export-file';
import type { ExportColumn } from '../exports/table-export';
import type { DashboardQuery } from './dashboard.query';
import type { PlanMoneyResponse } from './dashboard.responses';
import type { PlanPart } from './plan-dashboard';

/** One row of the plan figures: the whole scope, a province (or the national plan), or a content area. */
interface FiguresRow {
  group: string;
  name: string;
  figures: PlanMoneyResponse;
}

const money = (header: string, key: Exclude<keyof PlanMoneyResponse, 'percentOfPlan'>): ExportColumn<FiguresRow> => ({
  header,
  width: 18,
  type: 'number',
  value: (r) => r.figures[key],
});

/** The dashboard's plan tables in one sheet a person can filter by group: Vietnamese headers, English in brackets. */
const COLUMNS: ReadonlyArray<ExportColumn<FiguresRow>> = [
  { header: 'Nhóm (Group)', width: 24, type: 'text', value: (r) => r.group },
  { header: 'Tỉnh, thành phố hoặc nội dung (Province or content area)', width: 40, type: 'text', value: (r) => r.name },
  money('Dự toán được giao, đồng (Assigned, VND)', 'assignedVnd'),
  money('Đã phê duyệt, đồng (Approved, VND)', 'approvedVnd'),
  money('Đã ký hợp đồng, đồng (Contracted, VND)', 'contractedVnd'),
  money('Đã tạm ứng, đồng (Advanced, VND)', 'advancedVnd'),
  money('Đã quyết toán, đồng (Settled, VND)', 'settledVnd'),
  money('Đã giải ngân, đồng (Disbursed, VND)', 'disbursedVnd'),
  {
    header: 'Tỷ lệ giải ngân so với kế hoạch, % (Percent of plan)',
    width: 14,
    type: 'percent',
    value: (r) => r.figures.percentOfPlan,
  },
];

/** The region or province asked for, as the file names it ("Khu vực phía Bắc", "Hà Nội"); '' for the whole reach. */
function scopeName(query: DashboardQuery): string {
  if (query.provinceCode) return provinceNameAnyTime(query.provinceCode);
  const region = query.region ? parseRegion(query.region) : null;
  return region ? REGION_LABELS[region].vi : '';
}

/** The plan figures of the dashboard as a download: "Kế hoạch và giải ngân năm 2026[ - Khu vực phía Bắc]". */
export function planFiguresTable(part: PlanPart, query: DashboardQuery): TableExport<FiguresRow> {
  const scope = scopeName(query);
  const rows: FiguresRow[] = [
    { group: 'Tổng cộng', name: scope || 'Trong phạm vi của bạn', figures: part },
    ...part.byProvince.map((p) => ({
      group: 'Theo tỉnh, thành phố',
      name: p.provinceCode === null ? 'Kế hoạch khuyến công quốc gia' : p.provinceName,
      figures: p,
    })),
    ...part.byCategory.map((c) => ({ group: 'Theo nội dung khuyến công', name: c.label.vi, figures: c })),
  ];
  return {
    columns: COLUMNS,
    rows,
    sheetName: `Kế hoạch và giải ngân ${part.year}`,
    fileName: `Kế hoạch và giải ngân năm ${part.year}${scope ? ` - ${scope}` : ''}`,
  };
}
