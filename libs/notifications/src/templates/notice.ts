/** What every deadline message names: the project, the period, the due date (local time), the contact. */
export interface NoticeContext {
  project: { code: string; title: string; provinceName: string; url: string; unitName: string };
  /** The reporting period (e.g. key 2026-11, label vi "tháng 11/2026", en "November 2026"); absent for stalls. */
  period?: { key: string; vi: string; en: string };
  /** The waiting state a stalled project sits in. */
  stalledState?: { code: string; vi: string; en: string };
  /** Due moment shown in Asia/Ho_Chi_Minh, e.g. "24:00 ngày 25/11/2026". */
  dueLocal: { vi: string; en: string };
  overdue?: { workingDays: number; calendarDays: number };
  /** Who to contact about this message. */
  contact: { name: string; email: string };
  repetition: number;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Vietnamese first, then English, in both the plain-text and the HTML part. */
export function renderBilingual(subject: string, vi: string[], en: string[], link: string): RenderedMail {
  const text = [...vi, '', `Xem đề án: ${link}`, '', '---', '', ...en, '', `Open the project: ${link}`, ''].join('\n');
  const paragraphs = (lines: string[]) => lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5">
<div lang="vi">
${paragraphs(vi)}
<p><a href="${escapeHtml(link)}">Xem đề án</a></p>
</div>
<hr>
<div lang="en" style="color: #555">
${paragraphs(en)}
<p><a href="${escapeHtml(link)}">Open the project</a></p>
</div>
</body></html>
`;
  return { subject, text, html };
}
