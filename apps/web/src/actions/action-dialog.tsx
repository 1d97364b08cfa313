import { useState } from 'react';
import type { ActionInput } from '../api/types';
import { FormDialog } from '../components/form-dialog';
import { useI18n } from '../i18n/i18n';
import { useLabels } from '../reference/reference';
import { ActionFields } from './action-fields';
import { ActionForm, emptyFields, toActionInput } from './action-forms';

interface Props {
  action: string;
  form: ActionForm;
  projectCode: string;
  busy: boolean;
  serverError: unknown;
  onSubmit(input: ActionInput): void;
  onClose(): void;
}

/** Confirms an action that needs more than a click; shows the server's refusal if it comes. */
export function ActionDialog({ action, form, projectCode, busy, serverError, onSubmit, onClose }: Props) {
  const { t } = useI18n();
  const labels = useLabels();
  const [fields, setFields] = useState(emptyFields);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    const input = toActionInput(action, fields);
    if ('problem' in input) {
      setProblem(t(input.problem));
      return;
    }
    setProblem(null);
    onSubmit(input);
  };
  return (
    <FormDialog
      title={t('action.dialogTitle', { action: labels.action(action), code: projectCode })}
      submitLabel={labels.action(action)}
      busy={busy}
      error={problem ?? serverError}
      onSubmit={submit}
      onClose={onClose}
    >
      <ActionFields form={form} fields={fields} onChange={setFields} />
    </FormDialog>
  );
}
