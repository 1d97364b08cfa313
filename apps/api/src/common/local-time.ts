const VIETNAM_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** Times are stored in UTC and shown in Asia/Ho_Chi_Minh, e.g. "10:05 27/11/2026". */
export function toVietnamTime(value: Date | string): string {
  return VIETNAM_TIME.format(typeof value === 'string' ? new Date(value) : value);
}
