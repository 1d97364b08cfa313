import { RenderedMail, renderBilingual } from './notice';

export interface PeriodicReportMailContext {
  /** After "Kính gửi:": the Cục and the provincial People's Committee, by name. */
  addressees: { vi: string[]; en: string[] };
  /** "Sở Công Thương tỉnh Phú Thọ". */
  sender: { vi: string; en: string };
  /** "quý III năm 2026", "6 tháng đầu năm 2026", "năm 2026". */
  period: { vi: string; en: string };
  /** The files attached, by name. */
  fileNames: string[];
  /** The reports page. */
  link: string;
}

/**
 * The Department's periodic report on khuyến công (TT 36/2013 Art. 21.5), mailed by itself when its period closes:
 * the report as DOCX (to edit) and PDF (to sign and archive) attached. Vietnamese first, English second.
 */
export function periodicReportMail(context: PeriodicReportMailContext): RenderedMail {
  const subject = `[Báo cáo định kỳ] ${context.sender.vi}: tình hình thực hiện khuyến công ${context.period.vi} / Periodic report on khuyến công, ${context.period.en}`;
  const vi = [
    `Kính gửi: ${context.addressees.vi.join('; ')}.`,
    `${context.sender.vi} gửi báo cáo tình hình thực hiện hoạt động khuyến công ${context.period.vi} theo khoản 5 Điều 21 Thông tư số 36/2013/TT-BCT.`,
    `Báo cáo được hệ thống lập từ số liệu đến hết kỳ báo cáo, đính kèm bản DOCX (để chỉnh sửa) và PDF (để ký, lưu trữ): ${context.fileNames.join(', ')}.`,
  ];
  const en = [
    `To: ${context.addressees.en.join('; ')}.`,
    `${context.sender.en} sends its report on khuyến công for ${context.period.en} under Circular 36/2013/TT-BCT, Art. 21.5.`,
    `The system assembled it from the data to the end of the period; attached as DOCX (to edit) and PDF (to sign and archive): ${context.fileNames.join(', ')}.`,
  ];
  return renderBilingual(subject, vi, en, [
    { url: context.link, vi: 'Xem các báo cáo định kỳ', en: 'Open the periodic reports' },
  ]);
}
