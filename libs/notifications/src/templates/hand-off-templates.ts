import { RenderedMail, renderBilingual } from './notice';

/** What a hand-off notice names: the project, whom it is written to, what happened and when. */
export interface HandOffContext {
  project: { code: string; title: string; provinceName: string; url: string; unitName: string };
  /** After "Kính gửi:": the implementing unit's name, or the office ("Sở Công Thương Hà Nội"). */
  addressee: { vi: string; en: string };
  /** When it happened, in Vietnam time: "10:15 ngày 02/12/2026". */
  occurredLocal: string;
  /** The reason given with a return or a rejection. */
  reason: string | null;
  contract: { no: string; date: string } | null;
  minutes: { no: string; date: string } | null;
  /** The approved support, grouped as written in Vietnam: "135.000.000 đồng". */
  approvedSupport: string | null;
  contact: { name: string; email: string | null };
}

export type HandOffTemplate = (c: HandOffContext) => RenderedMail;

function frame(c: HandOffContext, subject: string, vi: string[], en: string[]): RenderedMail {
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
      ...en,
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
    [`Đề án đã được gửi Sở Công Thương lúc ${c.occurredLocal}, đề nghị tiến hành thẩm định.`],
    [`The project was submitted at ${c.occurredLocal} (Vietnam time); please proceed with its appraisal.`],
  );

/** Approved → the implementing unit: the contract comes next. */
export const handOffApproved: HandOffTemplate = (c) =>
  frame(
    c,
    `[Phê duyệt] Đề án ${c.project.code} đã được phê duyệt / Project approved`,
    [
      `Đề án đã được phê duyệt lúc ${c.occurredLocal}${c.approvedSupport ? `, kinh phí khuyến công hỗ trợ ${c.approvedSupport}` : ''}.`,
      'Đề nghị đơn vị phối hợp với Sở Công Thương để ký hợp đồng thực hiện đề án.',
    ],
    [
      `The project was approved at ${c.occurredLocal}${c.approvedSupport ? `, with support of ${c.approvedSupport}` : ''}.`,
      'Please arrange the signing of the contract with the Department of Industry and Trade.',
    ],
  );

/** Returned → the implementing unit: complete the file and send it again. */
export const handOffReturned: HandOffTemplate = (c) => {
  const why = reasonLine(c);
  return frame(
    c,
    `[Trả lại hồ sơ] Đề án ${c.project.code} cần bổ sung hồ sơ / Project returned for more documents`,
    [`Hồ sơ đề án đã được trả lại để bổ sung lúc ${c.occurredLocal}.`, ...why.vi, 'Đề nghị đơn vị bổ sung và gửi lại.'],
    [
      `The file was returned for more documents at ${c.occurredLocal}.`,
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
    [`Đề án không được phê duyệt (${c.occurredLocal}).`, ...why.vi],
    [`The project was not approved (${c.occurredLocal}).`, ...why.en],
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
