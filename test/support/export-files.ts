/** Reading the API's CSV and Excel downloads back as a person's spreadsheet program would. */
import ExcelJS from 'exceljs';

export interface Download {
  status: number;
  contentType: string;
  disposition: string;
  body: Buffer;
}

/** GET with the bearer token, the answer's bytes and headers (any status: the caller checks it). */
export async function download(baseUrl: string, token: string, path: string): Promise<Download> {
  const res = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    body: Buffer.from(await res.arrayBuffer()),
  };
}

/** The Vietnamese file name of a download (RFC 6266 filename*=UTF-8''…). */
export function utf8FileName(disposition: string): string | undefined {
  const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1];
  return encoded ? decodeURIComponent(encoded) : undefined;
}

export async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** Splits one CSV line of quoted text and bare numbers. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** The CSV's lines without the byte-order mark (which must be there); split on CRLF only. */
export function csvLines(body: Buffer): string[][] {
  if (body[0] !== 0xef || body[1] !== 0xbb || body[2] !== 0xbf) throw new Error('the CSV has no byte-order mark');
  return body
    .subarray(3)
    .toString('utf8')
    .split('\r\n')
    .filter((l) => l !== '')
    .map(csvFields);
}

/** Every cell of every sheet: no formula, and no text a spreadsheet would read as one. */
export function formulaFreeCells(workbook: ExcelJS.Workbook): string[] {
  const problems: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.type === ExcelJS.ValueType.Formula) problems.push(`${sheet.name}!R${r}C${c} is a formula`);
        if (typeof cell.value === 'string' && /^[=+\-@\t\r]/.test(cell.value)) {
          problems.push(`${sheet.name}!R${r}C${c} starts like a formula: ${cell.value}`);
        }
      }),
    );
  }
  return problems;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';
