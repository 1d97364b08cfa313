import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n';
import { useLabels } from '../reference/reference';

/**
 * The words on an action's button and dialog: an instruction a person recognises ("Tiến hành thẩm định cấp cơ sở"),
 * from the dictionary's `actionButton.*`; the API's label of the action where there is none.
 */
export function useActionLabel(): (action: string) => string {
  const { tCode } = useI18n();
  const labels = useLabels();
  return useCallback(
    (action: string) => {
      const own = tCode('actionButton', action);
      return own === action ? labels.action(action) : own;
    },
    [tCode, labels],
  );
}
