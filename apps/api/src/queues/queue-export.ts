import {
  ACTION_LABELS,
  ActionName,
  ESCALATION_STATUS_LABELS,
  escalationLevelLabel,
  scopeOfProjectCode,
} from '@kc/domain';
import { ExportColumn, tableToCsv, tableToXlsx } from '../exports/table-export';
import type { QueueItem } from './queues.service';

/** A queue row with the moment of the export, which tells a due date still ahead from one already passed. */
interface ExportRow {
  item: QueueItem;
  overdue: boolean;
}

function whatIsDue({ item, overdue }: ExportRow): string {
  if (item.what.kind === 'REPORT') return `Báo cáo tiến độ ${item.what.label.vi}`;
  // A stall at a step is the delay of whoever handles that step (the Department at appraisal).
  return `${overdue ? 'Quá thời hạn' : 'Thời hạn'} xử lý ở bước ${item.what.stateLabel.vi}`;
}

/** Vietnamese headers first (English in brackets): labels and names, never codes or addresses where a name exists. */
const COLUMNS: ReadonlyArray<ExportColumn<ExportRow>> = [
  { header: 'Mã đề án (Code)', width: 22, type: 'text', value: (r) => r.item.code },
  { header: 'Tên đề án (Title)', width: 48, type: 'text', value: (r) => r.item.title },
  { header: 'Tỉnh, thành phố (Province)', width: 18, type: 'text', value: (r) => r.item.provinceName },
  {
    header: 'Đơn vị thực hiện (Implementing unit)',
    width: 32,
    type: 'text',
    value: (r) => r.item.implementingUnitName,
  },
  {
    header: 'Cán bộ phụ trách (Officer)',
    width: 24,
    type: 'text',
    value: (r) => r.item.officer?.fullName ?? r.item.officer?.email ?? null,
  },
  { header: 'Trạng thái đề án (Project status)', width: 26, type: 'text', value: (r) => r.item.projectState.vi },
  { header: 'Nội dung (What is due)', width: 40, type: 'text', value: whatIsDue },
  { header: 'Hạn (Due day)', width: 13, type: 'day', value: (r) => r.item.dueDay },
  {
    header: 'Quá hạn, ngày làm việc (Working days overdue)',
    width: 14,
    type: 'number',
    value: (r) => r.item.daysOverdue.working,
  },
  { header: 'Quá hạn, ngày (Days overdue)', width: 12, type: 'number', value: (r) => r.item.daysOverdue.calendar },
  {
    header: 'Mức cảnh báo (Warning level)',
    width: 16,
    type: 'text',
    value: (r) => escalationLevelLabel(r.item.escalationLevel, scopeOfProjectCode(r.item.code))?.vi ?? null,
  },
  {
    header: 'Tình trạng xử lý cảnh báo (Warning status)',
    width: 18,
    type: 'text',
    value: (r) =>
      r.item.escalation ? (ESCALATION_STATUS_LABELS[r.item.escalation.status]?.vi ?? r.item.escalation.status) : null,
  },
  {
    header: 'Thao tác gần nhất (Last action)',
    width: 30,
    type: 'text',
    value: (r) =>
      r.item.lastAction
        ? (ACTION_LABELS[r.item.lastAction.action as ActionName]?.vi ?? r.item.lastAction.action)
        : null,
  },
  {
    header: 'Thời điểm thao tác (Last action at)',
    width: 17,
    type: 'dateTime',
    value: (r) => r.item.lastAction?.at ?? null,
  },
  {
    header: 'Người thao tác (Last action by)',
    width: 24,
    type: 'text',
    value: (r) => r.item.lastAction?.byName ?? r.item.lastAction?.by ?? null,
  },
];

const rowsOf = (items: QueueItem[], now: Date): ExportRow[] =>
  items.map((item) => ({ item, overdue: Date.parse(item.dueAt) <= now.getTime() }));

export function toCsv(items: QueueItem[], now = new Date()): Buffer {
  return tableToCsv(COLUMNS, rowsOf(items, now));
}

export function toXlsx(items: QueueItem[], sheetName: string, now = new Date()): Promise<Buffer> {
  return tableToXlsx(COLUMNS, rowsOf(items, now), sheetName);
}
