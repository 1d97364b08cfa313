/**
 * Strings of the year-end lapse radar page and of the file downloads on the plan pages (issue 14). "Hủy dự toán":
 * the support assigned for a fiscal year and not paid out by 31/12 is cancelled unless it is carried over.
 */
export const LAPSE_VI = {
  'nav.lapseRadar': 'Nguy cơ hủy dự toán',
  'lapse.title': 'Cảnh báo nguy cơ hủy dự toán cuối năm',
  'lapse.intro':
    'Đề án đang thực hiện mà với tiến độ hiện nay khó nghiệm thu, thanh toán trước khi kết thúc năm ngân sách (31/12): phần kinh phí chưa giải ngân có nguy cơ bị hủy dự toán. Cần đôn đốc, điều chỉnh, gia hạn hoặc ngừng thực hiện kịp thời.',
  'lapse.filters': 'Lọc danh sách',
  'lapse.summary': 'Xét đến ngày {asOf}; năm ngân sách kết thúc ngày {fiscalYearEnd}.',
  'lapse.count': 'Số đề án có nguy cơ',
  'lapse.total': 'Tổng kinh phí có nguy cơ bị hủy',
  'lapse.staleRule':
    'Còn kinh phí chưa giải ngân mà không có báo cáo tiến độ quá {days} ngày được tính là chậm tiến độ.',
  'lapse.none': 'Không có đề án nào có nguy cơ bị hủy dự toán trong năm và phạm vi này.',
  'lapse.table': 'Danh sách đề án có nguy cơ bị hủy dự toán',
  'lapse.project': 'Đề án',
  'lapse.unit': 'Đơn vị thực hiện',
  'lapse.state': 'Trạng thái',
  'lapse.plannedEnd': 'Kết thúc dự kiến',
  'lapse.approved': 'Kinh phí hỗ trợ được duyệt',
  'lapse.paid': 'Đã giải ngân',
  'lapse.atRisk': 'Có nguy cơ bị hủy',
  'lapse.lastReport': 'Báo cáo tiến độ gần nhất',
  'lapse.noReport': 'Chưa có',
  'lapse.reasons': 'Lý do',
  'download.label': 'Tải về',
  'download.csv': 'Tải CSV',
  'download.xlsx': 'Tải Excel',
  'download.busy': 'Đang tải…',
};

export const LAPSE_EN: Record<keyof typeof LAPSE_VI, string> = {
  'nav.lapseRadar': 'Lapse radar',
  'lapse.title': 'Year-end lapse radar',
  'lapse.intro':
    'Projects under way that, at their current pace, cannot be accepted and paid before the fiscal year closes (31 December): their undisbursed support would lapse. Speed them up, adjust, extend or stop them in time.',
  'lapse.filters': 'Filter the list',
  'lapse.summary': 'As of {asOf}; the fiscal year closes on {fiscalYearEnd}.',
  'lapse.count': 'Projects at risk',
  'lapse.total': 'Support at risk of lapsing',
  'lapse.staleRule': 'Undisbursed support with no progress report for more than {days} days counts as stalled.',
  'lapse.none': 'No project at risk of lapsing for this year and scope.',
  'lapse.table': 'Projects at risk of lapsing',
  'lapse.project': 'Project',
  'lapse.unit': 'Implementing unit',
  'lapse.state': 'Status',
  'lapse.plannedEnd': 'Planned end',
  'lapse.approved': 'Approved support',
  'lapse.paid': 'Disbursed',
  'lapse.atRisk': 'At risk',
  'lapse.lastReport': 'Last progress report',
  'lapse.noReport': 'None yet',
  'lapse.reasons': 'Reasons',
  'download.label': 'Download',
  'download.csv': 'Download CSV',
  'download.xlsx': 'Download Excel',
  'download.busy': 'Downloading…',
};
