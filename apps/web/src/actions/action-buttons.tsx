import { useEffect, useState } from 'react';
import type { ProjectDetail, ProjectSummary } from '../api/types';
import { ErrorMessage } from '../components/error-message';
import { useI18n } from '../i18n/i18n';
import { ActionDialog } from './action-dialog';
import { ActionForm, formOf, isCautionAction } from './action-forms';
import { useActionLabel } from './action-labels';
import { useProjectAction } from './use-project-action';

interface Props {
  project: ProjectSummary;
  onDone(project: ProjectDetail, action: string): void;
  /** An action to open at once (a link's ?action=); never sent without the person's click in its dialog. */
  initialAction?: string | null;
}

/** One button per action the server allows this user now (`allowedActions`). */
export function ActionButtons({ project, onDone, initialAction }: Props) {
  const { t } = useI18n();
  const label = useActionLabel();
  const [open, setOpen] = useState<{ action: string; form: ActionForm } | null>(null);
  const { run, busy, error, clearError } = useProjectAction(project.id, (updated, action) => {
    setOpen(null);
    onDone(updated, action);
  });
  useEffect(() => {
    if (initialAction && project.allowedActions.includes(initialAction)) {
      setOpen({ action: initialAction, form: formOf(initialAction) ?? 'confirm' });
    }
    // Only when the page opens with the link's action, not after each change of the project.
  }, [initialAction]);
  const click = (action: string) => {
    clearError();
    const form = formOf(action);
    if (form) setOpen({ action, form });
    else void run({ action });
  };
  const close = () => {
    setOpen(null);
    clearError();
  };
  return (
    <div className="action-buttons">
      {project.allowedActions.length === 0 ? (
        <p className="muted small">{t('projects.noActions')}</p>
      ) : (
        <div className="button-row" role="group" aria-label={t('projects.actions')}>
          {project.allowedActions.map((action) => (
            <button
              key={action}
              type="button"
              data-action={action}
              data-requested={action === initialAction ? 'true' : undefined}
              className={isCautionAction(action) ? 'button button-caution' : 'button button-primary'}
              disabled={busy}
              onClick={() => click(action)}
            >
              {label(action)}
            </button>
          ))}
        </div>
      )}
      {!open && <ErrorMessage error={error} title={t('action.refusedTitle')} />}
      {open && (
        <ActionDialog
          action={open.action}
          form={open.form}
          project={project}
          busy={busy}
          serverError={error}
          onSubmit={(input, evidence) => void run(input, evidence)}
          onClose={close}
        />
      )}
    </div>
  );
}
