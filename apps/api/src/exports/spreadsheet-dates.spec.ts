import { excelDay, excelVietnamDateTime, formatDay, formatVietnamDateTime } from './spreadsheet-dates';
import { attachmentDisposition, excelSheetName } from './sheet-name';

describe('export dates', () => {
  it('writes a due day as that day, never the next midnight', () => {
    expect(formatDay('2026-12-25')).toBe('25/12/2026');
    expect(excelDay('2026-12-25').toISOString()).toBe('2026-12-25T00:00:00.000Z');
  });

  it('writes a moment as its Vietnam wall clock', () => {
    // 17:30 UTC is 00:30 the next day in Hà Nội.
    expect(formatVietnamDateTime('2026-12-25T17:30:00Z')).toBe('26/12/2026 00:30');
    expect(excelVietnamDateTime('2026-12-25T17:30:42Z').toISOString()).toBe('2026-12-26T00:30:00.000Z');
  });
});

describe('excelSheetName', () => {
  it('keeps Vietnamese names with their diacritics', () => {
    expect(excelSheetName('Báo cáo trễ hạn')).toBe('Báo cáo trễ hạn');
    expect(excelSheetName('Báo cáo trễ hạn'.normalize('NFD'))).toBe('Báo cáo trễ hạn');
  });

  it('replaces the characters Excel forbids and keeps to 31 characters', () => {
    expect(excelSheetName('Kỳ 1/2026: [Hà Nội] *?\\')).toBe('Kỳ 1-2026- -Hà Nội- ---');
    const long = excelSheetName('Đề án quá thời hạn xử lý ở bước thẩm định cấp cơ sở');
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).toBe('Đề án quá thời hạn xử lý ở bước');
    expect(excelSheetName("'x'")).toBe('x');
    expect(excelSheetName('  ')).toBe('Sheet1');
  });
});

describe('attachmentDisposition', () => {
  it('names the file in Vietnamese with an ASCII fallback', () => {
    expect(attachmentDisposition('Báo cáo trễ hạn 02-12-2026', 'xlsx')).toBe(
      `attachment; filename="bao-cao-tre-han-02-12-2026.xlsx"; filename*=UTF-8''` +
        `B%C3%A1o%20c%C3%A1o%20tr%E1%BB%85%20h%E1%BA%A1n%2002-12-2026.xlsx`,
    );
  });
});
