import { scopeOfProjectCode } from '@kc/domain/project-code';
import type { Translate } from '../i18n/i18n';

/**
 * An escalation level's label: "Cảnh báo cấp 1/2", and for level 3 the decision it asks for, named for the kind
 * of project its code says ("Cấp 3: đề nghị Bộ trưởng quyết định" for a KCQG one), as
 * libs/domain/src/escalation-labels.ts says.
 */
export function escalationLevelText(t: Translate, level: number, projectCode?: string): string {
  if (level !== 3) return t('escalations.level', { level });
  const scope = projectCode ? scopeOfProjectCode(projectCode) : null;
  return t(
    scope === 'NATIONAL'
      ? 'escalations.level3National'
      : scope === 'LOCAL'
        ? 'escalations.level3Local'
        : 'escalations.level3',
  );
}
