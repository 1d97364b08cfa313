/** How an escalation's status and level read in exports and notices (the web app's dictionary says the same). */
export const ESCALATION_STATUS_LABELS: Readonly<Record<string, { vi: string; en: string }>> = {
  OPEN: { vi: 'Chưa tiếp nhận', en: 'Open' },
  ACKNOWLEDGED: { vi: 'Đã tiếp nhận', en: 'Acknowledged' },
  RESOLVED: { vi: 'Đã xử lý', en: 'Resolved' },
  AUTO_CLOSED: { vi: 'Đã tự đóng', en: 'Closed automatically' },
};

/** Level 3 asks for a decision (DOMAIN.md §10.3): an extension into next year or stopping. */
export const LEVEL_3_LABEL = {
  vi: 'Cấp 3: đề nghị Bộ trưởng / Chủ tịch UBND tỉnh quyết định',
  en: 'Level 3: a decision by the Minister / the provincial chairman',
} as const;

/** Level 3 of one kind of project: the Minister decides a national one, the UBND chairman a local one. */
export const LEVEL_3_LABEL_BY_SCOPE = {
  NATIONAL: { vi: 'Cấp 3: đề nghị Bộ trưởng quyết định', en: 'Level 3: a decision by the Minister' },
  LOCAL: {
    vi: 'Cấp 3: đề nghị Chủ tịch UBND tỉnh quyết định',
    en: 'Level 3: a decision by the provincial chairman',
  },
} as const;

/** "Cảnh báo cấp 1" / "Cảnh báo cấp 2" / level 3's decision; level 0 (not escalated) has no label. */
export function escalationLevelLabel(
  level: number,
  scope?: 'NATIONAL' | 'LOCAL' | null,
): { vi: string; en: string } | null {
  if (level === 3) return scope ? LEVEL_3_LABEL_BY_SCOPE[scope] : LEVEL_3_LABEL;
  return level > 0 ? { vi: `Cảnh báo cấp ${level}`, en: `Level ${level} warning` } : null;
}
