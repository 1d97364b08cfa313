import { useEffect, useRef, useState } from 'react';
import type { ProjectDetail, ProjectSummary } from '../api/types';
import { ErrorMessage } from '../components/error-message';
import { useI18n } from '../i18n/i18n';
import { useLabels } from '../reference/reference';
import { ActionDialog } from './action-dialog';
import { formOf, isCautionAction } from './action-forms';
import { useProjectAction } from './use-project-action';

interface Props {
  project: ProjectSummary;
  onDone(project: ProjectDetail, action: string): void;
  /** An action asked for by the address (/projects/:id?action=…, the inbox's link): its dialog opens at once. */
  requested?: string | null;
}

/** One button per action the server allows this user now (`allowedActions`). */
export function ActionButtons({ project, onDone, requested = null }: Props) {
  const { t } = useI18n();
  const labels = useLabels();
  const [open, setOpen] = useState<string | null>(null);
  const { run, busy, error, clearError } = useProjectAction(project.id, (updated, action) => {
    setOpen(null);
    onDone(updated, action);
  });
  const click = (action: string) => {
    clearError();
    if (formOf(action)) setOpen(action);
    else void run({ action });
  };
  const close = () => {
    setOpen(null);
    clearError();
  };
  const openForm = open ? formOf(open) : null;
  const requestedButton = useRef<HTMLButtonElement | null>(null);
  const offered = requested !== null && project.allowedActions.includes(requested);
  useEffect(() => {
    // A form opens its dialog; an action without one is never sent unasked: its button is shown and focused.
    if (!offered || !requested) return;
    if (formOf(requested)) setOpen(requested);
    else requestedButton.current?.focus();
    // Only once, for the address the page was opened with.
  }, []);
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
              ref={offered && action === requested ? requestedButton : undefined}
              data-requested={offered && action === requested ? 'true' : undefined}
              className={isCautionAction(action) ? 'button button-caution' : 'button button-primary'}
              disabled={busy}
              onClick={() => click(action)}
            >
              {labels.action(action)}
            </button>
          ))}
        </div>
      )}
      {!open && <ErrorMessage error={error} title={t('common.refused')} />}
      {open && openForm && (
        <ActionDialog
          action={open}
          form={openForm}
          projectCode={project.code}
          busy={busy}
          serverError={error}
          onSubmit={(input) => void run(input)}
          onClose={close}
        />
      )}
    </div>
  );
}
