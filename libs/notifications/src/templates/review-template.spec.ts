import { nineMonthReviewMail } from './review-template';

const ROW = {
  code: 'KCĐP-2026-HN-0002',
  title: 'Máy sấy nông sản',
  disbursedPct: 20,
  physicalProgressPct: 30,
  plannedProgressPct: 75,
  reasons: ['LOW_DISBURSEMENT', 'LOW_PROGRESS'],
};
const THRESHOLDS = { disbursement: 60, progress: 50 };
const LINK = 'https://kc.example.vn/reviews';

describe('nine-month review mail', () => {
  it("is addressed to the province's Department leaders, the subject naming the province first", () => {
    const mail = nineMonthReviewMail('Hà Nội', 2026, [ROW], THRESHOLDS, LINK, {
      vi: 'Lãnh đạo Sở Công Thương thành phố Hà Nội',
      en: 'the leadership of the Department of Industry and Trade, thành phố Hà Nội',
    });
    expect(mail.subject.startsWith('[Rà soát 9 tháng 2026] Hà Nội: 1 đề án cần chú ý')).toBe(true);
    const [vi, en] = mail.text.split('\n---\n');
    expect(vi.split('\n')[0]).toBe('Kính gửi: Lãnh đạo Sở Công Thương thành phố Hà Nội');
    expect(vi).toContain(
      '• KCĐP-2026-HN-0002 — Máy sấy nông sản: giải ngân 20%, tiến độ 30% / kế hoạch 75% (giải ngân thấp, tiến độ chậm)',
    );
    expect(en.trim().split('\n')[0]).toBe(
      'To: the leadership of the Department of Industry and Trade, thành phố Hà Nội',
    );
    expect(mail.html).toContain(`<a href="${LINK}">Xem</a>`);
  });

  it('lists every province’s projects with their province in the national summary to the Cục', () => {
    const mail = nineMonthReviewMail(
      'Toàn quốc',
      2026,
      [
        { ...ROW, provinceName: 'Hà Nội' },
        { ...ROW, code: 'KCQG-2026-BN-0001', provinceName: 'Bắc Ninh', reasons: ['LOW_PROGRESS'] },
      ],
      THRESHOLDS,
      LINK,
      { vi: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công', en: 'the central department (Cục)' },
    );
    expect(mail.subject.startsWith('[Rà soát 9 tháng 2026] Toàn quốc: 2 đề án cần chú ý')).toBe(true);
    const [vi] = mail.text.split('\n---\n');
    expect(vi.split('\n')[0]).toBe('Kính gửi: Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công');
    expect(vi).toContain('• KCQG-2026-BN-0001 (Bắc Ninh) — Máy sấy nông sản');
    expect(vi).toContain('• KCĐP-2026-HN-0002 (Hà Nội) — Máy sấy nông sản');
  });
});
