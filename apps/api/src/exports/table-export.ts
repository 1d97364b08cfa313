import ExcelJS from 'exceljs';
import { neutraliseFormula } from './formula-neutraliser';
import {
  EXCEL_DATE_TIME_FORMAT,
  EXCEL_DAY_FORMAT,
  excelDay,
  excelVietnamDateTime,
  formatDay,
  formatVietnamDateTime,
} from './spreadsheet-dates';
import { excelSheetName } from './sheet-name';

/**
 * One column of an export: `text` and `number` as they are (money is whole VND, shown 1,234,567); `percent` a
 * number with one decimal (91.7, written 91.7 in the CSV and shown 91.7 in the workbook); `day` a calendar day
 * (YYYY-MM-DD) and `dateTime` a moment (ISO), both real Excel dates in the workbook and dd/mm/yyyy [hh:mm]
 * (Vietnam time) in the CSV.
 */
export interface ExportColumn<T> {
  header: string;
  width: number;
  type: 'text' | 'number' | 'percent' | 'day' | 'dateTime';
  value: (row: T) => string | number | null;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function csvField(type: ExportColumn<unknown>['type'], value: string | number | null): string {
  if (value === null || value === '') return '';
  if (type === 'number' && typeof value === 'number') return String(value);
  if (type === 'percent' && typeof value === 'number') return value.toFixed(1);
  const text =
    type === 'day'
      ? formatDay(String(value))
      : type === 'dateTime'
        ? formatVietnamDateTime(String(value))
        : neutraliseFormula(String(value));
  // Every text field quoted (OWASP), quotes doubled.
  return `"${text.replace(/"/g, '""')}"`;
}

/** UTF-8 with a byte-order mark (so Excel reads the diacritics), CRLF line ends, a header line. */
export function tableToCsv<T>(columns: ReadonlyArray<ExportColumn<T>>, rows: readonly T[]): Buffer {
  const lines = [
    columns.map((c) => csvField('text', c.header)).join(','),
    ...rows.map((row) => columns.map((c) => csvField(c.type, c.value(row))).join(',')),
  ];
  return Buffer.concat([BOM, Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

function xlsxValue(type: ExportColumn<unknown>['type'], value: string | number | null): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  switch (type) {
    case 'number':
    case 'percent':
      return typeof value === 'number' ? value : neutraliseFormula(String(value));
    case 'day':
      return excelDay(String(value));
    case 'dateTime':
      return excelVietnamDateTime(String(value));
    case 'text':
      return neutraliseFormula(String(value));
  }
}

const NUMBER_FORMATS: Partial<Record<ExportColumn<unknown>['type'], string>> = {
  day: EXCEL_DAY_FORMAT,
  dateTime: EXCEL_DATE_TIME_FORMAT,
  number: '#,##0',
  percent: '0.0',
};

/** One sheet: a bold, frozen header row with filters, typed cells, set column widths. */
export async function tableToXlsx<T>(
  columns: ReadonlyArray<ExportColumn<T>>,
  rows: readonly T[],
  sheetName: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KhuyenCong Flow';
  workbook.title = sheetName;
  const sheet = workbook.addWorksheet(excelSheetName(sheetName), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }],
  });
  sheet.columns = columns.map((c) => ({
    header: neutraliseFormula(c.header),
    width: c.width,
    style: NUMBER_FORMATS[c.type] ? { numFmt: NUMBER_FORMATS[c.type] } : {},
  }));
  for (const row of rows) sheet.addRow(columns.map((c) => xlsxValue(c.type, c.value(row))));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  header.height = 45;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
