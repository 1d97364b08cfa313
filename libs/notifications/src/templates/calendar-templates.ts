import { RenderedMail, escapeHtml } from './notice';

export type CalendarReminderKind =
  | 'DOSSIERS_TO_DEPARTMENT'
  | 'REGISTRATION_TO_CUC'
  | 'PLAN_APPROVAL'
  | 'COMPLETION_CHECKPOINT'
  | 'FISCAL_YEAR_END'
  | 'SETTLEMENT_CUTOFF';

export interface CalendarMailContext {
  year: number;
  /** Whom the letter is to, after "Kính gửi:": the unit, the Department, the Cục. */
  addressee: { vi: string; en: string };
  /** The province's name ("Hà Nội"), or "Toàn quốc". */
  area: string;
  /** The due day as written: "22/01/2027". */
  dueLocal: string;
  /** The late projects, code and title; empty for a Department that has registered nothing. */
  projects: Array<{ code: string; title: string; provinceName?: string }>;
  /** The Cục's name on the due day (Cục ĐMST-CĐX-KC since 2025). */
  cuc: { vi: string; en: string };
  link: string;
}

interface Wording {
  subject: { vi: string; en: string };
  body: (c: CalendarMailContext) => { vi: string; en: string };
}

/** One row per reminder kind (STYLE 7d): what each milestone asks of whom, as a Department clerk writes it. */
const WORDING: Record<CalendarReminderKind, Wording> = {
  DOSSIERS_TO_DEPARTMENT: {
    subject: { vi: 'Nộp hồ sơ đề án khuyến công quốc gia', en: 'Send the national project dossiers' },
    body: (c) => ({
      vi: `Thực hiện kế hoạch khuyến công quốc gia năm ${c.year}, đề nghị đơn vị hoàn thiện và gửi hồ sơ các đề án dưới đây về Sở Công Thương ${c.area} để thẩm định cấp cơ sở trước ngày ${c.dueLocal}:`,
      en: `For the ${c.year} national industrial promotion plan, please complete the dossiers of the projects below and send them to the Department of Industry and Trade, ${c.area}, for base appraisal by ${c.dueLocal}:`,
    }),
  },
  REGISTRATION_TO_CUC: {
    subject: { vi: 'Đăng ký kế hoạch khuyến công quốc gia', en: 'Registration of the national plan' },
    body: (c) => ({
      vi: `Đến nay Sở Công Thương ${c.area} chưa đăng ký đề án khuyến công quốc gia nào cho năm ${c.year}. Đề nghị Sở hoàn thành báo cáo đăng ký kế hoạch khuyến công quốc gia năm ${c.year} (kèm biểu tổng hợp Mẫu 2 và phiếu thẩm định) gửi ${c.cuc.vi} trước ngày ${c.dueLocal}.`,
      en: `The Department of Industry and Trade, ${c.area}, has registered no national project for ${c.year} yet. Please send the registration report for the ${c.year} national plan (with the Form 2 summary and the appraisal sheets) to ${c.cuc.en} by ${c.dueLocal}.`,
    }),
  },
  PLAN_APPROVAL: {
    subject: { vi: 'Phê duyệt, giao kế hoạch khuyến công quốc gia', en: 'Approval of the national plan' },
    body: (c) => ({
      vi: `Các đề án khuyến công quốc gia năm ${c.year} dưới đây đã được đăng ký nhưng chưa được phê duyệt, giao kế hoạch; thời hạn dự kiến ngày ${c.dueLocal}:`,
      en: `The ${c.year} national projects below are registered but not yet approved and assigned; expected by ${c.dueLocal}:`,
    }),
  },
  COMPLETION_CHECKPOINT: {
    subject: { vi: 'Hoàn thành, nghiệm thu đề án', en: 'Completion and acceptance' },
    body: (c) => ({
      vi: `Các đề án khuyến công năm ${c.year} dưới đây chưa được nghiệm thu. Đề nghị đơn vị khẩn trương hoàn thành khối lượng, phối hợp với Sở Công Thương ${c.area} tổ chức nghiệm thu cơ sở trước ngày ${c.dueLocal}:`,
      en: `The ${c.year} projects below are not accepted yet. Please complete the work and arrange the base acceptance with the Department of Industry and Trade, ${c.area}, by ${c.dueLocal}:`,
    }),
  },
  FISCAL_YEAR_END: {
    subject: { vi: 'Kết thúc năm ngân sách', en: 'Fiscal year end' },
    body: (c) => ({
      vi: `Năm ngân sách ${c.year} kết thúc ngày ${c.dueLocal}. Các đề án dưới đây chưa được nghiệm thu; đề nghị đơn vị hoàn thành nghiệm thu trong năm, hoặc báo cáo Sở Công Thương ${c.area} để đề nghị điều chỉnh, gia hạn theo quy định:`,
      en: `The ${c.year} fiscal year closes on ${c.dueLocal}. The projects below are not accepted yet; please finish the acceptance within the year, or report to the Department of Industry and Trade, ${c.area}, to request an adjustment or an extension:`,
    }),
  },
  SETTLEMENT_CUTOFF: {
    subject: { vi: 'Thanh lý hợp đồng, quyết toán kinh phí', en: 'Contract liquidation and settlement' },
    body: (c) => ({
      vi: `Các đề án khuyến công năm ${c.year} dưới đây đã nghiệm thu nhưng chưa thanh lý hợp đồng, quyết toán kinh phí. Đề nghị đơn vị hoàn thiện hồ sơ thanh lý, quyết toán gửi ${c.cuc.vi} chậm nhất ngày ${c.dueLocal}.`,
      en: `The ${c.year} projects below are accepted but not yet liquidated and settled. Please send the liquidation and settlement dossier to ${c.cuc.en} by ${c.dueLocal} at the latest.`,
    }),
  },
};

/** A reminder of the annual calendar: Vietnamese first, English second, plain text and HTML. */
export function calendarReminderMail(kind: CalendarReminderKind, c: CalendarMailContext): RenderedMail {
  const w = WORDING[kind];
  const body = w.body(c);
  const subject = `[Lịch kế hoạch ${c.year}] ${w.subject.vi}, hạn ${c.dueLocal} / ${w.subject.en}, due ${c.dueLocal}`;
  const line = (p: CalendarMailContext['projects'][number]) =>
    `${p.code}${p.provinceName ? ` (${p.provinceName})` : ''} — ${p.title}`;
  const vi = [`Kính gửi: ${c.addressee.vi}`, body.vi, ...c.projects.map((p) => `• ${line(p)}`)];
  const en = [`To: ${c.addressee.en}`, body.en, ...c.projects.map((p) => `• ${line(p)}`)];
  const text = [...vi, '', `Xem: ${c.link}`, '', '---', '', ...en, '', `Open: ${c.link}`, ''].join('\n');
  const list = c.projects.length ? `<ul>${c.projects.map((p) => `<li>${escapeHtml(line(p))}</li>`).join('')}</ul>` : '';
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif"><div lang="vi"><p>${escapeHtml(vi[0])}</p><p>${escapeHtml(body.vi)}</p>${list}
<p><a href="${escapeHtml(c.link)}">Xem</a></p></div><hr><div lang="en" style="color:#555"><p>${escapeHtml(en[0])}</p><p>${escapeHtml(body.en)}</p>${list}</div></body></html>
`;
  return { subject, text, html };
}
