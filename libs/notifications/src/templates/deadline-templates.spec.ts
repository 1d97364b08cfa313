import { escalation, projectStalled, reportOverdue, reportReminder } from './deadline-templates';
import { NoticeContext, RenderedMail, escapeHtml } from './notice';

const LINK = 'https://kc.example.vn/api/projects/42';

/** A local project of Thái Nguyên, its April 2026 report due at 24:00 on 28/4/2026 and 5 working days late. */
const REPORT: NoticeContext = {
  project: {
    code: 'KCĐP-2026-TN-0007',
    title: 'Hỗ trợ máy sao chè tiết kiệm năng lượng',
    provinceName: 'Thái Nguyên',
    url: LINK,
    unitName: 'HTX chè Tân Cương',
  },
  period: { key: '2026-04', vi: 'tháng 4/2026', en: 'April 2026' },
  dueLocal: { vi: '24:00 ngày 28/04/2026', en: 'the end of 28/04/2026' },
  overdue: { workingDays: 5, calendarDays: 9 },
  contact: { name: 'Nguyễn Thị Lan', email: 'lan.nt@sct.example.vn' },
  repetition: 2,
};

/** The same project stalled in APPROVED past its 30-day limit. */
const STALL: NoticeContext = {
  ...REPORT,
  period: undefined,
  stalledState: { code: 'APPROVED', vi: 'Được phê duyệt, giao kế hoạch', en: 'Approved' },
};

/** The Vietnamese and English halves of the plain-text part, split at the '---' line. */
function halves(mail: RenderedMail): { vi: string; en: string } {
  const [vi, en, ...rest] = mail.text.split('\n---\n');
  expect(rest).toEqual([]);
  return { vi, en };
}

/** What every deadline mail must carry, in both languages and in both parts. */
function expectCommonContent(mail: RenderedMail) {
  const { vi, en } = halves(mail);
  expect(mail.subject).toContain('KCĐP-2026-TN-0007');
  for (const part of [vi, en, mail.html]) {
    expect(part).toContain('KCĐP-2026-TN-0007');
    expect(part).toContain(LINK);
    expect(part).toContain('Nguyễn Thị Lan');
    expect(part).toContain('lan.nt@sct.example.vn');
  }
  expect(vi).toContain('Liên hệ: Nguyễn Thị Lan <lan.nt@sct.example.vn>.');
  expect(vi).toContain(`Xem đề án: ${LINK}`);
  expect(en).toContain('Contact: Nguyễn Thị Lan <lan.nt@sct.example.vn>.');
  expect(en).toContain(`Open the project: ${LINK}`);
  // Vietnamese first, then English, in the HTML part too.
  expect(mail.html.indexOf('<div lang="vi">')).toBeGreaterThan(0);
  expect(mail.html.indexOf('<div lang="vi">')).toBeLessThan(mail.html.indexOf('<div lang="en"'));
  expect(mail.html).toContain('<html lang="vi">');
  expect(mail.html).toContain('<meta charset="utf-8">');
  // Precomposed (NFC) Vietnamese, as a mail client expects.
  for (const s of [mail.subject, mail.text, mail.html]) expect(s.normalize('NFC')).toBe(s);
}

/** The subject is "Vietnamese / English". */
function subjectHalves(mail: RenderedMail): [string, string] {
  const i = mail.subject.lastIndexOf(' / ');
  return [mail.subject.slice(0, i), mail.subject.slice(i + 3)];
}

describe('reportReminder', () => {
  const mail = reportReminder(REPORT);

  it('names the project, the period and the due date, Vietnamese first', () => {
    expectCommonContent(mail);
    expect(subjectHalves(mail)).toEqual([
      '[Nhắc hạn] Báo cáo tiến độ tháng 4/2026 — KCĐP-2026-TN-0007',
      'Report due April 2026',
    ]);
    const { vi, en } = halves(mail);
    expect(vi.split('\n').slice(0, 3)).toEqual([
      'Kính gửi đơn vị thực hiện,',
      'Đề án KCĐP-2026-TN-0007 — Hỗ trợ máy sao chè tiết kiệm năng lượng (Thái Nguyên), đơn vị thực hiện: HTX chè Tân Cương.',
      'Báo cáo tiến độ tháng 4/2026 đến hạn vào 24:00 ngày 28/04/2026 (giờ Việt Nam). Đề nghị đơn vị nộp báo cáo đúng hạn.',
    ]);
    expect(en).toContain('The progress report for April 2026 is due by the end of 28/04/2026 (Vietnam time).');
  });
});

describe('reportOverdue', () => {
  const mail = reportOverdue(REPORT);

  it('names the period, the due date, the days overdue and the repetition', () => {
    expectCommonContent(mail);
    expect(subjectHalves(mail)).toEqual([
      '[Quá hạn] Chưa nhận báo cáo tháng 4/2026 — KCĐP-2026-TN-0007',
      'Report overdue (April 2026)',
    ]);
    const { vi, en } = halves(mail);
    expect(vi).toContain('Kính gửi đơn vị thực hiện và cán bộ phụ trách,');
    expect(vi).toContain(
      'Báo cáo tiến độ tháng 4/2026 đã quá hạn 24:00 ngày 28/04/2026: quá 5 ngày làm việc (9 ngày). Thông báo lần 2.',
    );
    expect(vi).toContain('Đề nghị nộp báo cáo ngay; quá hạn kéo dài sẽ được báo cáo lên Sở Công Thương.');
    expect(en).toContain(
      'The progress report for April 2026 was due by the end of 28/04/2026: 5 working days (9 days) overdue. Notice no. 2.',
    );
  });
});

describe('escalation of a late report', () => {
  it('goes to the Department at level 1', () => {
    const mail = escalation(REPORT, 1);
    expectCommonContent(mail);
    expect(subjectHalves(mail)).toEqual([
      '[Báo cáo lên Sở Công Thương] KCĐP-2026-TN-0007: báo cáo tiến độ tháng 4/2026 chưa được nộp',
      'Escalated: the progress report for April 2026 has not been submitted',
    ]);
    const { vi, en } = halves(mail);
    expect(vi).toContain('Kính gửi Sở Công Thương,');
    expect(vi).toContain(
      'Hạn: 24:00 ngày 28/04/2026; báo cáo tiến độ tháng 4/2026 chưa được nộp, quá 5 ngày làm việc (9 ngày).',
    );
    expect(vi).toContain(
      'Đề nghị kiểm tra, xác nhận và xử lý (có thể kiểm tra thực tế, đề xuất điều chỉnh hoặc ngừng thực hiện).',
    );
    expect(en).toContain('To the Department of Industry and Trade,');
    expect(en).toContain(
      'Due: the end of 28/04/2026; the progress report for April 2026 has not been submitted, 5 working days (9 days) overdue.',
    );
  });

  it('goes to the national level or the provincial leadership at level 2', () => {
    const mail = escalation(REPORT, 2);
    expectCommonContent(mail);
    expect(mail.subject.startsWith('[Báo cáo lên cấp Bộ / lãnh đạo tỉnh] KCĐP-2026-TN-0007:')).toBe(true);
    const { vi, en } = halves(mail);
    expect(vi.split('\n')[0]).toBe('Kính gửi cấp Bộ / lãnh đạo tỉnh,');
    expect(en.split('\n').find((l) => l.startsWith('To '))).toBe('To the national level / provincial leadership,');
  });

  it('leaves out the overdue days when they are not known', () => {
    const mail = escalation({ ...REPORT, overdue: undefined }, 1);
    expect(halves(mail).vi).toContain('Hạn: 24:00 ngày 28/04/2026; báo cáo tiến độ tháng 4/2026 chưa được nộp.');
    expect(mail.text).not.toContain('undefined');
  });
});

describe('escalation of a stalled project', () => {
  it.each([1, 2] as const)('names the state it stalled in, level %d', (level) => {
    const mail = escalation(STALL, level);
    expectCommonContent(mail);
    expect(mail.subject).toContain('đề án dừng ở trạng thái "Được phê duyệt, giao kế hoạch" quá thời hạn');
    expect(mail.subject).toContain('Escalated: the project has stalled in "Approved"');
    const { vi, en } = halves(mail);
    expect(vi).toContain(
      'Hạn: 24:00 ngày 28/04/2026; đề án dừng ở trạng thái "Được phê duyệt, giao kế hoạch" quá thời hạn, quá 5 ngày làm việc (9 ngày).',
    );
    expect(en).toContain(
      'Due: the end of 28/04/2026; the project has stalled in "Approved", 5 working days (9 days) overdue.',
    );
    expect(mail.text).not.toContain('tháng 4/2026');
  });
});

describe('projectStalled', () => {
  it('tells the officer the state and its limit', () => {
    const mail = projectStalled(STALL);
    expectCommonContent(mail);
    expect(subjectHalves(mail)).toEqual([
      '[Chậm tiến độ] KCĐP-2026-TN-0007 dừng ở "Được phê duyệt, giao kế hoạch"',
      'Project stalled in "Approved"',
    ]);
    const { vi, en } = halves(mail);
    expect(vi).toContain('Kính gửi cán bộ phụ trách,');
    expect(vi).toContain(
      'Đề án ở trạng thái "Được phê duyệt, giao kế hoạch" đã quá thời hạn 24:00 ngày 28/04/2026. Đề nghị xử lý bước tiếp theo.',
    );
    expect(en).toContain(
      'The project has been in "Approved" past its limit of the end of 28/04/2026. Please take the next step.',
    );
  });
});

describe('HTML safety', () => {
  const hostile: NoticeContext = {
    ...REPORT,
    project: { ...REPORT.project, title: 'Máy <script>alert("x")</script> & "thiết bị"', url: `${LINK}?a=1&b="2"` },
  };

  it.each([
    ['reportReminder', reportReminder(hostile)],
    ['reportOverdue', reportOverdue(hostile)],
    ['escalation', escalation(hostile, 1)],
    ['projectStalled', projectStalled({ ...hostile, period: undefined, stalledState: STALL.stalledState })],
  ])('%s escapes a title with <script> and quotes in the link', (_name, mail) => {
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Máy &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;thiết bị&quot;');
    expect(mail.html).toContain(`href="${LINK}?a=1&amp;b=&quot;2&quot;"`);
    // The plain-text part shows the title as written.
    expect(mail.text).toContain('Máy <script>alert("x")</script> & "thiết bị"');
  });

  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
