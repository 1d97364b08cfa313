import { periodicReportMail } from './periodic-report-template';

describe('the periodic report mail', () => {
  const mail = periodicReportMail({
    addressees: {
      vi: ['Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công', 'Ủy ban nhân dân tỉnh Phú Thọ'],
      en: ['the central department (Cục)', "the People's Committee of tỉnh Phú Thọ"],
    },
    sender: { vi: 'Sở Công Thương tỉnh Phú Thọ', en: 'The Department of Industry and Trade, tỉnh Phú Thọ' },
    period: { vi: 'quý III năm 2026', en: 'Q3 2026' },
    fileNames: ['bao-cao-PT-2026-Q3.docx', 'bao-cao-PT-2026-Q3.pdf'],
    link: 'https://kc.example.vn/periodic-reports',
  });

  it('names both recipients after "Kính gửi", the period and the article, Vietnamese first', () => {
    const [vi, en] = mail.text.split('\n---\n');
    expect(vi).toContain(
      'Kính gửi: Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công; Ủy ban nhân dân tỉnh Phú Thọ.',
    );
    expect(vi).toContain('quý III năm 2026 theo khoản 5 Điều 21 Thông tư số 36/2013/TT-BCT');
    expect(vi).toContain('bao-cao-PT-2026-Q3.docx, bao-cao-PT-2026-Q3.pdf');
    expect(en).toContain('Q3 2026 under Circular 36/2013/TT-BCT, Art. 21.5');
    expect(mail.subject).toBe(
      '[Báo cáo định kỳ] Sở Công Thương tỉnh Phú Thọ: tình hình thực hiện khuyến công quý III năm 2026 / Periodic report on khuyến công, Q3 2026',
    );
    expect(mail.html).toContain('href="https://kc.example.vn/periodic-reports"');
  });
});
