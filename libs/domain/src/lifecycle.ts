/** Lifecycle vocabulary of a project (đề án khuyến công): states, actions and their Vietnamese labels. */

export const PROJECT_STATES = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'BASE_APPRAISAL',
  'MINISTRY_APPRAISAL',
  'APPROVED',
  'REJECTED',
  'CONTRACTED',
  'IN_PROGRESS',
  'SUSPENDED',
  'COMPLETED_WORK',
  'ACCEPTED',
  'SETTLED',
  'TERMINATED',
  'WITHDRAWN',
] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];

export const TERMINAL_STATES: readonly ProjectState[] = ['REJECTED', 'SETTLED', 'TERMINATED', 'WITHDRAWN'];

export function isTerminal(state: ProjectState): boolean {
  return TERMINAL_STATES.includes(state);
}

export const STATE_LABELS: Record<ProjectState, { vi: string; en: string }> = {
  DRAFT: { vi: 'Dự thảo đề án', en: 'Draft' },
  SUBMITTED: { vi: 'Đã nộp Sở Công Thương', en: 'Submitted' },
  RETURNED: { vi: 'Trả lại bổ sung', en: 'Returned for more documents' },
  BASE_APPRAISAL: { vi: 'Thẩm định cấp cơ sở', en: 'Base appraisal' },
  MINISTRY_APPRAISAL: { vi: 'Thẩm định cấp Bộ', en: 'Ministry appraisal' },
  APPROVED: { vi: 'Được phê duyệt, giao kế hoạch', en: 'Approved' },
  REJECTED: { vi: 'Không được phê duyệt', en: 'Rejected' },
  CONTRACTED: { vi: 'Đã ký hợp đồng / giao nhiệm vụ', en: 'Contracted' },
  IN_PROGRESS: { vi: 'Đang triển khai', en: 'In progress' },
  SUSPENDED: { vi: 'Tạm ngừng', en: 'Suspended' },
  COMPLETED_WORK: { vi: 'Hoàn thành khối lượng', en: 'Work completed' },
  ACCEPTED: { vi: 'Đã nghiệm thu', en: 'Accepted' },
  SETTLED: { vi: 'Đã thanh lý, quyết toán', en: 'Settled' },
  TERMINATED: { vi: 'Ngừng thực hiện', en: 'Terminated' },
  WITHDRAWN: { vi: 'Đã rút đề án', en: 'Withdrawn' },
};

export const ACTIONS = [
  'submit',
  'return',
  'open_appraisal',
  'register',
  'approve',
  'reject',
  'sign_contract',
  'start',
  'suspend',
  'resume',
  'complete_work',
  'request_rework',
  'accept',
  'settle',
  'terminate',
  'withdraw',
  'record_disbursement',
] as const;
export type ActionName = (typeof ACTIONS)[number];

export const ACTION_LABELS: Record<ActionName, { vi: string; en: string }> = {
  submit: { vi: 'Nộp hồ sơ', en: 'Submit' },
  return: { vi: 'Trả lại bổ sung', en: 'Return for more documents' },
  open_appraisal: { vi: 'Tiến hành thẩm định cấp cơ sở', en: 'Start base appraisal' },
  register: { vi: 'Đăng ký kế hoạch khuyến công quốc gia', en: 'Register for ministry appraisal' },
  approve: { vi: 'Phê duyệt', en: 'Approve' },
  reject: { vi: 'Không phê duyệt', en: 'Reject' },
  sign_contract: { vi: 'Ký hợp đồng', en: 'Sign contract' },
  start: { vi: 'Bắt đầu triển khai', en: 'Start implementation' },
  suspend: { vi: 'Tạm ngừng', en: 'Suspend' },
  resume: { vi: 'Tiếp tục triển khai', en: 'Resume' },
  complete_work: { vi: 'Xác nhận hoàn thành toàn bộ khối lượng', en: 'Declare all work completed' },
  request_rework: { vi: 'Yêu cầu thực hiện bổ sung', en: 'Request rework' },
  accept: { vi: 'Nghiệm thu', en: 'Accept' },
  settle: { vi: 'Thanh lý, quyết toán', en: 'Settle' },
  terminate: { vi: 'Ngừng thực hiện', en: 'Terminate' },
  withdraw: { vi: 'Rút đề án', en: 'Withdraw' },
  record_disbursement: { vi: 'Ghi nhận giải ngân', en: 'Record disbursement' },
};

export const SCOPES = ['NATIONAL', 'LOCAL'] as const;
export type Scope = (typeof SCOPES)[number];

export const DISBURSEMENT_KINDS = ['ADVANCE', 'FINAL'] as const;
export type DisbursementKind = (typeof DISBURSEMENT_KINDS)[number];
