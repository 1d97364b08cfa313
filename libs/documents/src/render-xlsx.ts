import ExcelJS from 'exceljs';
import type { Block, DocumentTable, OfficialDocument } from './document-model';
import { QUOC_HIEU, TIEU_NGU } from './decree30';
import { upper } from './issuing-bodies';
import { placeAndDate } from './vietnamese-text';

/** A name Excel accepts for a sheet: at most 31 characters, none of \ / ? * [ ] :. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .normalize('NFC')
      .replace(/[\\/?*[\]:]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31)
      .trim() || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** "1.234.567" → 1234567 in a numeric column; a cell that is not a whole number ("—") stays text. */
function cellValue(text: string, numeric: boolean | undefined): string | number {
  if (numeric && /^-?\d{1,3}(\.\d{3})*$/.test(text)) return Number(text.replace(/\./g, ''));
  return text;
}

function writeTable(sheet: ExcelJS.Worksheet, table: DocumentTable): void {
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    width: Math.max(8, Math.round(c.weight * 1.2)),
    style: c.numeric ? { numFmt: '#,##0' } : {},
  }));
  for (const row of table.rows) sheet.addRow(row.map((text, i) => cellValue(text, table.columns[i].numeric)));
  if (table.total) {
    const span = table.columns.length - table.total.cells.length;
    const total = sheet.addRow([
      table.total.label,
      ...Array.from({ length: span - 1 }, () => ''),
      ...table.total.cells.map((text, i) => cellValue(text, table.columns[span + i].numeric)),
    ]);
    total.font = { bold: true };
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }];
}

/**
 * The paper as a workbook for whoever adds the figures up again: a first sheet with the paper's heading and text
 * ("Báo cáo"), then one sheet per table, named by the heading above it, figures as numbers. The same model as the
 * DOCX and the PDF, so the three files say the same.
 */
export async function renderXlsx(doc: OfficialDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KhuyenCong Flow';
  workbook.title = doc.meta.title;
  workbook.subject = doc.meta.subject;
  const taken = new Set<string>();
  const cover = workbook.addWorksheet(sheetName('Báo cáo', taken));
  cover.getColumn(1).width = 110;
  const lines = [
    ...(doc.issuer.superior ? [upper(doc.issuer.superior)] : []),
    upper(doc.issuer.name),
    `Số: ${doc.number}`,
    QUOC_HIEU,
    TIEU_NGU,
    placeAndDate(doc.place, doc.day),
    '',
    doc.title,
    ...(doc.subtitle ? [doc.subtitle] : []),
    '',
  ];
  for (const text of lines) cover.addRow([text]);
  let heading = doc.title;
  let tables = 0;
  for (const block of doc.body as Block[]) {
    if (block.kind === 'heading') {
      heading = block.text;
      cover.addRow([block.text]).font = { bold: true };
    } else if (block.kind === 'paragraph') {
      cover.addRow([block.runs.map((r) => r.text).join('')]).alignment = { wrapText: true };
    } else {
      tables += 1;
      const name = sheetName(block.table.name ?? (heading.replace(/^[IVX]+\.\s*/, '') || `Bảng ${tables}`), taken);
      cover.addRow([`(Bảng: xem trang tính "${name}")`]).font = { italic: true };
      writeTable(workbook.addWorksheet(name), block.table);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
