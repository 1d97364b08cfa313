import type { Translate } from '../i18n/i18n';

/**
 * An escalation level's label: "Cảnh báo cấp 1/2", and for level 3 the decision it asks for ("Cấp 3: đề nghị Bộ
 * trưởng / Chủ tịch UBND tỉnh quyết định", as libs/domain/src/escalation-labels.ts says).
 */
export function escalationLevelText(t: Translate, level: number): string {
  return level === 3 ? t('escalations.level3') : t('escalations.level', { level });
}
