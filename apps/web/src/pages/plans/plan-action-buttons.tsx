import { useState } from 'react';
import type { Plan } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { PlanActionDialog } from './plan-action-dialog';
import type { PlanDialogAction } from './plan-action-values';

const ACTIONS: readonly PlanDialogAction[] = ['submit', 'approve', 'amend'];

/** The buttons of the actions the API allows the caller on the plan now (its `allowedActions`), each with its dialog. */
export function PlanActionButtons({
  plan,
  onDone,
}: {
  plan: Plan;
  onDone(plan: Plan, action: PlanDialogAction): void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<PlanDialogAction | null>(null);
  const allowed = ACTIONS.filter((action) => plan.allowedActions.includes(action));
  if (allowed.length === 0) return null;
  return (
    <div className="action-buttons" role="group" aria-label={t('plans.actions')}>
      {allowed.map((action) => (
        <button
          key={action}
          type="button"
          className={action === 'approve' ? 'button button-primary' : 'button'}
          data-plan-action={action}
          onClick={() => setOpen(action)}
        >
          {t(`plans.action.${action}`)}
        </button>
      ))}
      {open && (
        <PlanActionDialog
          plan={plan}
          action={open}
          onClose={() => setOpen(null)}
          onDone={(saved) => {
            setOpen(null);
            onDone(saved, open);
          }}
        />
      )}
    </div>
  );
}
