import { documentFileName } from './document-forms';
import { dayInWords, dong, placeAndDate } from './vietnamese-text';

describe('the words of a paper', () => {
  it('writes money as integer VND grouped with dots', () => {
    expect(dong(1_234_567)).toBe('1.234.567 đồng');
    expect(dong(0)).toBe('0 đồng');
  });

  it('dates as Decree 30 does: a leading zero for days below 10 and for months 1 and 2 only', () => {
    expect(dayInWords('2026-03-05')).toBe('ngày 05 tháng 3 năm 2026');
    expect(dayInWords('2026-01-20')).toBe('ngày 20 tháng 01 năm 2026');
    expect(dayInWords('2026-02-09')).toBe('ngày 09 tháng 02 năm 2026');
    expect(placeAndDate('Hà Nội', '2026-11-20')).toBe('Hà Nội, ngày 20 tháng 11 năm 2026');
  });

  it('names a download by its form and the project code (and the month of a progress report)', () => {
    expect(documentFileName('acceptance-minutes', 'KCĐP-2026-HN-0003')).toBe(
      'Mẫu 5a - Biên bản nghiệm thu cơ sở - KCĐP-2026-HN-0003',
    );
    expect(documentFileName('progress-report', 'KCQG-2026-BN-0001', '2026-11')).toBe(
      'Mẫu 3b - Báo cáo tiến độ - KCQG-2026-BN-0001 - 2026-11',
    );
  });
});
