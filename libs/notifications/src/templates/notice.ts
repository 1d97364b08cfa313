/** What every deadline message names: whom it addresses, the project, the period, the due day, the contact. */
export interface NoticeContext {
  project: { code: string; title: string; provinceName: string; url: string; unitName: string };
  /**
   * A national project's level 3 asks the Minister for a decision (a carry-over into next year, or a stop); a local
   * one asks the Chairman of the provincial People's Committee (an adjustment, an extension or a stop, under the
   * province's regulation).
   */
  scope: 'NATIONAL' | 'LOCAL';
  /**
   * Whom the mail is written to, as a Department clerk puts it after "Kính gửi:": the implementing unit's name, a
   * person's full name, or an office ("Sở Công Thương Hà Nội").
   */
  addressee: { vi: string; en: string };
  /** The reporting period (e.g. key 2026-11, label vi "tháng 11/2026", en "November 2026"); absent for stalls. */
  period?: { key: string; vi: string; en: string };
  /** The waiting state a stalled project sits in. */
  stalledState?: { code: string; vi: string; en: string };
  /** The due day in Asia/Ho_Chi_Minh: "ngày 25/11/2026", or "14:05 ngày 25/11/2026" for a deadline within a day. */
  dueLocal: { vi: string; en: string };
  /** How late the notice is: whole working and calendar days past the due day, and hours past the due moment. */
  overdue?: { workingDays: number; calendarDays: number; hours: number };
  /** Who to contact about this message (an office has no single address). */
  contact: { name: string; email: string | null };
  repetition: number;
  /** The web page listing the escalations, for the mails that raise one. */
  escalationsUrl?: string;
  /** A level 3 flag "completion impossible within the fiscal year": the plan year, and the planned end as written. */
  yearEnd?: { planYear: number; plannedEndLocal: string };
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** Files sent with it, when the mail carries a document. */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/** A link at the foot of a mail, labelled in both languages. */
export interface MailLink {
  url: string;
  vi: string;
  en: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** "Xem đề án" / "Open the project" to the project's web page. */
export function projectLink(url: string): MailLink {
  return { url, vi: 'Xem đề án', en: 'Open the project' };
}

/** Vietnamese first, then English, in both the plain-text and the HTML part. */
export function renderBilingual(subject: string, vi: string[], en: string[], links: string | MailLink[]): RenderedMail {
  const all = typeof links === 'string' ? [projectLink(links)] : links;
  const textLinks = (lang: 'vi' | 'en') => all.map((l) => `${l[lang]}: ${l.url}`);
  const text = [...vi, '', ...textLinks('vi'), '', '---', '', ...en, '', ...textLinks('en'), ''].join('\n');
  const paragraphs = (lines: string[]) => lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  const anchors = (lang: 'vi' | 'en') =>
    all.map((l) => `<p><a href="${escapeHtml(l.url)}">${escapeHtml(l[lang])}</a></p>`).join('\n');
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5">
<div lang="vi">
${paragraphs(vi)}
${anchors('vi')}
</div>
<hr>
<div lang="en" style="color: #555">
${paragraphs(en)}
${anchors('en')}
</div>
</body></html>
`;
  return { subject, text, html };
}
