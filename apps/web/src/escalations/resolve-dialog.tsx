import { useState } from 'react';
import { Field } from '../components/field';
import { FormDialog } from '../components/form-dialog';
import { useI18n } from '../i18n/i18n';

interface Props {
  projectCode: string;
  busy: boolean;
  serverError: unknown;
  onSubmit(note: string): void;
  onClose(): void;
}

export function ResolveDialog({ projectCode, busy, serverError, onSubmit, onClose }: Props) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    if (!note.trim()) {
      setProblem(t('action.required'));
      return;
    }
    setProblem(null);
    onSubmit(note.trim());
  };
  return (
    <FormDialog
      title={t('escalations.resolveTitle', { code: projectCode })}
      submitLabel={t('escalations.resolve')}
      busy={busy}
      error={problem ?? serverError}
      onSubmit={submit}
      onClose={onClose}
    >
      <Field label={t('escalations.note')} hint={t('escalations.noteHint')}>
        {(id) => (
          <textarea id={id} name="note" rows={4} value={note} onChange={(e) => setNote(e.target.value)} autoFocus />
        )}
      </Field>
    </FormDialog>
  );
}
