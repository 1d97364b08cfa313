import { RenderedMail, escapeHtml } from './notice';

export interface ReviewMailRow {
  code: string;
  /** The province's short name, listed in the national summary. */
  provinceName?: string;
  title: string;
  disbursedPct: number;
  physicalProgressPct: number | null;
  plannedProgressPct: number;
  reasons: string[];
}

const REASON = {
  LOW_DISBURSEMENT: { vi: 'giải ngân thấp', en: 'low disbursement' },
  LOW_PROGRESS: { vi: 'tiến độ chậm', en: 'slow progress' },
} as Record<string, { vi: string; en: string }>;

/**
 * The nine-month review of one province (its supervisors and its Department's leaders) or the national summary (the
 * Cục): Vietnamese first, English second, plain text and HTML. `area` is the province's short name ("Hà Nội") or
 * "Toàn quốc"; `addressee` the body after "Kính gửi:".
 */
export function nineMonthReviewMail(
  area: string,
  year: number,
  rows: ReviewMailRow[],
  thresholds: { disbursement: number; progress: number },
  link: string,
  addressee: { vi: string; en: string } = {
    vi: `Sở Công Thương ${area}`,
    en: `the Department of Industry and Trade, ${area}`,
  },
): RenderedMail {
  const subject = `[Rà soát 9 tháng ${year}] ${area}: ${rows.length} đề án cần chú ý / Nine-month review: ${rows.length} projects need attention`;
  const line = (r: ReviewMailRow, lang: 'vi' | 'en') =>
    `${r.code}${r.provinceName ? ` (${r.provinceName})` : ''} — ${r.title}: ${lang === 'vi' ? 'giải ngân' : 'disbursed'} ${r.disbursedPct}%, ${lang === 'vi' ? 'tiến độ' : 'progress'} ${r.physicalProgressPct ?? '—'}% / ${lang === 'vi' ? 'kế hoạch' : 'plan'} ${r.plannedProgressPct}% (${r.reasons.map((x) => REASON[x]?.[lang] ?? x).join(', ')})`;
  const vi = [
    `Kính gửi: ${addressee.vi}`,
    `Rà soát 9 tháng năm ${year}: các đề án giải ngân dưới ${thresholds.disbursement}% kinh phí được duyệt hoặc tiến độ thực hiện dưới ${thresholds.progress}% kế hoạch:`,
    ...rows.map((r) => `• ${line(r, 'vi')}`),
  ];
  const en = [
    `To: ${addressee.en}`,
    `Nine-month review ${year}: projects under ${thresholds.disbursement}% disbursement of the approved support or under ${thresholds.progress}% of the planned progress:`,
    ...rows.map((r) => `• ${line(r, 'en')}`),
  ];
  const text = [...vi, '', `Xem: ${link}`, '', '---', '', ...en, '', `Open: ${link}`, ''].join('\n');
  const list = (lang: 'vi' | 'en') => `<ul>${rows.map((r) => `<li>${escapeHtml(line(r, lang))}</li>`).join('')}</ul>`;
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif"><div lang="vi"><p>${escapeHtml(vi[0])}</p><p>${escapeHtml(vi[1])}</p>${list('vi')}
<p><a href="${escapeHtml(link)}">Xem</a></p></div><hr><div lang="en" style="color:#555"><p>${escapeHtml(en[0])}</p><p>${escapeHtml(en[1])}</p>${list('en')}</div></body></html>
`;
  return { subject, text, html };
}
