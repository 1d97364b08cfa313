import ExcelJS from 'exceljs';
import type { QueueItem } from './queues.service';

/** Vietnamese headers first (English in brackets), one row per queue item. */
const COLUMNS: Array<{ header: string; width: number; value: (i: QueueItem) => string | number }> = [
  { header: 'Mã đề án (Code)', width: 22, value: (i) => i.code },
  { header: 'Tên đề án (Title)', width: 50, value: (i) => i.title },
  { header: 'Tỉnh (Province)', width: 18, value: (i) => i.provinceName },
  { header: 'Cán bộ phụ trách (Officer)', width: 28, value: (i) => i.officer?.email ?? '' },
  {
    header: 'Nội dung chậm (What is late)',
    width: 34,
    value: (i) => (i.what.kind === 'REPORT' ? `Báo cáo ${i.what.label.vi}` : `Trạng thái: ${i.what.stateLabel.vi}`),
  },
  { header: 'Hạn (Due, giờ Việt Nam)', width: 20, value: (i) => i.dueAtLocal },
  { header: 'Quá hạn ngày làm việc (Working days overdue)', width: 14, value: (i) => i.daysOverdue.working },
  { header: 'Quá hạn ngày (Days overdue)', width: 12, value: (i) => i.daysOverdue.calendar },
  { header: 'Mức báo cáo vượt cấp (Escalation level)', width: 12, value: (i) => i.escalationLevel },
  {
    header: 'Hành động gần nhất (Last action)',
    width: 40,
    value: (i) => (i.lastAction ? `${i.lastAction.action} — ${i.lastAction.atLocal} — ${i.lastAction.by}` : ''),
  },
];

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark, so Excel shows the diacritics correctly. */
export function toCsv(items: QueueItem[]): Buffer {
  const lines = [
    COLUMNS.map((c) => csvCell(c.header)).join(','),
    ...items.map((i) => COLUMNS.map((c) => csvCell(c.value(i))).join(',')),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

export async function toXlsx(items: QueueItem[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KhuyenCong Flow';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const item of items) sheet.addRow(COLUMNS.map((c) => c.value(item)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
