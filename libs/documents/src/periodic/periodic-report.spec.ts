import { parseReportPeriod } from '@kc/domain';
import { QUOC_HIEU } from '../decree30';
import type { DocumentTable, OfficialDocument } from '../document-model';
import { documentLines } from '../document-text';
import { renderDocx } from '../render-docx';
import { renderXlsx } from '../render-xlsx';
import { assemblePeriodicReport, percent } from './periodic-report.form';
import { assembleRegistrationSummary } from './registration-summary.form';
import { SAMPLE_PERIODIC_DATA, SAMPLE_PERIODIC_ROWS, SAMPLE_REGISTRATION_DATA } from './sample-periodic';
import ExcelJS from 'exceljs';

const ROWS = SAMPLE_PERIODIC_ROWS;
const DATA = SAMPLE_PERIODIC_DATA;

function tables(doc: OfficialDocument): DocumentTable[] {
  return doc.body.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
}

describe('assemblePeriodicReport', () => {
  const doc = assemblePeriodicReport(DATA);
  const lines = documentLines(doc);

  it('is a Decree 30 report of the Department to the Cục and the UBND', () => {
    expect(doc.issuer).toEqual({ superior: 'UBND tỉnh Bắc Ninh', name: 'Sở Công Thương tỉnh Bắc Ninh' });
    expect(doc.number).toBe('……/BC-SCT');
    expect(doc.title).toBe('BÁO CÁO');
    expect(doc.subtitle).toBe('Tình hình thực hiện hoạt động khuyến công quý III năm 2026');
    expect(lines).toEqual(expect.arrayContaining([QUOC_HIEU, 'Bắc Ninh, ngày 05 tháng 10 năm 2026']));
    expect(doc.recipients).toEqual([
      'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công - Bộ Công Thương;',
      'UBND tỉnh Bắc Ninh;',
      'Lưu: VT, …',
    ]);
    expect(doc.signers[0].capacity).toBe('GIÁM ĐỐC');
  });

  it('counts the projects by state with the lifecycle labels', () => {
    const [states] = tables(doc);
    expect(states.rows).toEqual([
      ['1', 'Dự thảo đề án', '0', '1', '1'],
      ['2', 'Đang triển khai', '2', '3', '5'],
      ['3', 'Đã thanh lý, quyết toán', '0', '4', '4'],
    ]);
    expect(states.total?.cells).toEqual(['2', '8', '10']);
  });

  it('sets the plan against what was disbursed, in VND grouped with dots', () => {
    const money = tables(doc)[1];
    expect(money.rows[0]).toEqual([
      'Khuyến công quốc gia (2 đề án)',
      '—',
      '800.000.000',
      '400.000.000',
      '0',
      '400.000.000',
      '50,0%',
    ]);
    expect(money.rows[1]).toEqual([
      'Khuyến công địa phương (7 đề án)',
      '3.000.000.000',
      '1.234.567.890',
      '500.000.000',
      '234.567.890',
      '734.567.890',
      '59,5%',
    ]);
    expect(money.total?.cells).toEqual([
      '3.000.000.000',
      '2.034.567.890',
      '900.000.000',
      '234.567.890',
      '1.134.567.890',
      '55,8%',
    ]);
  });

  it('lists the late reports and the escalations with how each ended', () => {
    const [, , late, escalations] = tables(doc);
    expect(late.rows[1]).toEqual([
      '2',
      'KCQG-2026-BN-0002',
      'Công ty TNHH Gốm Phù Lãng',
      'Tháng 8/2026',
      '25/08/2026',
      'Chưa nộp',
      '37',
    ]);
    expect(escalations.rows.map((r) => r[5])).toEqual([
      'Tự đóng: đơn vị đã nộp báo cáo',
      'Đã xử lý: Đã làm việc với đơn vị',
      'Chưa tiếp nhận',
    ]);
    expect(escalations.rows[2][2]).toBe('Quá thời hạn ở bước "Đã nộp Sở Công Thương"');
    expect(lines).toContain(
      'Trong kỳ phát sinh 3 cảnh báo: 1 đã được xử lý, 1 tự đóng do nguyên nhân đã được khắc phục, 1 đang xử lý.',
    );
  });

  it('says so when there is nothing late and no escalation, and when the period still runs', () => {
    const quiet = assemblePeriodicReport({
      ...DATA,
      figuresDay: '2026-08-15',
      rows: { ...ROWS, lateReports: [], escalations: [] },
    });
    const text = documentLines(quiet).join('\n');
    expect(text).toContain('Trong kỳ, các đơn vị thực hiện nộp báo cáo tiến độ đúng hạn.');
    expect(text).toContain('Trong kỳ không phát sinh cảnh báo.');
    expect(text).toContain('số liệu đến hết ngày 15/08/2026, kỳ báo cáo chưa kết thúc');
    expect(tables(quiet)).toHaveLength(2);
  });

  it('titles six months and a year', () => {
    expect(assemblePeriodicReport({ ...DATA, period: parseReportPeriod('2026-H1')! }).subtitle).toBe(
      'Tình hình thực hiện hoạt động khuyến công 6 tháng đầu năm 2026',
    );
    expect(assemblePeriodicReport({ ...DATA, period: parseReportPeriod('2026')! }).subtitle).toBe(
      'Tình hình thực hiện hoạt động khuyến công năm 2026',
    );
  });

  it('draws into DOCX and XLSX with the same figures (numbers as numbers in the workbook)', async () => {
    expect((await renderDocx(doc)).length).toBeGreaterThan(1000);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderXlsx(doc)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Báo cáo',
      'Đề án theo trạng thái',
      'Kế hoạch và giải ngân',
      'Báo cáo nộp chậm',
      'Cảnh báo',
    ]);
    const money = book.worksheets[2];
    expect(money.getRow(3).getCell(3).value).toBe(1234567890);
    expect(money.getRow(4).getCell(1).value).toBe('Tổng cộng (9 đề án)');
  });
});

describe('percent', () => {
  it('rounds to one decimal with a comma', () => {
    expect(percent(1n, 3n)).toBe('33,3%');
    expect(percent(2n, 3n)).toBe('66,7%');
    expect(percent(5n, 0n)).toBe('—');
  });
});

describe('assembleRegistrationSummary (Mẫu 2)', () => {
  it('one row per registered national project with the totals', () => {
    const doc = assembleRegistrationSummary(SAMPLE_REGISTRATION_DATA);
    expect(doc.formLabel).toBe('Mẫu 2');
    expect(doc.title).toBe('BẢNG TỔNG HỢP ĐỀ ÁN KHUYẾN CÔNG QUỐC GIA ĐĂNG KÝ NĂM 2027');
    const [table] = tables(doc);
    expect(table.rows[0].slice(5)).toEqual(['1.500.000.000', '450.000.000', '01/03/2027 - 30/11/2027']);
    expect(table.total?.cells).toEqual(['2.120.000.000', '750.000.000', '']);
  });
});
