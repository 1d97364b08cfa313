import { FormEvent, ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from './error-message';

interface FormDialogProps {
  title: string;
  /** Above the error: the server's refusal by default; a form's own check names itself. */
  errorTitle?: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
}

/** A modal confirmation with its fields; the server's refusal shows inside it, so nothing typed is lost. */
export function FormDialog({
  title,
  errorTitle,
  submitLabel,
  busy,
  error,
  onSubmit,
  onClose,
  children,
}: FormDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="dialog-title" onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id="dialog-title">{title}</h2>
        <div className="dialog-body">{children}</div>
        <ErrorMessage error={error} title={errorTitle ?? t('common.refused')} />
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('common.sending') : submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
