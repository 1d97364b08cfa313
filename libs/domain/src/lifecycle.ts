/** Lifecycle vocabulary of a project (đề án khuyến công): states, actions and their Vietnamese labels. */

export const PROJECT_STATES = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'BASE_APPRAISAL',
  'REGISTERED',
  'MINISTRY_APPRAISAL',
  'APPROVED',
  'REJECTED',
  'NOT_SELECTED',
  'IMPL_PLAN_PENDING',
  'CONTRACTED',
  'IN_PROGRESS',
  'SUSPENDED',
  'SUSPENSION_REQUESTED',
  'CARRY_OVER_REQUESTED',
  'CARRIED_OVER',
  'REFUND_PENDING',
  'COMPLETED_WORK',
  'ACCEPTED',
  'SETTLED',
  'PARTIAL_SETTLED',
  'TERMINATED',
  'WITHDRAWN',
] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];

export const TERMINAL_STATES: readonly ProjectState[] = [
  'REJECTED',
  'NOT_SELECTED',
  'SETTLED',
  'PARTIAL_SETTLED',
  'TERMINATED',
  'WITHDRAWN',
];

export function isTerminal(state: ProjectState): boolean {
  return TERMINAL_STATES.includes(state);
}

export const STATE_LABELS: Record<ProjectState, { vi: string; en: string }> = {
  DRAFT: { vi: 'Dự thảo đề án', en: 'Draft' },
  SUBMITTED: { vi: 'Đã nộp Sở Công Thương', en: 'Submitted' },
  RETURNED: { vi: 'Trả lại bổ sung', en: 'Returned for more documents' },
  BASE_APPRAISAL: { vi: 'Thẩm định cấp cơ sở', en: 'Base appraisal' },
  REGISTERED: { vi: 'Đã đăng ký kế hoạch khuyến công quốc gia', en: 'Registered in the national plan list' },
  MINISTRY_APPRAISAL: { vi: 'Thẩm định cấp Bộ', en: 'Ministry appraisal' },
  APPROVED: { vi: 'Được phê duyệt, giao kế hoạch', en: 'Approved' },
  REJECTED: { vi: 'Không được phê duyệt', en: 'Rejected' },
  NOT_SELECTED: { vi: 'Không được giao kế hoạch', en: 'Not selected for the plan' },
  IMPL_PLAN_PENDING: {
    vi: 'Chờ phê duyệt kế hoạch triển khai (đề án nhóm)',
    en: 'Implementation plan awaiting approval (group project)',
  },
  CONTRACTED: { vi: 'Đã ký hợp đồng / giao nhiệm vụ', en: 'Contracted' },
  IN_PROGRESS: { vi: 'Đang triển khai', en: 'In progress' },
  SUSPENDED: { vi: 'Tạm ngừng', en: 'Suspended' },
  SUSPENSION_REQUESTED: { vi: 'Đề nghị ngừng thực hiện', en: 'Stop requested' },
  CARRY_OVER_REQUESTED: { vi: 'Đề nghị gia hạn sang năm sau', en: 'Carry-over requested' },
  CARRIED_OVER: { vi: 'Gia hạn sang năm sau', en: 'Carried over into next year' },
  REFUND_PENDING: { vi: 'Chờ thu hồi tạm ứng', en: 'Awaiting refund of the advance' },
  COMPLETED_WORK: { vi: 'Hoàn thành khối lượng', en: 'Work completed' },
  ACCEPTED: { vi: 'Đã nghiệm thu cơ sở', en: 'Base acceptance done' },
  SETTLED: { vi: 'Đã thanh lý, quyết toán', en: 'Settled' },
  PARTIAL_SETTLED: {
    vi: 'Quyết toán theo khối lượng thực hiện (bất khả kháng)',
    en: 'Settled on the work done (force majeure)',
  },
  TERMINATED: { vi: 'Ngừng thực hiện', en: 'Terminated' },
  WITHDRAWN: { vi: 'Đã rút đề án', en: 'Withdrawn' },
};

export const ACTIONS = [
  'submit',
  'return',
  'open_appraisal',
  'register',
  'open_ministry_appraisal',
  'approve',
  'reject',
  'not_select',
  'sign_contract',
  'start',
  'suspend',
  'resume',
  'complete_work',
  'request_rework',
  'accept',
  'settle',
  'settle_on_minutes',
  'terminate',
  'request_stop',
  'decide_stop',
  'refuse_stop',
  'request_carry_over',
  'approve_carry_over',
  'refuse_carry_over',
  'record_refund',
  'withdraw',
  'record_disbursement',
  'certify_progress',
  'submit_impl_plan',
  'approve_impl_plan',
  'return_impl_plan',
  'accept_beneficiary',
  'accept_work_done',
  'refund_advance',
  'close_pilot_year',
] as const;
export type ActionName = (typeof ACTIONS)[number];

export const ACTION_LABELS: Record<ActionName, { vi: string; en: string }> = {
  submit: { vi: 'Nộp hồ sơ', en: 'Submit' },
  return: { vi: 'Trả lại bổ sung', en: 'Return for more documents' },
  open_appraisal: { vi: 'Tiến hành thẩm định cấp cơ sở', en: 'Start base appraisal' },
  register: { vi: 'Đăng ký kế hoạch khuyến công quốc gia', en: 'Register in the national plan list' },
  open_ministry_appraisal: { vi: 'Tiến hành thẩm định cấp Bộ', en: 'Start ministry appraisal' },
  approve: { vi: 'Phê duyệt', en: 'Approve' },
  reject: { vi: 'Không phê duyệt', en: 'Reject' },
  not_select: { vi: 'Không giao kế hoạch', en: 'Leave out of the plan' },
  sign_contract: { vi: 'Ký hợp đồng', en: 'Sign contract' },
  start: { vi: 'Bắt đầu triển khai', en: 'Start implementation' },
  suspend: { vi: 'Tạm ngừng', en: 'Suspend' },
  resume: { vi: 'Tiếp tục triển khai', en: 'Resume' },
  complete_work: { vi: 'Xác nhận hoàn thành toàn bộ khối lượng', en: 'Declare all work completed' },
  request_rework: { vi: 'Yêu cầu thực hiện bổ sung', en: 'Request rework' },
  accept: { vi: 'Nghiệm thu', en: 'Accept' },
  settle: { vi: 'Thanh lý, quyết toán', en: 'Settle' },
  settle_on_minutes: {
    vi: 'Quyết toán theo biên bản nghiệm thu (đơn vị quá hạn 22/01)',
    en: 'Settle on the acceptance minutes (unit missed 22 January)',
  },
  terminate: { vi: 'Ngừng thực hiện', en: 'Terminate' },
  request_stop: { vi: 'Đề nghị ngừng thực hiện', en: 'Request a stop' },
  decide_stop: { vi: 'Quyết định ngừng thực hiện', en: 'Decide the stop' },
  refuse_stop: { vi: 'Không chấp thuận ngừng thực hiện', en: 'Refuse the stop' },
  request_carry_over: { vi: 'Đề nghị gia hạn sang năm sau', en: 'Request carry-over into next year' },
  approve_carry_over: { vi: 'Chấp thuận gia hạn sang năm sau', en: 'Approve the carry-over' },
  refuse_carry_over: { vi: 'Không chấp thuận gia hạn', en: 'Refuse the carry-over' },
  record_refund: { vi: 'Ghi nhận hoàn trả tạm ứng', en: 'Record the refund of the advance' },
  withdraw: { vi: 'Rút đề án', en: 'Withdraw' },
  record_disbursement: { vi: 'Ghi nhận giải ngân', en: 'Record disbursement' },
  certify_progress: { vi: 'Xác nhận báo cáo tiến độ', en: 'Certify a progress report' },
  submit_impl_plan: { vi: 'Trình kế hoạch triển khai (Mẫu 11)', en: 'Submit the implementation plan (form 11)' },
  approve_impl_plan: { vi: 'Phê duyệt kế hoạch triển khai', en: 'Approve the implementation plan' },
  return_impl_plan: { vi: 'Trả lại kế hoạch triển khai', en: 'Return the implementation plan' },
  accept_beneficiary: { vi: 'Nghiệm thu cơ sở thụ hưởng', en: 'Accept one beneficiary' },
  accept_work_done: {
    vi: 'Nghiệm thu khối lượng đã thực hiện (bất khả kháng)',
    en: 'Accept the work done (force majeure)',
  },
  refund_advance: { vi: 'Ghi nhận hoàn trả tạm ứng chưa sử dụng', en: 'Record the refund of an unused advance' },
  close_pilot_year: {
    vi: 'Tổng kết năm đề án điểm (xác nhận tiến độ, chuyển kinh phí sang năm sau)',
    en: 'Close a pilot project year (certify its progress, carry the unused part over)',
  },
};

export const SCOPES = ['NATIONAL', 'LOCAL'] as const;
export type Scope = (typeof SCOPES)[number];

export const DISBURSEMENT_KINDS = ['ADVANCE', 'FINAL'] as const;
export type DisbursementKind = (typeof DISBURSEMENT_KINDS)[number];
