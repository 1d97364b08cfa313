import { escalation, overduePhrase, projectStalled, reportOverdue, reportReminder } from './deadline-templates';
import { NoticeContext, RenderedMail, escapeHtml } from './notice';

const LINK = 'https://kc.example.vn/projects/42';
const QUEUE_LINK = 'https://kc.example.vn/queues/escalations';

/** A local project of Thái Nguyên, its April 2026 report due on 28/4/2026 and 5 working days late. */
const REPORT: NoticeContext = {
  project: {
    code: 'KCĐP-2026-TN-0007',
    title: 'Hỗ trợ máy sao chè tiết kiệm năng lượng',
    provinceName: 'Thái Nguyên',
    url: LINK,
    unitName: 'HTX chè Tân Cương',
  },
  scope: 'LOCAL',
  addressee: { vi: 'HTX chè Tân Cương', en: 'HTX chè Tân Cương' },
  period: { key: '2026-04', vi: 'tháng 4/2026', en: 'April 2026' },
  dueLocal: { vi: 'ngày 28/04/2026', en: '28/04/2026' },
  overdue: { workingDays: 5, calendarDays: 9, hours: 200 },
  contact: { name: 'Nguyễn Thị Lan', email: 'lan.nt@sct.example.vn' },
  repetition: 2,
  escalationsUrl: QUEUE_LINK,
};

const DEPARTMENT = { vi: 'Sở Công Thương Thái Nguyên', en: 'the Department of Industry and Trade of Thái Nguyên' };

/** The same project stalled in APPROVED past its 30-day limit. */
const STALL: NoticeContext = {
  ...REPORT,
  addressee: DEPARTMENT,
  period: undefined,
  stalledState: { code: 'APPROVED', vi: 'Được phê duyệt, giao kế hoạch', en: 'Approved' },
};

/** Waiting on the Department itself, at its base appraisal. */
const APPRAISAL_STALL: NoticeContext = {
  ...STALL,
  stalledState: { code: 'BASE_APPRAISAL', vi: 'Thẩm định cấp cơ sở', en: 'Base appraisal' },
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
    // The web page, never the API.
    expect(part).not.toContain('/api/');
  }
  expect(vi).toContain('Liên hệ: Nguyễn Thị Lan <lan.nt@sct.example.vn>.');
  expect(vi).toContain(`Xem đề án: ${LINK}`);
  expect(en).toContain('Contact: Nguyễn Thị Lan <lan.nt@sct.example.vn>.');
  expect(en).toContain(`Open the project: ${LINK}`);
  expect(mail.html).toContain(`<a href="${LINK}">Xem đề án</a>`);
  // Vietnamese first, then English, in the HTML part too.
  expect(mail.html.indexOf('<div lang="vi">')).toBeGreaterThan(0);
  expect(mail.html.indexOf('<div lang="vi">')).toBeLessThan(mail.html.indexOf('<div lang="en"'));
  expect(mail.html).toContain('<html lang="vi">');
  expect(mail.html).toContain('<meta charset="utf-8">');
  // Precomposed (NFC) Vietnamese, as a mail client expects.
  for (const s of [mail.subject, mail.text, mail.html]) expect(s.normalize('NFC')).toBe(s);
  // Words a Department would correct.
  for (const s of [mail.subject, vi]) {
    expect(s).not.toMatch(/Vượt cấp|vượt cấp|quá 0 ngày|24:00|nộp báo cáo ngay/);
  }
}

/** The subject is "Vietnamese / English". */
function subjectHalves(mail: RenderedMail): [string, string] {
  const i = mail.subject.lastIndexOf(' / ');
  return [mail.subject.slice(0, i), mail.subject.slice(i + 3)];
}

describe('reportReminder', () => {
  const mail = reportReminder(REPORT);

  it('is addressed to the unit by its name and gives the due day as a day', () => {
    expectCommonContent(mail);
    expect(subjectHalves(mail)).toEqual([
      '[Nhắc hạn] Báo cáo tiến độ tháng 4/2026 — KCĐP-2026-TN-0007',
      'Report due April 2026',
    ]);
    const { vi, en } = halves(mail);
    expect(vi.split('\n').slice(0, 3)).toEqual([
      'Kính gửi: HTX chè Tân Cương',
      'Đề án KCĐP-2026-TN-0007 — Hỗ trợ máy sao chè tiết kiệm năng lượng (Thái Nguyên), đơn vị thực hiện: HTX chè Tân Cương.',
      'Hạn nộp báo cáo tiến độ tháng 4/2026 là ngày 28/04/2026. Đề nghị đơn vị nộp báo cáo đúng hạn.',
    ]);
    expect(en).toContain('The progress report for April 2026 is due by 28/04/2026 (Vietnam time).');
  });
});

describe('reportOverdue', () => {
  it('names the period, the due day, the days overdue and the repetition', () => {
    const mail = reportOverdue(REPORT);
    expectCommonContent(mail);
    expect(subjectHalves(mail)).toEqual([
      '[Quá hạn] Chưa nhận được báo cáo tiến độ tháng 4/2026 — KCĐP-2026-TN-0007',
      'Report overdue (April 2026)',
    ]);
    const { vi, en } = halves(mail);
    expect(vi.split('\n')[0]).toBe('Kính gửi: HTX chè Tân Cương');
    expect(vi).toContain(
      'Đến nay chưa nhận được báo cáo tiến độ tháng 4/2026 của đơn vị (hạn nộp: ngày 28/04/2026); báo cáo đã quá hạn 5 ngày làm việc (9 ngày). Thông báo lần 2.',
    );
    expect(vi).toContain('Đề nghị đơn vị khẩn trương nộp báo cáo');
    expect(en).toContain(
      'The progress report for April 2026 (due 28/04/2026) has not been received; it is 5 working days (9 days) overdue. Notice no. 2.',
    );
  });

  it('sent at the due moment says "đã quá hạn", never "quá 0 ngày làm việc (0 ngày)"', () => {
    const mail = reportOverdue({ ...REPORT, overdue: { workingDays: 0, calendarDays: 0, hours: 0 }, repetition: 1 });
    expectCommonContent(mail);
    expect(halves(mail).vi).toContain('(hạn nộp: ngày 28/04/2026); báo cáo đã quá hạn. Thông báo lần 1.');
    expect(halves(mail).en).toContain('it is now overdue.');
  });
});

describe('overduePhrase', () => {
  it.each([
    [{ workingDays: 0, calendarDays: 0, hours: 0 }, 'đã quá hạn', 'now overdue'],
    [{ workingDays: 0, calendarDays: 0, hours: 5 }, 'đã quá hạn 5 giờ', '5 hours overdue'],
    [{ workingDays: 0, calendarDays: 2, hours: 50 }, 'đã quá hạn 2 ngày', '2 days overdue'],
    [
      { workingDays: 1, calendarDays: 1, hours: 30 },
      'đã quá hạn 1 ngày làm việc (1 ngày)',
      '1 working day (1 day) overdue',
    ],
    [
      { workingDays: 5, calendarDays: 9, hours: 220 },
      'đã quá hạn 5 ngày làm việc (9 ngày)',
      '5 working days (9 days) overdue',
    ],
  ])('%j reads "%s"', (late, vi, en) => {
    expect(overduePhrase(late)).toEqual({ vi, en });
  });
});

describe('escalation of a late report', () => {
  it('is a level 1 warning with links to the project and the escalations list', () => {
    const mail = escalation({ ...REPORT, addressee: DEPARTMENT }, 1);
    expectCommonContent(mail);
    expect(subjectHalves(mail)).toEqual([
      '[Cảnh báo cấp 1] KCĐP-2026-TN-0007: chưa nộp báo cáo tiến độ tháng 4/2026',
      'Escalation level 1: the progress report for April 2026 has not been submitted',
    ]);
    const { vi, en } = halves(mail);
    expect(vi.split('\n')[0]).toBe('Kính gửi: Sở Công Thương Thái Nguyên');
    expect(vi).toContain(
      'Hạn: ngày 28/04/2026; chưa nộp báo cáo tiến độ tháng 4/2026, đã quá hạn 5 ngày làm việc (9 ngày).',
    );
    expect(vi).toContain(`Danh sách cảnh báo: ${QUEUE_LINK}`);
    expect(en.trim().split('\n')[0]).toBe('To: the Department of Industry and Trade of Thái Nguyên');
    expect(en).toContain(`Escalations list: ${QUEUE_LINK}`);
    expect(mail.html).toContain(`<a href="${QUEUE_LINK}">Danh sách cảnh báo</a>`);
  });

  it('is a level 2 warning addressed to a person by name', () => {
    const mail = escalation({ ...REPORT, addressee: { vi: 'Trần Văn Hùng', en: 'Trần Văn Hùng' } }, 2);
    expectCommonContent(mail);
    expect(mail.subject.startsWith('[Cảnh báo cấp 2] KCĐP-2026-TN-0007:')).toBe(true);
    expect(halves(mail).vi.split('\n')[0]).toBe('Kính gửi: Trần Văn Hùng');
  });

  it('leaves out the overdue days when they are not known', () => {
    const mail = escalation({ ...REPORT, overdue: undefined }, 1);
    expect(halves(mail).vi).toContain('Hạn: ngày 28/04/2026; chưa nộp báo cáo tiến độ tháng 4/2026.');
    expect(mail.text).not.toContain('undefined');
  });
});

describe('escalation of a stalled project', () => {
  it.each([1, 2] as const)('names the step it stalled at, level %d', (level) => {
    const mail = escalation(STALL, level);
    expectCommonContent(mail);
    expect(mail.subject).toContain(
      `[Cảnh báo cấp ${level}] KCĐP-2026-TN-0007: đề án dừng ở bước "Được phê duyệt, giao kế hoạch" quá thời hạn`,
    );
    expect(mail.subject).toContain(`Escalation level ${level}: the project has stalled in "Approved"`);
    expect(mail.text).not.toContain('tháng 4/2026');
  });

  it('at the Department’s own step, is its processing time exceeded', () => {
    const mail = escalation(APPRAISAL_STALL, 1);
    expectCommonContent(mail);
    expect(mail.subject).toContain('quá thời hạn xử lý ở bước "Thẩm định cấp cơ sở"');
  });
});

describe('projectStalled', () => {
  it('tells the officers the step and its limit', () => {
    const mail = projectStalled(STALL);
    expectCommonContent(mail);
    expect(subjectHalves(mail)).toEqual([
      '[Chậm tiến độ] KCĐP-2026-TN-0007 dừng ở bước "Được phê duyệt, giao kế hoạch"',
      'Project stalled in "Approved"',
    ]);
    const { vi, en } = halves(mail);
    expect(vi.split('\n')[0]).toBe('Kính gửi: Sở Công Thương Thái Nguyên');
    expect(vi).toContain(
      'Đề án ở bước "Được phê duyệt, giao kế hoạch" đã quá thời hạn (hạn: ngày 28/04/2026). Đề nghị thực hiện bước tiếp theo.',
    );
    expect(en).toContain(
      'The project has been in "Approved" past its limit (due 28/04/2026). Please take the next step.',
    );
  });

  it.each(['SUBMITTED', 'BASE_APPRAISAL', 'MINISTRY_APPRAISAL'])(
    'at %s is the Department’s own delay: "Quá thời hạn xử lý ở bước …", not "[Chậm tiến độ]"',
    (code) => {
      const mail = projectStalled({ ...APPRAISAL_STALL, stalledState: { code, vi: 'Bước X', en: 'Step X' } });
      expectCommonContent(mail);
      expect(subjectHalves(mail)).toEqual([
        'Quá thời hạn xử lý ở bước "Bước X" — KCĐP-2026-TN-0007',
        'Processing time exceeded at "Step X"',
      ]);
      expect(mail.subject).not.toContain('Chậm tiến độ');
      expect(halves(mail).vi).toContain(
        'Hồ sơ đề án đang ở bước "Bước X" đã quá thời hạn xử lý (hạn: ngày 28/04/2026). Đề nghị hoàn thành bước này.',
      );
    },
  );

  it('names an office with no address as the contact when the province has no officer', () => {
    const mail = projectStalled({ ...STALL, contact: { name: 'Sở Công Thương Thái Nguyên', email: null } });
    expect(halves(mail).vi).toContain('Liên hệ: Sở Công Thương Thái Nguyên.');
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

describe('escalation level 3', () => {
  const MINISTER = { vi: 'Bộ trưởng Bộ Công Thương', en: 'the Minister of Industry and Trade' };
  const CHAIRMAN = {
    vi: 'Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên',
    en: "the Chairman of the People's Committee of tỉnh Thái Nguyên",
  };
  const NATIONAL_REPORT: NoticeContext = {
    ...REPORT,
    scope: 'NATIONAL',
    project: { ...REPORT.project, code: 'KCQG-2026-TN-0007' },
    addressee: MINISTER,
  };

  it('asks the Minister, for a national project, to decide a carry-over into next year or a stop', () => {
    const mail = escalation(NATIONAL_REPORT, 3);
    expect(mail.subject.startsWith('[Cảnh báo cấp 3 — đề nghị quyết định] KCQG-2026-TN-0007:')).toBe(true);
    const { vi, en } = halves(mail);
    expect(vi.split('\n')[0]).toBe('Kính gửi: Bộ trưởng Bộ Công Thương');
    expect(vi).toContain('quyết định cho phép chuyển tiếp (gia hạn sang năm sau) hoặc ngừng thực hiện đề án');
    expect(vi).not.toContain('Ủy ban nhân dân');
    expect(en.trim().split('\n')[0]).toBe('To: the Minister of Industry and Trade');
    expect(en).toContain('a carry-over into next year or stopping the project');
  });

  it('asks the UBND chairman, for a local project, to decide under the province’s regulation', () => {
    const mail = escalation({ ...REPORT, addressee: CHAIRMAN }, 3);
    expectCommonContent(mail);
    expect(mail.subject.startsWith('[Cảnh báo cấp 3 — đề nghị quyết định] KCĐP-2026-TN-0007:')).toBe(true);
    const { vi, en } = halves(mail);
    expect(vi.split('\n')[0]).toBe('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên');
    expect(vi).toContain(
      'đề nghị Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định điều chỉnh, gia hạn hoặc ngừng thực hiện đề án theo quy chế quản lý kinh phí khuyến công của tỉnh',
    );
    // The Minister decides national projects only; a local project is not carried "into next year" by him.
    expect(vi).not.toContain('Bộ trưởng');
    expect(vi).not.toContain('sang năm sau');
    expect(en).toContain("under the province's regulation");
  });

  it.each([1, 2] as const)('keeps level %d a request to check and direct, whatever the scope', (level) => {
    for (const scope of ['NATIONAL', 'LOCAL'] as const) {
      const { vi } = halves(escalation({ ...REPORT, scope }, level));
      expect(vi).toContain('Đề nghị kiểm tra, chỉ đạo xử lý');
      expect(vi).not.toContain('quyết định');
    }
  });

  it('says when the project cannot be completed within its fiscal year', () => {
    const mail = escalation(
      { ...STALL, scope: 'NATIONAL', addressee: MINISTER, yearEnd: { planYear: 2026, plannedEndLocal: '15/02/2027' } },
      3,
    );
    expect(mail.subject).toContain('đề án không thể hoàn thành trong năm ngân sách 2026');
    expect(halves(mail).vi).toContain('Mốc hoàn thành năm 2026:');
    expect(mail.text).not.toContain('quá hạn');
  });
});
