/**
 * Mails of an adjustment request (issue 15): to the Department to certify it, to the decider to decide it, and the
 * decision back to the unit and its Department. Vietnamese first, then English, in the hand-off frame.
 */
import { AdjustmentMailFacts, HandOffContext, HandOffTemplate, frame } from './hand-off-templates';

function facts(c: HandOffContext): AdjustmentMailFacts {
  if (!c.adjustment) throw new Error('an adjustment mail needs the request');
  return c.adjustment;
}

const changeLines = (a: AdjustmentMailFacts) =>
  a.changes.length
    ? {
        vi: ['Nội dung thay đổi:', ...a.changes.map((ch) => `- ${ch.label.vi}: ${ch.before} → ${ch.after}`)],
        en: ['Changed terms:', ...a.changes.map((ch) => `- ${ch.label.en}: ${ch.before} → ${ch.after}`)],
      }
    : { vi: ['Đề nghị ngừng thực hiện đề án (không thay đổi điều khoản).'], en: ['A request to stop the project.'] };

/** Asked → the Department: certify it (TT 36 Art. 11). */
export const handOffAdjustmentRequested: HandOffTemplate = (c) => {
  const a = facts(c);
  const changes = changeLines(a);
  return frame(
    c,
    `[Đề nghị điều chỉnh] Đề án ${c.project.code}: ${a.kind.vi.toLowerCase()}, đề nghị Sở xác nhận / Adjustment requested: ${a.kind.en}`,
    [
      `${c.actedBy.vi} đề nghị ${a.kind.vi.toLowerCase()} lúc ${c.occurredLocal.vi}.`,
      `Lý do: ${a.requestReason}`,
      ...changes.vi,
      `Đề nghị Sở Công Thương xem xét, xác nhận để trình ${a.decider.vi} quyết định, hoặc không chấp thuận và nêu lý do.`,
    ],
    [
      `${c.actedBy.en} requested: ${a.kind.en.toLowerCase()}, at ${c.occurredLocal.en} (Vietnam time).`,
      `Reason: ${a.requestReason}`,
      ...changes.en,
      `The Department is asked to certify it for the decision of ${a.decider.en}, or to refuse it with a reason.`,
    ],
  );
};

/** Certified → the decider: decide it. */
export const handOffAdjustmentCertified: HandOffTemplate = (c) => {
  const a = facts(c);
  const changes = changeLines(a);
  return frame(
    c,
    `[Trình quyết định điều chỉnh] Đề án ${c.project.code}: ${a.kind.vi.toLowerCase()} / Adjustment for your decision: ${a.kind.en}`,
    [
      `${c.department.vi} đã xác nhận đề nghị ${a.kind.vi.toLowerCase()} của đơn vị lúc ${c.occurredLocal.vi}.`,
      `Lý do đơn vị nêu: ${a.requestReason}`,
      ...changes.vi,
      `Kính trình ${c.addressee.vi} xem xét, quyết định chấp thuận hoặc không chấp thuận đề nghị điều chỉnh.`,
    ],
    [
      `${c.department.en} certified the unit's request (${a.kind.en.toLowerCase()}) at ${c.occurredLocal.en}.`,
      `The unit's reason: ${a.requestReason}`,
      ...changes.en,
      `${c.addressee.en} is asked to approve or reject the adjustment.`,
    ],
  );
};

const paper = (c: HandOffContext) =>
  c.decision
    ? {
        vi: ` theo văn bản số ${c.decision.no} ngày ${c.decision.date}`,
        en: ` by document no. ${c.decision.no} of ${c.decision.date}`,
      }
    : { vi: '', en: '' };

/** Approved → the unit and its Department: the new terms apply. */
export const handOffAdjustmentApproved: HandOffTemplate = (c) => {
  const a = facts(c);
  const changes = changeLines(a);
  const by = paper(c);
  const copy = a.copyTo ? { vi: [`Sao gửi: ${a.copyTo}.`], en: [`Copy: ${a.copyTo}.`] } : { vi: [], en: [] };
  return frame(
    c,
    `[Chấp thuận điều chỉnh] Đề án ${c.project.code}: ${a.kind.vi.toLowerCase()} / Adjustment approved: ${a.kind.en}`,
    [
      `${a.decider.vi} đã chấp thuận đề nghị ${a.kind.vi.toLowerCase()}${by.vi} lúc ${c.occurredLocal.vi}.`,
      ...changes.vi,
      ...(a.termsVersion
        ? [`Đề án thực hiện theo điều khoản điều chỉnh (phiên bản ${a.termsVersion}) kể từ nay.`]
        : []),
      // A stop with an unused advance: the project closes once the refund is recorded (TT 36 Art. 12.6).
      ...(c.refund
        ? [`Đề nghị đơn vị hoàn trả ${c.refund} tạm ứng chưa sử dụng; đề án kết thúc sau khi ghi nhận khoản hoàn trả.`]
        : []),
      ...copy.vi,
    ],
    [
      `${a.decider.en} approved the adjustment (${a.kind.en.toLowerCase()})${by.en} at ${c.occurredLocal.en}.`,
      ...changes.en,
      ...(a.termsVersion ? [`The project now follows the adjusted terms (version ${a.termsVersion}).`] : []),
      ...(c.refund
        ? [`The unit is asked to refund the unused advance of ${c.refund}; the project closes once it is recorded.`]
        : []),
      ...copy.en,
    ],
  );
};

/** Rejected (by the Department before certifying, or by the decider) → the unit and its Department. */
export const handOffAdjustmentRejected: HandOffTemplate = (c) => {
  const a = facts(c);
  return frame(
    c,
    `[Không chấp thuận điều chỉnh] Đề án ${c.project.code}: ${a.kind.vi.toLowerCase()} / Adjustment rejected: ${a.kind.en}`,
    [
      `${c.actedBy.vi} không chấp thuận đề nghị ${a.kind.vi.toLowerCase()} lúc ${c.occurredLocal.vi}.`,
      ...(c.reason ? [`Lý do: ${c.reason}`] : []),
      'Đề án tiếp tục thực hiện theo điều khoản hiện hành.',
    ],
    [
      `${c.actedBy.en} rejected the adjustment (${a.kind.en.toLowerCase()}) at ${c.occurredLocal.en}.`,
      ...(c.reason ? [`Reason: ${c.reason}`] : []),
      'The project continues on its current terms.',
    ],
  );
};

/** Withdrawn by the unit → the Department, which no longer needs to act. */
export const handOffAdjustmentWithdrawn: HandOffTemplate = (c) => {
  const a = facts(c);
  return frame(
    c,
    `[Rút đề nghị điều chỉnh] Đề án ${c.project.code}: ${a.kind.vi.toLowerCase()} / Adjustment withdrawn: ${a.kind.en}`,
    [
      `${c.actedBy.vi} đã rút đề nghị ${a.kind.vi.toLowerCase()} lúc ${c.occurredLocal.vi}; Sở Công Thương không cần xử lý tiếp.`,
      ...(c.reason ? [`Lý do: ${c.reason}`] : []),
    ],
    [
      `${c.actedBy.en} withdrew the request (${a.kind.en.toLowerCase()}) at ${c.occurredLocal.en}; no further action is needed.`,
      ...(c.reason ? [`Reason: ${c.reason}`] : []),
    ],
  );
};
