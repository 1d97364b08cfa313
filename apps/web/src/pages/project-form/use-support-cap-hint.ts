import { useEffect, useState } from 'react';
import type { ResolvedSupportCap } from '../../api/money-endpoints';
import { formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';
import type { ProjectFormValues } from './project-form-values';

/**
 * The funding cap of the chosen content area in words, with the limit for the total cost typed (the API resolves it:
 * the instrument in force today, the province's own cap for local projects, the priority factor). Undefined until a
 * content area is chosen, or when the API cannot say. Also the unit's overhead share in force and its limit.
 */
export function useSupportCapHint(
  values: ProjectFormValues,
  totalCostVnd: number | null,
): { capHint: string | undefined; overhead: { share: string; maxVnd: number | null } | undefined } {
  const api = useApi();
  const { t, pick } = useI18n();
  const [cap, setCap] = useState<ResolvedSupportCap | null>(null);
  const { scope, provinceCode, category, priorityArea } = values;
  useEffect(() => {
    if (!category || !provinceCode) return setCap(null);
    let current = true;
    api
      .resolveSupportCap({
        scope,
        provinceCode,
        category,
        priorityArea,
        ...(totalCostVnd && totalCostVnd > 0 ? { totalCostVnd } : {}),
      })
      .then((answer) => current && setCap(answer))
      .catch(() => current && setCap(null));
    return () => {
      current = false;
    };
  }, [api, scope, provinceCode, category, priorityArea, totalCostVnd]);
  if (!cap) return { capHint: undefined, overhead: undefined };
  const overhead = { share: pick(cap.unitOverheadShare), maxVnd: cap.unitOverheadMaxVnd };
  if (!cap.capped || !cap.rule) return { capHint: t('form.noCap'), overhead };
  const rule = t('form.capHint', { rule: pick(cap.rule) });
  const capHint = cap.limitVnd === null ? rule : `${rule} ${t('form.capLimit', { amount: formatVnd(cap.limitVnd) })}`;
  return { capHint, overhead };
}
