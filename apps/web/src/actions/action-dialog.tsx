import { useState } from 'react';
import type { ActionInput, ProjectSummary } from '../api/types';
import { FormDialog } from '../components/form-dialog';
import { useI18n } from '../i18n/i18n';
import { ActionFields } from './action-fields';
import { EvidenceInput } from '../components/evidence-input';
import { ActionForm, emptyFields, evidenceKindOf, isIrreversible, toActionInput } from './action-forms';
import { useActionLabel } from './action-labels';

interface Props {
  action: string;
  form: ActionForm;
  project: ProjectSummary;
  busy: boolean;
  serverError: unknown;
  /** The action, and the evidence file picked for it (uploaded once the action has succeeded). */
  onSubmit(input: ActionInput, evidence: File | null): void;
  onClose(): void;
}

/**
 * Confirms an action: names the project and what the action leads to (and that it cannot be undone, where so),
 * asks for what the action needs, and shows the server's refusal if it comes.
 */
export function ActionDialog({ action, form, project, busy, serverError, onSubmit, onClose }: Props) {
  const { t, tCode } = useI18n();
  const label = useActionLabel();
  const [fields, setFields] = useState(() => emptyFields(project, action));
  const [problem, setProblem] = useState<string | null>(null);
  const [evidence, setEvidence] = useState<File | null>(null);
  const submit = () => {
    const input = toActionInput(action, fields, project);
    if ('problem' in input) {
      setProblem(t(input.problem, input.params));
      return;
    }
    setProblem(null);
    onSubmit(input, evidence);
  };
  return (
    <FormDialog
      title={t('action.dialogTitle', { action: label(action), code: project.code })}
      errorTitle={problem ? t('action.checkTitle') : t('action.refusedTitle')}
      submitLabel={label(action)}
      busy={busy}
      error={problem ?? serverError}
      onSubmit={submit}
      onClose={onClose}
    >
      <div className="consequence" data-consequence={action}>
        <p className="consequence-project">{t('action.projectLine', { code: project.code, title: project.title })}</p>
        <p>
          {tCode('action.consequence', action)}
          {isIrreversible(action) && <strong> {t('action.irreversible')}</strong>}
        </p>
      </div>
      <ActionFields action={action} form={form} fields={fields} project={project} onChange={setFields} />
      {evidenceKindOf(action) && <EvidenceInput onChange={setEvidence} />}
    </FormDialog>
  );
}
