import { QUOC_HIEU, TIEU_NGU } from '../decree30';
import { documentLines } from '../document-text';
import type { OfficialDocument } from '../document-model';
import type { ProjectRecord } from '../project-record';
import { SAMPLE_RECORD } from '../sample-record';
import { acceptanceMinutes } from './acceptance-minutes.form';
import type { FormOutcome } from './form-outcome';
import { liquidationMinutes } from './liquidation-minutes.form';
import { progressReport } from './progress-report.form';

function built(outcome: FormOutcome): OfficialDocument {
  if (!outcome.ok) throw new Error(`not ready: ${outcome.notReady.en}`);
  return outcome.document;
}

function text(doc: OfficialDocument): string {
  return documentLines(doc).join('\n');
}

/** The rows of the document's n-th table. */
function tableRows(doc: OfficialDocument, n: number): string[][] {
  const tables = doc.body.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
  const table = tables[n];
  return [...table.rows, ...(table.total ? [[table.total.label, ...table.total.cells]] : [])];
}

const before = (changes: Partial<ProjectRecord>): ProjectRecord => ({ ...SAMPLE_RECORD, ...changes });

describe('Mẫu 3b, the progress report', () => {
  const doc = built(progressReport(SAMPLE_RECORD));

  it('is issued by the implementing unit under its Department, to the Department, dated the day it is made', () => {
    expect(doc.issuer).toEqual({
      superior: 'Sở Công Thương thành phố Hà Nội',
      name: 'Trung tâm Khuyến công thành phố Hà Nội',
    });
    expect(doc.addressees).toEqual(['Sở Công Thương thành phố Hà Nội']);
    expect(doc.place).toBe('Hà Nội');
    expect(doc.day).toBe('2026-12-03');
    expect(text(doc)).toContain('Hà Nội, ngày 03 tháng 12 năm 2026');
  });

  it('lists every report period with the figures of its latest version', () => {
    expect(tableRows(doc, 0)).toEqual([
      ['1', 'Tháng 6/2026', '25/06/2026', '24/06/2026', '45', '540.000.000', 'Chậm giao máy do nhập khẩu'],
      ['2', 'Tháng 7/2026', '25/07/2026', '27/07/2026', '75', '860.000.000', ''],
      ['3', 'Tháng 8/2026', '25/08/2026', 'Chưa nộp', '', '', ''],
    ]);
  });

  it('lists the disbursements with their total and what is left of the approved support', () => {
    expect(tableRows(doc, 1)).toEqual([
      ['1', '15/07/2026', 'Tạm ứng kinh phí khuyến công', '201.250.000'],
      ['2', '28/11/2026', 'Thanh toán kinh phí khuyến công', '79.984.567'],
      ['Tổng cộng', '281.234.567'],
    ]);
    expect(text(doc)).toContain(
      'Kinh phí khuyến công được duyệt 287.500.000 đồng; đã tạm ứng, thanh toán 281.234.567 đồng; còn lại 6.265.433 đồng.',
    );
    expect(text(doc)).toContain('Hợp đồng: số 15/HĐ-KCĐP-2026 ngày 02/03/2026');
  });

  it('stops at the month asked for: its periods and the disbursements to the end of that month', () => {
    const june = built(progressReport(SAMPLE_RECORD, { period: '2026-06' }));
    expect(june.subtitle).toBe('Kỳ báo cáo: tháng 06/2026');
    expect(tableRows(june, 0)).toHaveLength(1);
    expect(tableRows(june, 1)).toEqual([['Tổng cộng', '0']]);
    expect(tableRows(built(progressReport(SAMPLE_RECORD, { period: '2026-07' })), 1)).toHaveLength(2);
  });

  it('is not ready before the contract, nor for a month without a period, saying what to do', () => {
    const early = progressReport(before({ contract: null }));
    expect(early).toMatchObject({ ok: false, notReady: { vi: expect.stringContaining('chưa ký hợp đồng') } });
    const none = progressReport(SAMPLE_RECORD, { period: '2025-01' });
    expect(none).toMatchObject({ ok: false, notReady: { vi: expect.stringContaining('2026-06, 2026-07, 2026-08') } });
  });

  it('sends a national project’s report to the Cục and the Department', () => {
    const national = built(progressReport(before({ scope: 'NATIONAL' })));
    expect(national.addressees).toEqual([
      'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công',
      'Sở Công Thương thành phố Hà Nội',
    ]);
  });
});

describe('Mẫu 5a, the base acceptance minutes', () => {
  const doc = built(acceptanceMinutes(SAMPLE_RECORD));

  it('carries the number and day of the acceptance, issued by the Department under its UBND', () => {
    expect(doc.number).toBe('07/BB-NTCS');
    expect(doc.day).toBe('2026-11-20');
    expect(doc.issuer).toEqual({ superior: 'UBND thành phố Hà Nội', name: 'Sở Công Thương thành phố Hà Nội' });
    expect(text(doc)).toContain('Hôm nay, ngày 20 tháng 11 năm 2026');
  });

  it('states the figures of the project, the advance and the accepted value, in words too', () => {
    expect(tableRows(doc, 0)).toEqual([
      ['1', 'Tổng kinh phí thực hiện đề án', '1.150.000.000'],
      ['2', 'Kinh phí khuyến công hỗ trợ theo hợp đồng', '287.500.000'],
      ['3', 'Kinh phí khuyến công đã tạm ứng', '201.250.000'],
      ['4', 'Giá trị kinh phí khuyến công được nghiệm thu', '281.234.567'],
    ]);
    expect(text(doc)).toContain(
      'Giá trị nghiệm thu: 281.234.567 đồng (Bằng chữ: Hai trăm tám mươi mốt triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy đồng).',
    );
  });

  it('has the three parties sign', () => {
    expect(doc.signers.map((s) => s.capacity)).toEqual([
      'ĐẠI DIỆN SỞ CÔNG THƯƠNG',
      'ĐẠI DIỆN ĐƠN VỊ THỰC HIỆN',
      'ĐẠI DIỆN ĐƠN VỊ THỤ HƯỞNG',
    ]);
  });

  it('is not ready before the acceptance is recorded', () => {
    expect(acceptanceMinutes(before({ acceptance: null, acceptedAmountVnd: null }))).toMatchObject({
      ok: false,
      notReady: { vi: expect.stringContaining('chưa nghiệm thu cơ sở'), en: expect.stringContaining('acceptance') },
    });
  });
});

describe('Mẫu 6, the contract liquidation minutes', () => {
  const doc = built(liquidationMinutes(SAMPLE_RECORD));

  it('is made by bên A on the settlement day, citing the contract and the acceptance minutes', () => {
    expect(doc.issuer).toEqual({ superior: 'UBND thành phố Hà Nội', name: 'Sở Công Thương thành phố Hà Nội' });
    expect(doc.day).toBe('2026-12-01');
    expect(text(doc)).toContain('Căn cứ Hợp đồng số 15/HĐ-KCĐP-2026 ngày 02/03/2026');
    expect(text(doc)).toContain('Căn cứ Biên bản nghiệm thu cơ sở số 07/BB-NTCS ngày 20/11/2026;');
    expect(text(doc)).toContain('BÊN A (Bên giao): SỞ CÔNG THƯƠNG THÀNH PHỐ HÀ NỘI');
    expect(text(doc)).toContain('BÊN B (Bên nhận): TRUNG TÂM KHUYẾN CÔNG THÀNH PHỐ HÀ NỘI');
  });

  it('settles the accepted value against what was advanced and paid', () => {
    expect(tableRows(doc, 0)).toEqual([
      ['1', 'Kinh phí khuyến công hỗ trợ theo hợp đồng', '287.500.000'],
      ['2', 'Giá trị được nghiệm thu', '281.234.567'],
      ['3', 'Bên A đã tạm ứng cho Bên B', '201.250.000'],
      ['4', 'Bên A đã thanh toán cho Bên B', '79.984.567'],
      ['5', 'Tổng số Bên A đã chuyển cho Bên B (5 = 3 + 4)', '281.234.567'],
      ['6', 'Bên A còn phải thanh toán cho Bên B (6 = 2 − 5)', '0'],
    ]);
  });

  it('before the last payment, states what bên A still owes, dated the day it is made', () => {
    const unpaid = built(
      liquidationMinutes(before({ settledDay: null, disbursements: SAMPLE_RECORD.disbursements.slice(0, 1) })),
    );
    expect(unpaid.day).toBe('2026-12-03');
    expect(tableRows(unpaid, 0)[5]).toEqual(['6', 'Bên A còn phải thanh toán cho Bên B (6 = 2 − 5)', '79.984.567']);
    expect(text(unpaid)).toContain('Sau khi Bên A thanh toán cho Bên B số tiền 79.984.567 đồng');
  });

  it('has a national contract liquidated by the Cục, dated in Hà Nội', () => {
    const national = built(liquidationMinutes(before({ scope: 'NATIONAL', provinceCode: 'BN' })));
    expect(national.issuer).toEqual({
      superior: 'Bộ Công Thương',
      name: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công',
    });
    expect(national.place).toBe('Hà Nội');
  });

  it('is not ready before the acceptance', () => {
    expect(liquidationMinutes(before({ acceptance: null }))).toMatchObject({ ok: false });
  });
});

describe('the Decree 30 frame of every form', () => {
  it.each([
    ['Mẫu 3b', progressReport(SAMPLE_RECORD)],
    ['Mẫu 5a', acceptanceMinutes(SAMPLE_RECORD)],
    ['Mẫu 6', liquidationMinutes(SAMPLE_RECORD)],
  ])('%s has the national title, the motto, a number, a title, recipients and a signer', (label, outcome) => {
    const doc = built(outcome);
    const lines = documentLines(doc);
    expect(doc.formLabel).toBe(label);
    expect(lines).toEqual(expect.arrayContaining([QUOC_HIEU, TIEU_NGU, 'Nơi nhận:']));
    expect(doc.number).toMatch(/\/(BC|BB-NTCS|BB-TLHĐ)$/);
    expect(doc.recipients.length).toBeGreaterThan(0);
    expect(doc.signers.length).toBeGreaterThan(0);
  });
});
