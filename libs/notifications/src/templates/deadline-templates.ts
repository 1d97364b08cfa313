import { NoticeContext, RenderedMail, renderBilingual } from './notice';

function contactLines(c: NoticeContext) {
  return {
    vi: `Liên hệ: ${c.contact.name} <${c.contact.email}>.`,
    en: `Contact: ${c.contact.name} <${c.contact.email}>.`,
  };
}

function projectLines(c: NoticeContext) {
  return {
    vi: `Đề án ${c.project.code} — ${c.project.title} (${c.project.provinceName}), đơn vị thực hiện: ${c.project.unitName}.`,
    en: `Project ${c.project.code} — ${c.project.title} (${c.project.provinceName}), implementing unit: ${c.project.unitName}.`,
  };
}

/** Before the due date: a reminder to the implementing unit. */
export function reportReminder(c: NoticeContext): RenderedMail {
  const p = projectLines(c);
  const contact = contactLines(c);
  return renderBilingual(
    `[Nhắc hạn] Báo cáo tiến độ ${c.period!.vi} — ${c.project.code} / Report due ${c.period!.en}`,
    [
      'Kính gửi đơn vị thực hiện,',
      p.vi,
      `Báo cáo tiến độ ${c.period!.vi} đến hạn vào ${c.dueLocal.vi} (giờ Việt Nam). Đề nghị đơn vị nộp báo cáo đúng hạn.`,
      contact.vi,
    ],
    [
      'Dear implementing unit,',
      p.en,
      `The progress report for ${c.period!.en} is due by ${c.dueLocal.en} (Vietnam time).`,
      contact.en,
    ],
    c.project.url,
  );
}

/** After the due date: an overdue notice to the unit and the officer, repeated until the report arrives. */
export function reportOverdue(c: NoticeContext): RenderedMail {
  const p = projectLines(c);
  const contact = contactLines(c);
  const o = c.overdue!;
  return renderBilingual(
    `[Quá hạn] Chưa nhận báo cáo ${c.period!.vi} — ${c.project.code} / Report overdue (${c.period!.en})`,
    [
      'Kính gửi đơn vị thực hiện và cán bộ phụ trách,',
      p.vi,
      `Báo cáo tiến độ ${c.period!.vi} đã quá hạn ${c.dueLocal.vi}: quá ${o.workingDays} ngày làm việc (${o.calendarDays} ngày). Thông báo lần ${c.repetition}.`,
      'Đề nghị nộp báo cáo ngay; quá hạn kéo dài sẽ được báo cáo lên Sở Công Thương.',
      contact.vi,
    ],
    [
      'To the implementing unit and the officer in charge,',
      p.en,
      `The progress report for ${c.period!.en} was due by ${c.dueLocal.en}: ${o.workingDays} working days (${o.calendarDays} days) overdue. Notice no. ${c.repetition}.`,
      'Please submit it now; a longer delay is escalated to the Department of Industry and Trade.',
      contact.en,
    ],
    c.project.url,
  );
}

const LEVEL = {
  1: { vi: 'Sở Công Thương', en: 'the Department of Industry and Trade' },
  2: { vi: 'cấp Bộ / lãnh đạo tỉnh', en: 'the national level / provincial leadership' },
} as const;

/** A late report or a stalled project raised to a supervisor level. */
export function escalation(c: NoticeContext, level: 1 | 2): RenderedMail {
  const p = projectLines(c);
  const contact = contactLines(c);
  const what = c.period
    ? {
        vi: `báo cáo tiến độ ${c.period.vi} chưa được nộp`,
        en: `the progress report for ${c.period.en} has not been submitted`,
      }
    : {
        vi: `đề án dừng ở trạng thái "${c.stalledState!.vi}" quá thời hạn`,
        en: `the project has stalled in "${c.stalledState!.en}"`,
      };
  const o = c.overdue;
  return renderBilingual(
    `[Báo cáo lên ${LEVEL[level].vi}] ${c.project.code}: ${what.vi} / Escalated: ${what.en}`,
    [
      `Kính gửi ${LEVEL[level].vi},`,
      p.vi,
      `Hạn: ${c.dueLocal.vi}; ${what.vi}${o ? `, quá ${o.workingDays} ngày làm việc (${o.calendarDays} ngày)` : ''}.`,
      'Đề nghị kiểm tra, xác nhận và xử lý (có thể kiểm tra thực tế, đề xuất điều chỉnh hoặc ngừng thực hiện).',
      contact.vi,
    ],
    [
      `To ${LEVEL[level].en},`,
      p.en,
      `Due: ${c.dueLocal.en}; ${what.en}${o ? `, ${o.workingDays} working days (${o.calendarDays} days) overdue` : ''}.`,
      'Please acknowledge and resolve it (an on-site check, an adjustment or a suspension may be proposed).',
      contact.en,
    ],
    c.project.url,
  );
}

/** The first notice that a project has waited too long in a state. */
export function projectStalled(c: NoticeContext): RenderedMail {
  const p = projectLines(c);
  const contact = contactLines(c);
  return renderBilingual(
    `[Chậm tiến độ] ${c.project.code} dừng ở "${c.stalledState!.vi}" / Project stalled in "${c.stalledState!.en}"`,
    [
      'Kính gửi cán bộ phụ trách,',
      p.vi,
      `Đề án ở trạng thái "${c.stalledState!.vi}" đã quá thời hạn ${c.dueLocal.vi}. Đề nghị xử lý bước tiếp theo.`,
      contact.vi,
    ],
    [
      'To the officer in charge,',
      p.en,
      `The project has been in "${c.stalledState!.en}" past its limit of ${c.dueLocal.en}. Please take the next step.`,
      contact.en,
    ],
    c.project.url,
  );
}
