import { CalendarReminderKind, calendarReminderMail } from './calendar-templates';

const context = {
  year: 2027,
  addressee: { vi: 'Sở Công Thương tỉnh Bắc Ninh', en: 'the Department of Industry and Trade, tỉnh Bắc Ninh' },
  area: 'tỉnh Bắc Ninh',
  dueLocal: '22/06/2026',
  projects: [{ code: 'KCQG-2027-BN-0001', title: 'Lò nung gốm <Phù Lãng>' }],
  cuc: { vi: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công', en: 'the central department (Cục)' },
  link: 'http://127.0.0.1:3000/projects',
};

describe('calendarReminderMail', () => {
  it('writes Vietnamese first, names the addressee after "Kính gửi:", and the due day', () => {
    const mail = calendarReminderMail('REGISTRATION_TO_CUC', { ...context, projects: [] });
    expect(mail.subject).toBe(
      '[Lịch kế hoạch 2027] Đăng ký kế hoạch khuyến công quốc gia, hạn 22/06/2026 / Registration of the national plan, due 22/06/2026',
    );
    expect(mail.text.indexOf('Kính gửi: Sở Công Thương tỉnh Bắc Ninh')).toBe(0);
    expect(mail.text).toContain('chưa đăng ký đề án khuyến công quốc gia nào cho năm 2027');
    expect(mail.text).toContain('gửi Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công trước ngày 22/06/2026');
    expect(mail.text.indexOf('To: ')).toBeGreaterThan(mail.text.indexOf('Kính gửi:'));
  });

  it('lists the late projects, escaped in HTML, for every kind', () => {
    const kinds: CalendarReminderKind[] = [
      'DOSSIERS_TO_DEPARTMENT',
      'REGISTRATION_TO_CUC',
      'PLAN_APPROVAL',
      'COMPLETION_CHECKPOINT',
      'FISCAL_YEAR_END',
      'SETTLEMENT_CUTOFF',
    ];
    for (const kind of kinds) {
      const mail = calendarReminderMail(kind, context);
      expect(mail.text).toContain('• KCQG-2027-BN-0001 — Lò nung gốm <Phù Lãng>');
      expect(mail.html).toContain('Lò nung gốm &lt;Phù Lãng&gt;');
      expect(mail.html).not.toContain('<Phù Lãng>');
    }
  });
});
