/** How an escalation's status and level read in exports and notices (the web app's dictionary says the same). */
export const ESCALATION_STATUS_LABELS: Readonly<Record<string, { vi: string; en: string }>> = {
  OPEN: { vi: 'Chưa tiếp nhận', en: 'Open' },
  ACKNOWLEDGED: { vi: 'Đã tiếp nhận', en: 'Acknowledged' },
  RESOLVED: { vi: 'Đã xử lý', en: 'Resolved' },
  AUTO_CLOSED: { vi: 'Đã tự đóng', en: 'Closed automatically' },
};

/** "Cảnh báo cấp 1" / "Cảnh báo cấp 2"; level 0 (not escalated) has no label. */
export function escalationLevelLabel(level: number): { vi: string; en: string } | null {
  return level > 0 ? { vi: `Cảnh báo cấp ${level}`, en: `Level ${level} warning` } : null;
}
