import { STATE_LABELS, type ProjectState, provinceNameAnyTime } from '@kc/domain';
import type { ExportColumn } from '../exports/table-export';
import type { TableExport } from '../exports/export-file';
import type { LapseRadarItemResponse, LapseRadarResponse } from './lapse-radar.responses';

/** Vietnamese headers first (English in brackets); names and labels, never codes where a name exists. */
const COLUMNS: ReadonlyArray<ExportColumn<LapseRadarItemResponse>> = [
  { header: 'Mã đề án (Code)', width: 22, type: 'text', value: (i) => i.code },
  { header: 'Tên đề án (Title)', width: 48, type: 'text', value: (i) => i.title },
  {
    header: 'Tỉnh, thành phố (Province)',
    width: 18,
    type: 'text',
    value: (i) => provinceNameAnyTime(i.provinceCode),
  },
  { header: 'Đơn vị thực hiện (Implementing unit)', width: 32, type: 'text', value: (i) => i.unitName },
  {
    header: 'Trạng thái đề án (Project status)',
    width: 24,
    type: 'text',
    value: (i) => STATE_LABELS[i.state as ProjectState]?.vi ?? i.state,
  },
  { header: 'Thời gian kết thúc dự kiến (Planned end)', width: 14, type: 'day', value: (i) => i.plannedEnd },
  {
    header: 'Kinh phí hỗ trợ được duyệt, đồng (Approved support, VND)',
    width: 18,
    type: 'number',
    value: (i) => i.approvedSupportVnd,
  },
  { header: 'Đã giải ngân, đồng (Disbursed, VND)', width: 18, type: 'number', value: (i) => i.paidVnd },
  {
    header: 'Có nguy cơ bị hủy dự toán, đồng (At risk of lapsing, VND)',
    width: 18,
    type: 'number',
    value: (i) => i.atRiskVnd,
  },
  {
    header: 'Báo cáo tiến độ gần nhất (Last progress report)',
    width: 14,
    type: 'day',
    value: (i) => i.lastReportDay,
  },
  { header: 'Lý do (Reasons)', width: 56, type: 'text', value: (i) => i.reasonsVi.join('; ') },
];

/** The radar of a year as a download: "Nguy cơ hủy dự toán năm 2026[ - Hà Nội]". */
export function lapseRadarTable(
  radar: LapseRadarResponse,
  provinceCode: string | undefined,
): TableExport<LapseRadarItemResponse> {
  const where = provinceCode ? ` - ${provinceNameAnyTime(provinceCode)}` : '';
  return {
    columns: COLUMNS,
    rows: radar.items,
    sheetName: `Nguy cơ hủy dự toán ${radar.year}`,
    fileName: `Nguy cơ hủy dự toán năm ${radar.year}${where}`,
  };
}
