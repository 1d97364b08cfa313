/** Adjustment requests (điều chỉnh, bổ sung, gia hạn; TT 36/2013 Art. 11): what may be asked of an approved project. */

export const ADJUSTMENT_KINDS = [
  'SITE',
  'BENEFICIARY',
  'PARTNER',
  'TIMING',
  'CONTENT',
  'FUNDING_INCREASE',
  'FUNDING_DECREASE',
  'EXTENSION_NEXT_YEAR',
  'STOP',
] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

export function isAdjustmentKind(value: unknown): value is AdjustmentKind {
  return (ADJUSTMENT_KINDS as readonly unknown[]).includes(value);
}

export const ADJUSTMENT_KIND_LABELS: Record<AdjustmentKind, { vi: string; en: string }> = {
  SITE: { vi: 'Thay đổi địa điểm thực hiện', en: 'Change of site' },
  BENEFICIARY: { vi: 'Thay đổi đơn vị thụ hưởng', en: 'Change of beneficiary' },
  PARTNER: { vi: 'Thay đổi đơn vị phối hợp', en: 'Change of partner' },
  TIMING: { vi: 'Điều chỉnh thời gian thực hiện trong năm', en: 'Timing within the fiscal year' },
  CONTENT: { vi: 'Thay đổi nội dung khuyến công', en: 'Change of content area' },
  FUNDING_INCREASE: { vi: 'Tăng kinh phí hỗ trợ', en: 'Higher funding' },
  FUNDING_DECREASE: { vi: 'Giữ nguyên hoặc giảm kinh phí hỗ trợ', en: 'Same or lower funding' },
  EXTENSION_NEXT_YEAR: { vi: 'Gia hạn thực hiện sang năm sau', en: 'Extension into the next year' },
  STOP: { vi: 'Ngừng thực hiện đề án', en: 'Stopping the project' },
};

/** Where a request stands: asked by the unit, certified by the Department, then decided. */
export const ADJUSTMENT_STATUSES = ['REQUESTED', 'CERTIFIED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'CLOSED'] as const;
export type AdjustmentStatus = (typeof ADJUSTMENT_STATUSES)[number];

export const OPEN_ADJUSTMENT_STATUSES: readonly AdjustmentStatus[] = ['REQUESTED', 'CERTIFIED'];

export const ADJUSTMENT_STATUS_LABELS: Record<AdjustmentStatus, { vi: string; en: string }> = {
  REQUESTED: { vi: 'Chờ Sở Công Thương xác nhận', en: 'Awaiting the Department’s certification' },
  CERTIFIED: { vi: 'Đã xác nhận, chờ cấp có thẩm quyền quyết định', en: 'Certified, awaiting the decision' },
  APPROVED: { vi: 'Đã chấp thuận điều chỉnh', en: 'Approved' },
  REJECTED: { vi: 'Không chấp thuận', en: 'Rejected' },
  WITHDRAWN: { vi: 'Đơn vị đã rút đề nghị', en: 'Withdrawn by the unit' },
  CLOSED: { vi: 'Đã đóng (đề án đã ngừng hoặc kết thúc)', en: 'Closed (the project stopped or ended)' },
};

export const ADJUSTMENT_ACTIONS = ['certify', 'approve', 'reject', 'withdraw'] as const;
export type AdjustmentAction = (typeof ADJUSTMENT_ACTIONS)[number];

export function isAdjustmentAction(value: unknown): value is AdjustmentAction {
  return (ADJUSTMENT_ACTIONS as readonly unknown[]).includes(value);
}

export const ADJUSTMENT_ACTION_LABELS: Record<AdjustmentAction, { vi: string; en: string }> = {
  certify: { vi: 'Xác nhận đề nghị điều chỉnh', en: 'Certify the request' },
  approve: { vi: 'Chấp thuận điều chỉnh', en: 'Approve the adjustment' },
  reject: { vi: 'Không chấp thuận điều chỉnh', en: 'Reject the adjustment' },
  withdraw: { vi: 'Rút đề nghị điều chỉnh', en: 'Withdraw the request' },
};

/** The audit trail's events of a request (the project's state does not change, but for an approved stop). */
export const ADJUSTMENT_EVENT_ACTIONS = [
  'request_adjustment',
  'certify_adjustment',
  'approve_adjustment',
  'reject_adjustment',
  'withdraw_adjustment',
  'close_adjustment',
] as const;
export type AdjustmentEventAction = (typeof ADJUSTMENT_EVENT_ACTIONS)[number];

export const ADJUSTMENT_EVENT_LABELS: Record<AdjustmentEventAction, { vi: string; en: string }> = {
  request_adjustment: { vi: 'Đề nghị điều chỉnh', en: 'Adjustment requested' },
  certify_adjustment: { vi: 'Sở Công Thương xác nhận đề nghị điều chỉnh', en: 'Adjustment certified' },
  approve_adjustment: { vi: 'Chấp thuận điều chỉnh', en: 'Adjustment approved' },
  reject_adjustment: { vi: 'Không chấp thuận điều chỉnh', en: 'Adjustment rejected' },
  withdraw_adjustment: { vi: 'Rút đề nghị điều chỉnh', en: 'Adjustment withdrawn' },
  close_adjustment: { vi: 'Đóng đề nghị điều chỉnh', en: 'Adjustment closed' },
};
