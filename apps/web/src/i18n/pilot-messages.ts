/** Strings of pilot projects (đề án điểm, issue 15): the creation form, the project page's panel, the history. */
export const PILOT_VI = {
  'pilot.title': 'Đề án điểm: kinh phí và tiến độ theo năm',
  'pilot.linked': 'Nội dung liên kết',
  'pilot.year': 'Năm',
  'pilot.requested': 'Đề nghị',
  'pilot.allocated': 'Được duyệt',
  'pilot.carriedIn': 'Chuyển từ năm trước',
  'pilot.advances': 'Đã tạm ứng',
  'pilot.advanceCap': 'Tạm ứng tối đa',
  'pilot.progress': 'Tiến độ được xác nhận',
  'pilot.carriedOut': 'Chuyển sang năm sau',
  'pilot.open': 'Đang thực hiện',
  'pilot.closed': 'Đã tổng kết',
  'pilot.notApproved': 'Kinh phí theo năm được chia khi đề án được phê duyệt.',
  'pilot.rule':
    'Tạm ứng của mỗi năm trong phạm vi tỷ lệ tạm ứng của kinh phí năm đó (kể cả phần chuyển từ năm trước), chi trong năm; năm sau chỉ tạm ứng khi Sở Công Thương đã tổng kết năm trước.',
  'form.pilot': 'Đề án điểm (nhiều năm, nhiều nội dung liên kết)',
  'form.pilotHint':
    'Đề án khuyến công quốc gia điểm: từ hai nội dung liên kết trở lên, thực hiện trên một năm; kinh phí chia theo năm, tạm ứng theo tiến độ từng năm.',
  'form.pilotLinked': 'Các nội dung liên kết (ngoài nội dung chính)',
  'form.pilotYears': 'Kinh phí đề nghị hỗ trợ theo năm',
  'form.pilotYearsHint': 'Các năm theo thời gian thực hiện; tổng phải bằng kinh phí đề nghị hỗ trợ ({total}).',
  'form.pilotYearsSum': 'Tổng các năm: {sum}',
  'form.pilotNeedsDates': 'Nhập thời gian thực hiện (trên một năm) để chia kinh phí theo năm.',
  'history.pilotYearClosed': 'Tổng kết năm {year}: tiến độ {pct}%, chuyển sang năm sau {amount}',
};

export const PILOT_EN: Record<keyof typeof PILOT_VI, string> = {
  'pilot.title': 'Pilot project: funds and progress by year',
  'pilot.linked': 'Linked content areas',
  'pilot.year': 'Year',
  'pilot.requested': 'Asked',
  'pilot.allocated': 'Approved',
  'pilot.carriedIn': 'Carried in',
  'pilot.advances': 'Advanced',
  'pilot.advanceCap': 'Advance cap',
  'pilot.progress': 'Certified progress',
  'pilot.carriedOut': 'Carried over',
  'pilot.open': 'Under way',
  'pilot.closed': 'Closed',
  'pilot.notApproved': 'The support is split by year when the project is approved.',
  'pilot.rule':
    'Each year’s advances stay within the advance share of that year’s funds (with what the year before carried in), paid in the year; the next year advances only once the Department has closed the year before.',
  'form.pilot': 'Pilot project (several years, linked content areas)',
  'form.pilotHint':
    'A national pilot project: two or more linked content areas over more than one year; support split by year, advances following each year’s progress.',
  'form.pilotLinked': 'Linked content areas (beside the main one)',
  'form.pilotYears': 'Support asked by year',
  'form.pilotYearsHint': 'The years of the project’s dates; they must add up to the requested support ({total}).',
  'form.pilotYearsSum': 'Years together: {sum}',
  'form.pilotNeedsDates': 'Enter the project’s dates (over more than one year) to split the support by year.',
  'history.pilotYearClosed': 'Year {year} closed: progress {pct}%, {amount} carried over',
};
