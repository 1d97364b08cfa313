import { useCallback } from 'react';
import { ACTION_LABELS, type ActionName } from '@kc/domain/lifecycle';
import { useI18n } from '../i18n/i18n';

/**
 * The words on an action's button and dialog: an instruction a person recognises ("Tiến hành thẩm định cấp cơ sở"),
 * from the dictionary's `actionButton.*`; the domain's label of the action where there is none. Both are in the
 * bundle, so a button never shows an action's code while the reference data is still loading.
 */
export function useActionLabel(): (action: string) => string {
  const { tCode, lang } = useI18n();
  return useCallback(
    (action: string) => {
      const own = tCode('actionButton', action);
      if (own !== action) return own;
      const domain = ACTION_LABELS[action as ActionName];
      return domain ? domain[lang] : action;
    },
    [tCode, lang],
  );
}
