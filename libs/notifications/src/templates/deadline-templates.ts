import { MailLink, NoticeContext, RenderedMail, projectLink, renderBilingual } from './notice';

/** Steps where the file waits on the Department itself: a stall there is the Department's own delay. */
const DEPARTMENT_STEPS = ['SUBMITTED', 'BASE_APPRAISAL', 'MINISTRY_APPRAISAL'];

export function isDepartmentStep(state: string): boolean {
  return DEPARTMENT_STEPS.includes(state);
}

function greeting(c: NoticeContext) {
  return { vi: `Kính gửi: ${c.addressee.vi}`, en: `To: ${c.addressee.en}` };
}

function contactLines(c: NoticeContext) {
  const address = c.contact.email ? ` <${c.contact.email}>` : '';
  return { vi: `Liên hệ: ${c.contact.name}${address}.`, en: `Contact: ${c.contact.name}${address}.` };
}

function projectLines(c: NoticeContext) {
  return {
    vi: `Đề án ${c.project.code} — ${c.project.title} (${c.project.provinceName}), đơn vị thực hiện: ${c.project.unitName}.`,
    en: `Project ${c.project.code} — ${c.project.title} (${c.project.provinceName}), implementing unit: ${c.project.unitName}.`,
  };
}

/**
 * How late, in words: a notice sent at the due moment is "đã quá hạn" (no "0 ngày"); within the first day, in hours;
 * past a weekend with no working day gone, in days only; otherwise working days with calendar days in brackets.
 */
export function overduePhrase(o: { workingDays: number; calendarDays: number; hours: number }): {
  vi: string;
  en: string;
} {
  if (o.calendarDays === 0 && o.workingDays === 0) {
    return o.hours >= 1
      ? { vi: `đã quá hạn ${o.hours} giờ`, en: `${o.hours} hour${o.hours === 1 ? '' : 's'} overdue` }
      : { vi: 'đã quá hạn', en: 'now overdue' };
  }
  const days = Math.max(o.calendarDays, o.workingDays);
  if (o.workingDays === 0) return { vi: `đã quá hạn ${days} ngày`, en: `${days} day${days === 1 ? '' : 's'} overdue` };
  return {
    vi: `đã quá hạn ${o.workingDays} ngày làm việc (${days} ngày)`,
    en: `${o.workingDays} working day${o.workingDays === 1 ? '' : 's'} (${days} day${days === 1 ? '' : 's'}) overdue`,
  };
}

/** Before the due day: a reminder to the implementing unit. */
export function reportReminder(c: NoticeContext): RenderedMail {
  const p = projectLines(c);
  const contact = contactLines(c);
  const hello = greeting(c);
  return renderBilingual(
    `[Nhắc hạn] Báo cáo tiến độ ${c.period!.vi} — ${c.project.code} / Report due ${c.period!.en}`,
    [
      hello.vi,
      p.vi,
      `Hạn nộp báo cáo tiến độ ${c.period!.vi} là ${c.dueLocal.vi}. Đề nghị đơn vị nộp báo cáo đúng hạn.`,
      contact.vi,
    ],
    [
      hello.en,
      p.en,
      `The progress report for ${c.period!.en} is due by ${c.dueLocal.en} (Vietnam time). Please submit it on time.`,
      contact.en,
    ],
    c.project.url,
  );
}

/** After the due day: an overdue notice to the unit (the officer in copy), repeated until the report arrives. */
export function reportOverdue(c: NoticeContext): RenderedMail {
  const p = projectLines(c);
  const contact = contactLines(c);
  const hello = greeting(c);
  const late = overduePhrase(c.overdue!);
  return renderBilingual(
    `[Quá hạn] Chưa nhận được báo cáo tiến độ ${c.period!.vi} — ${c.project.code} / Report overdue (${c.period!.en})`,
    [
      hello.vi,
      p.vi,
      `Đến nay chưa nhận được báo cáo tiến độ ${c.period!.vi} của đơn vị (hạn nộp: ${c.dueLocal.vi}); báo cáo ${late.vi}. Thông báo lần ${c.repetition}.`,
      'Đề nghị đơn vị khẩn trương nộp báo cáo; nếu tiếp tục chậm, việc chậm nộp sẽ được báo cáo lãnh đạo Sở Công Thương.',
      contact.vi,
    ],
    [
      hello.en,
      p.en,
      `The progress report for ${c.period!.en} (due ${c.dueLocal.en}) has not been received; it is ${late.en}. Notice no. ${c.repetition}.`,
      'Please submit it without delay; a longer delay is reported to the leadership of the Department of Industry and Trade.',
      contact.en,
    ],
    c.project.url,
  );
}

/** What an escalation or a stall is about, in the words of the mail. */
function escalatedMatter(c: NoticeContext) {
  if (c.yearEnd) {
    return {
      vi: `đề án không thể hoàn thành trong năm ngân sách ${c.yearEnd.planYear} (thời gian kết thúc theo kế hoạch: ${c.yearEnd.plannedEndLocal})`,
      en: `the project cannot be completed within the ${c.yearEnd.planYear} fiscal year (planned end: ${c.yearEnd.plannedEndLocal})`,
    };
  }
  if (c.period) {
    return {
      vi: `chưa nộp báo cáo tiến độ ${c.period.vi}`,
      en: `the progress report for ${c.period.en} has not been submitted`,
    };
  }
  const state = c.stalledState!;
  return isDepartmentStep(state.code)
    ? { vi: `quá thời hạn xử lý ở bước "${state.vi}"`, en: `processing time exceeded at "${state.en}"` }
    : { vi: `đề án dừng ở bước "${state.vi}" quá thời hạn`, en: `the project has stalled in "${state.en}"` };
}

function escalationLinks(c: NoticeContext): MailLink[] {
  const links = [projectLink(c.project.url)];
  if (c.escalationsUrl) links.push({ url: c.escalationsUrl, vi: 'Danh sách cảnh báo', en: 'Escalations list' });
  return links;
}

const CHECK_AND_DIRECT = {
  vi: 'Đề nghị kiểm tra, chỉ đạo xử lý (có thể kiểm tra thực tế, đề xuất điều chỉnh hoặc ngừng thực hiện) và cập nhật kết quả trên hệ thống.',
  en: 'Please check and direct its handling (an on-site check, an adjustment or a suspension may be proposed) and record the outcome in the system.',
};

/** What level 3 asks of those it is addressed to: the decision the law gives them (DOMAIN.md §10). */
const DECISION_REQUESTS = {
  NATIONAL: {
    vi: 'Vụ việc chưa được giải quyết; kính trình xem xét, quyết định cho phép chuyển tiếp (gia hạn sang năm sau) hoặc ngừng thực hiện đề án, và cập nhật kết quả trên hệ thống.',
    en: 'The matter is still unresolved; a decision is requested: a carry-over into next year or stopping the project. Please record it in the system.',
  },
  LOCAL: {
    vi: 'Vụ việc chưa được giải quyết; đề nghị Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định điều chỉnh, gia hạn hoặc ngừng thực hiện đề án theo quy chế quản lý kinh phí khuyến công của tỉnh, và cập nhật kết quả trên hệ thống.',
    en: "The matter is still unresolved; the Chairman of the provincial People's Committee is asked to decide, under the province's regulation on industrial promotion funds: an adjustment, an extension or stopping the project. Please record it in the system.",
  },
} as const;

/** What each level asks of those it is addressed to. */
function levelRequest(c: NoticeContext, level: 1 | 2 | 3): { vi: string; en: string } {
  return level === 3 ? DECISION_REQUESTS[c.scope] : CHECK_AND_DIRECT;
}

/**
 * A late report or a stalled project raised to those above: level 1 the Department's leaders, level 2 the Cục or the
 * UBND tỉnh, level 3 a decision for the Minister or the UBND chairman (also when the project cannot be completed
 * within its fiscal year). The salutation names the body addressed (c.addressee).
 */
export function escalation(c: NoticeContext, level: 1 | 2 | 3): RenderedMail {
  const p = projectLines(c);
  const contact = contactLines(c);
  const hello = greeting(c);
  const what = escalatedMatter(c);
  const late = c.overdue && !c.yearEnd ? overduePhrase(c.overdue) : null;
  const tag =
    level === 3
      ? { vi: 'Cảnh báo cấp 3 — đề nghị quyết định', en: 'Escalation level 3 — decision requested' }
      : { vi: `Cảnh báo cấp ${level}`, en: `Escalation level ${level}` };
  const due = c.yearEnd
    ? {
        vi: `Mốc hoàn thành năm ${c.yearEnd.planYear}: ${c.dueLocal.vi}`,
        en: `${c.yearEnd.planYear} completion target: ${c.dueLocal.en}`,
      }
    : { vi: `Hạn: ${c.dueLocal.vi}`, en: `Due: ${c.dueLocal.en}` };
  return renderBilingual(
    `[${tag.vi}] ${c.project.code}: ${what.vi} / ${tag.en}: ${what.en}`,
    [hello.vi, p.vi, `${due.vi}; ${what.vi}${late ? `, ${late.vi}` : ''}.`, levelRequest(c, level).vi, contact.vi],
    [hello.en, p.en, `${due.en}; ${what.en}${late ? `, ${late.en}` : ''}.`, levelRequest(c, level).en, contact.en],
    escalationLinks(c),
  );
}

/**
 * The first notice that a project has waited too long in a state. At the Department's own steps it is the
 * Department's delay ("Quá thời hạn xử lý ở bước …"), elsewhere the project's ("[Chậm tiến độ]").
 */
export function projectStalled(c: NoticeContext): RenderedMail {
  const p = projectLines(c);
  const contact = contactLines(c);
  const hello = greeting(c);
  const state = c.stalledState!;
  if (isDepartmentStep(state.code)) {
    return renderBilingual(
      `Quá thời hạn xử lý ở bước "${state.vi}" — ${c.project.code} / Processing time exceeded at "${state.en}"`,
      [
        hello.vi,
        p.vi,
        `Hồ sơ đề án đang ở bước "${state.vi}" đã quá thời hạn xử lý (hạn: ${c.dueLocal.vi}). Đề nghị hoàn thành bước này.`,
        contact.vi,
      ],
      [
        hello.en,
        p.en,
        `The file has been at "${state.en}" past its processing time (due ${c.dueLocal.en}). Please complete this step.`,
        contact.en,
      ],
      c.project.url,
    );
  }
  return renderBilingual(
    `[Chậm tiến độ] ${c.project.code} dừng ở bước "${state.vi}" / Project stalled in "${state.en}"`,
    [
      hello.vi,
      p.vi,
      `Đề án ở bước "${state.vi}" đã quá thời hạn (hạn: ${c.dueLocal.vi}). Đề nghị thực hiện bước tiếp theo.`,
      contact.vi,
    ],
    [
      hello.en,
      p.en,
      `The project has been in "${state.en}" past its limit (due ${c.dueLocal.en}). Please take the next step.`,
      contact.en,
    ],
    c.project.url,
  );
}
