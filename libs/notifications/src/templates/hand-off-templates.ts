import { RenderedMail, renderBilingual } from './notice';

/** A name in both languages. */
export interface Named {
  vi: string;
  en: string;
}

/** What a hand-off notice names: the project, whom it is written to, what happened and when. */
export interface HandOffContext {
  project: { code: string; title: string; provinceName: string; url: string; unitName: string };
  /** A national project (KCQG): decided by the Minister, contracted and settled by the Cục. */
  national: boolean;
  /** The province's Department: "Sở Công Thương thành phố Hà Nội". */
  department: Named;
  /** The Cục by its name on the day of the event. */
  cuc: Named;
  /** Who acted, by position ("Lãnh đạo Sở Công Thương"): named in a request to the Minister. */
  actedBy: Named;
  /** After "Kính gửi:": the implementing unit's name, or the office ("Sở Công Thương Hà Nội"). */
  addressee: { vi: string; en: string };
  /** When it happened, in Vietnam time: "10:15 ngày 02/12/2026" / "10:15 on 02/12/2026". */
  occurredLocal: Named;
  /** The reason given with a return or a rejection. */
  reason: string | null;
  contract: { no: string; date: string } | null;
  minutes: { no: string; date: string } | null;
  /** The approved support, grouped as written in Vietnam: "135.000.000 đồng". */
  approvedSupport: string | null;
  /** The decision (quyết định) recorded with the action, number and day as written: "25/12/2026". */
  decision: { no: string; date: string } | null;
  /** A national approval entered by the Cục leader for the Minister's plan decision. */
  onBehalfOfMinister: boolean;
  /** A refund: the unused advance owed (REFUND_PENDING) or the amount recorded, "35.000.000 đồng". */
  refund: string | null;
  contact: { name: string; email: string | null };
  /** Who certified the work done after force majeure, by name ("UBND xã Tân Cương"); absent otherwise. */
  certifiedBy?: string | null;
  /** An adjustment request's facts, for its mails (absent for lifecycle hand-offs). */
  adjustment?: AdjustmentMailFacts;
}

export interface AdjustmentMailFacts {
  kind: Named;
  /** The unit's reason for asking. */
  requestReason: string;
  /** Each changed term: its label, in force, asked for (already written as a reader expects: dates, đồng). */
  changes: Array<{ label: Named; before: string; after: string }>;
  /** Who decides, with the body: "lãnh đạo Cục (Cục Đổi mới sáng tạo, …)". */
  decider: Named;
  copyTo: string | null;
  termsVersion: number | null;
}

export type HandOffTemplate = (c: HandOffContext) => RenderedMail;

/** An English line starts with a capital even when it opens on a name written mid-sentence ("the central department"). */
const sentence = (line: string) => line.charAt(0).toUpperCase() + line.slice(1);

export function frame(c: HandOffContext, subject: string, vi: string[], en: string[]): RenderedMail {
  const address = c.contact.email ? ` <${c.contact.email}>` : '';
  return renderBilingual(
    subject,
    [
      `Kính gửi: ${c.addressee.vi}`,
      `Đề án ${c.project.code} — ${c.project.title} (${c.project.provinceName}), đơn vị thực hiện: ${c.project.unitName}.`,
      ...vi,
      `Liên hệ: ${c.contact.name}${address}.`,
    ],
    [
      `To: ${c.addressee.en}`,
      `Project ${c.project.code} — ${c.project.title} (${c.project.provinceName}), implementing unit: ${c.project.unitName}.`,
      ...en.map(sentence),
      `Contact: ${c.contact.name}${address}.`,
    ],
    c.project.url,
  );
}

const reasonLine = (c: HandOffContext) =>
  c.reason ? { vi: [`Lý do: ${c.reason}`], en: [`Reason: ${c.reason}`] } : { vi: [], en: [] };

/** Submitted → the province's Department: appraise it. */
export const handOffSubmitted: HandOffTemplate = (c) =>
  frame(
    c,
    `[Hồ sơ mới] Đề án ${c.project.code} đã được gửi, đề nghị tiến hành thẩm định / Project submitted for appraisal`,
    [`Đề án đã được gửi Sở Công Thương lúc ${c.occurredLocal.vi}, đề nghị tiến hành thẩm định.`],
    [`The project was submitted at ${c.occurredLocal.en} (Vietnam time); please proceed with its appraisal.`],
  );

/** " số 12/QĐ-SCT ngày 01/04/2026", or nothing when no decision was recorded. */
const paperVi = (c: HandOffContext) => (c.decision ? ` số ${c.decision.no} ngày ${c.decision.date}` : '');
const paperEn = (c: HandOffContext) => (c.decision ? ` no. ${c.decision.no} of ${c.decision.date}` : '');

/** The decision a step follows: the Minister's for a national project, the province's own otherwise. */
function decisionBy(c: HandOffContext): Named {
  if (c.national) {
    return {
      vi: ` theo Quyết định của Bộ trưởng Bộ Công Thương${paperVi(c)}`,
      en: ` by decision of the Minister of Industry and Trade${paperEn(c)}`,
    };
  }
  return c.decision ? { vi: ` theo Quyết định${paperVi(c)}`, en: ` by decision${paperEn(c)}` } : { vi: '', en: '' };
}

/** Who signs the contract with the unit: the Cục for a national project (bên A), the Department otherwise. */
const contractingBody = (c: HandOffContext): Named => (c.national ? c.cuc : c.department);

/** Approved → the implementing unit: the contract comes next. */
export const handOffApproved: HandOffTemplate = (c) => {
  const by = decisionBy(c);
  const plan = c.national
    ? { vi: ' vào kế hoạch khuyến công quốc gia', en: ' into the national industrial promotion plan' }
    : { vi: '', en: '' };
  const entered = c.onBehalfOfMinister
    ? {
        vi: [`Quyết định do lãnh đạo ${c.cuc.vi} cập nhật trên hệ thống thay mặt Bộ trưởng.`],
        en: [`The decision was entered in the system by the leadership of ${c.cuc.en} on the Minister's behalf.`],
      }
    : { vi: [], en: [] };
  const body = contractingBody(c);
  return frame(
    c,
    `[Phê duyệt] Đề án ${c.project.code} đã được phê duyệt / Project approved`,
    [
      `Đề án đã được phê duyệt${plan.vi}${by.vi} lúc ${c.occurredLocal.vi}${c.approvedSupport ? `, kinh phí khuyến công hỗ trợ ${c.approvedSupport}` : ''}.`,
      ...entered.vi,
      `Đề nghị đơn vị phối hợp với ${c.national ? body.vi : 'Sở Công Thương'} để ký hợp đồng thực hiện đề án.`,
    ],
    [
      `The project was approved${plan.en}${by.en} at ${c.occurredLocal.en}${c.approvedSupport ? `, with support of ${c.approvedSupport}` : ''}.`,
      ...entered.en,
      `Please arrange the signing of the contract with ${c.national ? body.en : 'the Department of Industry and Trade'}.`,
    ],
  );
};

/** Returned → the implementing unit: complete the file and send it again. */
export const handOffReturned: HandOffTemplate = (c) => {
  const why = reasonLine(c);
  return frame(
    c,
    `[Trả lại hồ sơ] Đề án ${c.project.code} cần bổ sung hồ sơ / Project returned for more documents`,
    [
      `Hồ sơ đề án đã được trả lại để bổ sung lúc ${c.occurredLocal.vi}.`,
      ...why.vi,
      'Đề nghị đơn vị bổ sung và gửi lại.',
    ],
    [
      `The file was returned for more documents at ${c.occurredLocal.en}.`,
      ...why.en,
      'Please complete it and submit again.',
    ],
  );
};

/** Rejected → the implementing unit. */
export const handOffRejected: HandOffTemplate = (c) => {
  const why = reasonLine(c);
  return frame(
    c,
    `[Không phê duyệt] Đề án ${c.project.code} không được phê duyệt / Project not approved`,
    [`Đề án không được phê duyệt (${c.occurredLocal.vi}).`, ...why.vi],
    [`The project was not approved (${c.occurredLocal.en}).`, ...why.en],
  );
};

/** Contract signed → the implementing unit: reporting starts. */
export const handOffContracted: HandOffTemplate = (c) =>
  frame(
    c,
    `[Ký hợp đồng] Đề án ${c.project.code}: bắt đầu báo cáo tiến độ định kỳ / Contract signed, reporting starts`,
    [
      `Hợp đồng thực hiện đề án${c.contract ? ` số ${c.contract.no} ngày ${c.contract.date}` : ''} đã được ký.`,
      'Từ nay đơn vị báo cáo tiến độ định kỳ trên hệ thống theo các kỳ báo cáo của đề án; hệ thống sẽ nhắc trước mỗi hạn nộp.',
    ],
    [
      `The contract${c.contract ? ` no. ${c.contract.no} of ${c.contract.date}` : ''} has been signed.`,
      'From now on, please submit the periodic progress reports in the system; a reminder comes before each due day.',
    ],
  );

/** Accepted → the implementing unit: settlement comes next. */
export const handOffAccepted: HandOffTemplate = (c) =>
  frame(
    c,
    `[Nghiệm thu] Đề án ${c.project.code} đã được nghiệm thu / Project accepted`,
    [
      `Đề án đã được nghiệm thu${c.minutes ? ` theo biên bản số ${c.minutes.no} ngày ${c.minutes.date}` : ''}.`,
      'Đề nghị đơn vị hoàn thiện hồ sơ thanh lý hợp đồng và quyết toán kinh phí.',
    ],
    [
      `The project has been accepted${c.minutes ? ` (minutes no. ${c.minutes.no} of ${c.minutes.date})` : ''}.`,
      'Please prepare the documents for the contract settlement.',
    ],
  );

/** Registered in the national plan's list → the Cục: organise the ministry appraisal. */
export const handOffRegistered: HandOffTemplate = (c) =>
  frame(
    c,
    `[Đăng ký kế hoạch KCQG] Đề án ${c.project.code}: đề nghị thẩm định cấp Bộ / Project registered for the national plan`,
    [
      `${c.department.vi} đã đăng ký đề án vào danh sách kế hoạch khuyến công quốc gia lúc ${c.occurredLocal.vi}, kèm kết quả thẩm định cấp cơ sở.`,
      'Đề nghị Cục xem xét, tổ chức thẩm định cấp Bộ đối với đề án.',
    ],
    [
      `${c.department.en} registered the project in the list for the national industrial promotion plan at ${c.occurredLocal.en} (Vietnam time), with its base appraisal.`,
      'Please proceed with the ministry appraisal.',
    ],
  );

/** The Cục opened the ministry appraisal → the unit, its Department in copy. */
export const handOffMinistryAppraisal: HandOffTemplate = (c) =>
  frame(
    c,
    `[Thẩm định cấp Bộ] Đề án ${c.project.code} đang được thẩm định cấp Bộ / Ministry appraisal opened`,
    [
      `${c.cuc.vi} đã tiếp nhận hồ sơ và tổ chức thẩm định cấp Bộ đối với đề án lúc ${c.occurredLocal.vi}.`,
      'Đề nghị đơn vị theo dõi và bổ sung hồ sơ khi có yêu cầu.',
    ],
    [
      `${c.cuc.en} opened the ministry appraisal of the project at ${c.occurredLocal.en} (Vietnam time).`,
      'Please follow it and complete the file if asked.',
    ],
  );

/** Left out of the national plan → the unit, its Department in copy. */
export const handOffNotSelected: HandOffTemplate = (c) => {
  const why = reasonLine(c);
  return frame(
    c,
    `[Không được chọn] Đề án ${c.project.code} không được đưa vào kế hoạch khuyến công quốc gia / Project not selected for the national plan`,
    [`Đề án không được đưa vào kế hoạch khuyến công quốc gia (${c.occurredLocal.vi}).`, ...why.vi],
    [`The project was not selected for the national industrial promotion plan (${c.occurredLocal.en}).`, ...why.en],
  );
};

/** A request put to the Minister: to stop a national project, or to carry it over into the next year. */
function requestToMinister(
  c: HandOffContext,
  what: { tag: string; subject: string; vi: string; en: string; ask: string; askEn: string },
) {
  const why = reasonLine(c);
  return frame(
    c,
    `[${what.tag}] Đề án ${c.project.code}: kính trình Bộ trưởng quyết định / ${what.subject}`,
    [`${c.actedBy.vi} đề nghị ${what.vi} (${c.occurredLocal.vi}).`, ...why.vi, what.ask],
    [`${c.actedBy.en} requests ${what.en} (${c.occurredLocal.en}).`, ...why.en, what.askEn],
  );
}

/** A stop asked for → the Minister: decide it. */
export const handOffStopRequested: HandOffTemplate = (c) =>
  requestToMinister(c, {
    tag: 'Đề nghị ngừng thực hiện',
    subject: "Request to stop the project, for the Minister's decision",
    vi: 'ngừng thực hiện đề án',
    en: 'that the project be stopped',
    ask: 'Kính trình Bộ trưởng xem xét, quyết định ngừng thực hiện đề án hoặc không chấp thuận để đề án tiếp tục thực hiện.',
    askEn: 'The Minister is asked to decide: stop the project, or refuse the request so that it continues.',
  });

/** A carry-over asked for → the Minister: decide it. */
export const handOffCarryOverRequested: HandOffTemplate = (c) =>
  requestToMinister(c, {
    tag: 'Đề nghị chuyển tiếp',
    subject: "Request to carry the project over into next year, for the Minister's decision",
    vi: 'cho phép đề án chuyển tiếp, kéo dài thời gian thực hiện sang năm sau',
    en: 'that the project be carried over into next year',
    ask: 'Kính trình Bộ trưởng xem xét, quyết định cho phép chuyển tiếp hoặc không chấp thuận đề nghị.',
    askEn: 'The Minister is asked to decide: allow the carry-over, or refuse it.',
  });

/** The stop decided (national: by the Minister; local: by its approver) → the unit, the Department in copy. */
export const handOffStopped: HandOffTemplate = (c) => {
  const by = decisionBy(c);
  const why = reasonLine(c);
  return frame(
    c,
    `[Ngừng thực hiện] Đề án ${c.project.code} ngừng thực hiện / Project stopped`,
    [`Đề án ngừng thực hiện${by.vi} (${c.occurredLocal.vi}).`, ...why.vi, 'Đề án đã kết thúc trên hệ thống.'],
    [`The project was stopped${by.en} (${c.occurredLocal.en}).`, ...why.en, 'The project is closed in the system.'],
  );
};

/** The stop decided with an advance left unused → the unit: refund it before the project closes. */
export const handOffRefundDue: HandOffTemplate = (c) => {
  const by = decisionBy(c);
  const why = reasonLine(c);
  const payee = contractingBody(c);
  return frame(
    c,
    `[Hoàn trả tạm ứng] Đề án ${c.project.code} ngừng thực hiện: đề nghị hoàn trả ${c.refund ?? 'kinh phí tạm ứng chưa sử dụng'} / Project stopped: refund the unused advance`,
    [
      `Đề án ngừng thực hiện${by.vi} (${c.occurredLocal.vi}).`,
      ...why.vi,
      `Đề nghị đơn vị hoàn trả kinh phí đã tạm ứng nhưng chưa sử dụng${c.refund ? `: ${c.refund}` : ''} cho ${payee.vi}. Đề án được kết thúc khi khoản hoàn trả được ghi nhận trên hệ thống.`,
    ],
    [
      `The project was stopped${by.en} (${c.occurredLocal.en}).`,
      ...why.en,
      `Please refund the advance not used${c.refund ? `, ${c.refund},` : ''} to ${payee.en}. The project closes once the refund is recorded in the system.`,
    ],
  );
};

/** The Minister refused the stop → the unit, the Department in copy: the project goes on. */
export const handOffStopRefused: HandOffTemplate = (c) => {
  const why = reasonLine(c);
  return frame(
    c,
    `[Không chấp thuận ngừng] Đề án ${c.project.code} tiếp tục thực hiện / Stop request refused, the project continues`,
    [
      `Bộ trưởng Bộ Công Thương không chấp thuận đề nghị ngừng thực hiện đề án${c.decision ? ` (Quyết định${paperVi(c)})` : ''} (${c.occurredLocal.vi}).`,
      ...why.vi,
      'Đề nghị đơn vị tiếp tục thực hiện đề án theo hợp đồng và báo cáo tiến độ định kỳ trên hệ thống.',
    ],
    [
      `The Minister of Industry and Trade refused the request to stop the project${c.decision ? ` (decision${paperEn(c)})` : ''} (${c.occurredLocal.en}).`,
      ...why.en,
      'Please carry on with the project under its contract and keep reporting progress in the system.',
    ],
  );
};

/** The Minister allowed the carry-over → the unit, the Department in copy. */
export const handOffCarriedOver: HandOffTemplate = (c) => {
  const by = decisionBy(c);
  return frame(
    c,
    `[Chuyển tiếp] Đề án ${c.project.code} được chuyển tiếp sang năm sau / Project carried over into next year`,
    [
      `Đề án được chuyển tiếp, kéo dài thời gian thực hiện sang năm sau${by.vi} (${c.occurredLocal.vi}).`,
      'Đề nghị đơn vị tiếp tục thực hiện và báo cáo tiến độ định kỳ trên hệ thống.',
    ],
    [
      `The project is carried over into next year${by.en} (${c.occurredLocal.en}).`,
      'Please carry on and keep reporting progress in the system.',
    ],
  );
};

/** The Minister refused the carry-over → the unit, the Department in copy. */
export const handOffCarryOverRefused: HandOffTemplate = (c) => {
  const why = reasonLine(c);
  return frame(
    c,
    `[Không chấp thuận chuyển tiếp] Đề án ${c.project.code} / Carry-over refused`,
    [
      `Bộ trưởng Bộ Công Thương không chấp thuận đề nghị chuyển tiếp đề án sang năm sau${c.decision ? ` (Quyết định${paperVi(c)})` : ''} (${c.occurredLocal.vi}).`,
      ...why.vi,
      'Đề nghị đơn vị hoàn thành đề án trong năm kế hoạch theo hợp đồng.',
    ],
    [
      `The Minister of Industry and Trade refused to carry the project over into next year${c.decision ? ` (decision${paperEn(c)})` : ''} (${c.occurredLocal.en}).`,
      ...why.en,
      'Please complete the project within its plan year, as contracted.',
    ],
  );
};

/** The refund recorded → the Department (the Cục in copy for a national project): the project is closed. */
export const handOffRefundRecorded: HandOffTemplate = (c) =>
  frame(
    c,
    `[Đã hoàn trả tạm ứng] Đề án ${c.project.code}: đã ghi nhận hoàn trả, đề án kết thúc / Refund recorded, project closed`,
    [
      `Khoản hoàn trả kinh phí tạm ứng chưa sử dụng${c.refund ? ` ${c.refund}` : ''} của đơn vị đã được ghi nhận lúc ${c.occurredLocal.vi}.`,
      'Đề án đã ngừng thực hiện và kết thúc trên hệ thống.',
    ],
    [
      `The refund of the unused advance${c.refund ? ` (${c.refund})` : ''} was recorded at ${c.occurredLocal.en} (Vietnam time).`,
      'The project is stopped and closed in the system.',
    ],
  );
