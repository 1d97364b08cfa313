/**
 * Hand-offs of a group project's implementation plan (Mẫu 11): submitted to the Department, approved, returned; and
 * of an acceptance by the work done after force majeure.
 */
import { HandOffContext, HandOffTemplate, frame } from './hand-off-templates';

const paper = (c: HandOffContext) =>
  c.decision
    ? {
        vi: ` theo Quyết định số ${c.decision.no} ngày ${c.decision.date}`,
        en: ` by decision no. ${c.decision.no} of ${c.decision.date}`,
      }
    : { vi: '', en: '' };

/** Submitted → the province's Department: appraise and approve the plan (TT 36 Art. 23.3). */
export const handOffImplPlanSubmitted: HandOffTemplate = (c) =>
  frame(
    c,
    `[Kế hoạch triển khai] Đề án nhóm ${c.project.code}: đề nghị thẩm định, phê duyệt kế hoạch triển khai / Implementation plan submitted`,
    [
      `Đơn vị đã trình kế hoạch triển khai (Mẫu 11) của đề án nhóm lúc ${c.occurredLocal.vi}, nêu các cơ sở thụ hưởng, địa điểm và kinh phí hỗ trợ từng cơ sở.`,
      'Đề nghị Sở Công Thương thẩm định và phê duyệt để làm căn cứ ký hợp đồng.',
    ],
    [
      `The unit submitted the group project's implementation plan (form 11) at ${c.occurredLocal.en} (Vietnam time), naming each beneficiary, its site and its support.`,
      'Please appraise and approve it: the contract is signed on it.',
    ],
  );

/** Approved → the implementing unit: the contract comes next. */
export const handOffImplPlanApproved: HandOffTemplate = (c) => {
  const by = paper(c);
  const signer = c.national ? c.cuc : c.department;
  return frame(
    c,
    `[Phê duyệt kế hoạch triển khai] Đề án nhóm ${c.project.code}: kế hoạch triển khai đã được phê duyệt / Implementation plan approved`,
    [
      `Kế hoạch triển khai (Mẫu 11) của đề án nhóm đã được Sở Công Thương phê duyệt${by.vi} lúc ${c.occurredLocal.vi}.`,
      `Đề nghị đơn vị phối hợp với ${signer.vi} để ký hợp đồng thực hiện đề án.`,
    ],
    [
      `The group project's implementation plan (form 11) was approved by the Department${by.en} at ${c.occurredLocal.en}.`,
      `Please arrange the signing of the contract with ${signer.en}.`,
    ],
  );
};

/** Returned → the implementing unit: complete the plan and submit it again. */
export const handOffImplPlanReturned: HandOffTemplate = (c) =>
  frame(
    c,
    `[Trả lại kế hoạch triển khai] Đề án nhóm ${c.project.code}: kế hoạch triển khai cần hoàn chỉnh / Implementation plan returned`,
    [
      `Sở Công Thương đã trả lại kế hoạch triển khai (Mẫu 11) lúc ${c.occurredLocal.vi}.`,
      ...(c.reason ? [`Lý do: ${c.reason}`] : []),
      'Đề nghị đơn vị hoàn chỉnh và trình lại.',
    ],
    [
      `The Department returned the implementation plan (form 11) at ${c.occurredLocal.en}.`,
      ...(c.reason ? [`Reason: ${c.reason}`] : []),
      'Please complete it and submit it again.',
    ],
  );

/** Accepted by the work done after force majeure → the unit and its Department: settle by that work, refund the rest. */
export const handOffWorkDoneAccepted: HandOffTemplate = (c) =>
  frame(
    c,
    `[Nghiệm thu khối lượng] Đề án ${c.project.code}: nghiệm thu theo khối lượng đã thực hiện do bất khả kháng / Work done accepted (force majeure)`,
    [
      `Khối lượng đã thực hiện của đề án được nghiệm thu lúc ${c.occurredLocal.vi}${c.minutes ? ` theo biên bản số ${c.minutes.no} ngày ${c.minutes.date}` : ''}, do sự kiện bất khả kháng${c.certifiedBy ? `, có xác nhận của ${c.certifiedBy}` : ''}.`,
      ...(c.reason ? [`Giải trình của đơn vị: ${c.reason}`] : []),
      'Đề án được quyết toán theo khối lượng thực hiện; khoản tạm ứng vượt giá trị nghiệm thu phải được hoàn trả trước khi quyết toán.',
    ],
    [
      `The work done was accepted at ${c.occurredLocal.en}${c.minutes ? ` on minutes no. ${c.minutes.no} of ${c.minutes.date}` : ''}, after force majeure${c.certifiedBy ? `, certified by ${c.certifiedBy}` : ''}.`,
      ...(c.reason ? [`The unit's explanation: ${c.reason}`] : []),
      'The project is settled by the work done; any advance above the accepted value is refunded before the settlement.',
    ],
  );
