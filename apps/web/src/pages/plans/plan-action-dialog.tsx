import { useState } from 'react';
import type { Plan } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { todayInVietnam } from '../../format/format';
import { useIdempotentWrite } from '../../hooks/use-idempotent-write';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';
import { PlanAmendFields } from './plan-amend-fields';
import { PlanDecisionFields } from './plan-decision-fields';
import { PlanDialogAction, emptyPlanActionFields, planActionInput } from './plan-action-values';
import { serverProblems } from './plan-form-values';

interface Props {
  plan: Plan;
  action: PlanDialogAction;
  onDone(plan: Plan): void;
  onClose(): void;
}

/**
 * Confirms an action on a plan and asks for what it needs (a decision; for an amendment the line, the amount and
 * the reason). The API's refusal shows inside: a field's problem next to it, a 409 (a cut below what is approved, a
 * plan no longer in the status) as the API words it.
 */
export function PlanActionDialog({ plan, action, onDone, onClose }: Props) {
  const { t, pick } = useI18n();
  const api = useApi();
  const write = useIdempotentWrite((input: Parameters<typeof api.planAction>[1], key: string) =>
    api.planAction(plan.id, input, key),
  );
  const [fields, setFields] = useState(() => emptyPlanActionFields(todayInVietnam(), plan.lines[0]?.id));
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = serverProblems(write.error);
  const problems = { ...server, ...local };
  const submit = async () => {
    const checked = planActionInput(action, fields, t);
    if ('problems' in checked) {
      setLocal(checked.problems);
      return;
    }
    setLocal({});
    const saved = await write.run(checked.input);
    if (saved) onDone(saved);
  };
  return (
    <FormDialog
      title={t(`plans.dialog.${action}`)}
      submitLabel={t(`plans.action.${action}`)}
      busy={write.busy}
      error={Object.keys(server).length ? null : write.error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <div className="consequence" data-consequence={action}>
        <p>{t(`plans.consequence.${action}`, { title: plan.title, approver: pick(plan.approver) })}</p>
      </div>
      {action === 'amend' && (
        <PlanAmendFields lines={plan.lines} fields={fields} problems={problems} onChange={setFields} />
      )}
      {action !== 'submit' && (
        <PlanDecisionFields fields={fields} problems={problems} autoFocus={action === 'approve'} onChange={setFields} />
      )}
    </FormDialog>
  );
}
