import ExcelJS from 'exceljs';
import { ExportColumn, tableToCsv, tableToXlsx } from './table-export';

interface Row {
  title: string;
  amount: number;
  due: string;
  at: string | null;
  share: number | null;
}

const COLUMNS: ReadonlyArray<ExportColumn<Row>> = [
  { header: 'Tên đề án (Title)', width: 40, type: 'text', value: (r) => r.title },
  { header: 'Số (Number)', width: 10, type: 'number', value: (r) => r.amount },
  { header: 'Hạn (Due day)', width: 12, type: 'day', value: (r) => r.due },
  { header: 'Lúc (At)', width: 16, type: 'dateTime', value: (r) => r.at },
  { header: 'Tỷ lệ, % (Percent)', width: 10, type: 'percent', value: (r) => r.share },
];
const ROWS: Row[] = [
  { title: '=HYPERLINK("http://x")', amount: -2, due: '2026-12-25', at: '2026-12-25T03:05:00Z', share: 91.7 },
  { title: 'Bánh chưng, "Tranh Khúc"', amount: 1500000, due: '2027-01-04', at: null, share: null },
  { title: 'Đào tạo nghề', amount: 0, due: '2027-01-04', at: null, share: 90 },
];

describe('tableToCsv', () => {
  const csv = tableToCsv(COLUMNS, ROWS);

  it('is UTF-8 with a byte-order mark, quoted text, neutralised formulas, Vietnam dates and real numbers', () => {
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8').split('\r\n')).toEqual([
      '"Tên đề án (Title)","Số (Number)","Hạn (Due day)","Lúc (At)","Tỷ lệ, % (Percent)"',
      `"'=HYPERLINK(""http://x"")",-2,"25/12/2026","25/12/2026 10:05",91.7`,
      '"Bánh chưng, ""Tranh Khúc""",1500000,"04/01/2027",,',
      '"Đào tạo nghề",0,"04/01/2027",,90.0',
      '',
    ]);
  });
});

describe('tableToXlsx', () => {
  it('writes typed cells under a frozen, filtered header in a sheet named with diacritics', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableToXlsx(COLUMNS, ROWS, 'Báo cáo trễ hạn')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Báo cáo trễ hạn')!;
    expect(sheet).toBeDefined();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:E1');
    expect(sheet.getColumn(1).width).toBe(40);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(`'=HYPERLINK("http://x")`);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(2).value).toBe(-2);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Date);
    expect((row.getCell(3).value as Date).toISOString()).toBe('2026-12-25T00:00:00.000Z');
    expect(row.getCell(3).numFmt).toBe('dd/mm/yyyy');
    expect((row.getCell(4).value as Date).toISOString()).toBe('2026-12-25T10:05:00.000Z');
    expect(row.getCell(4).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(sheet.getRow(3).getCell(4).value).toBeNull();
    // A percent is a number shown with one decimal, never rounded to a whole one by the money format.
    expect(row.getCell(5).value).toBe(91.7);
    expect(row.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(5).numFmt).toBe('0.0');
    expect(sheet.getRow(3).getCell(5).value).toBeNull();
    expect(sheet.getRow(4).getCell(5).value).toBe(90);
  });
});
