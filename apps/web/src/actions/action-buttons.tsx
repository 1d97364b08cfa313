import { useState } from 'react';
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
}

/** One button per action the server allows this user now (`allowedActions`). */
export function ActionButtons({ project, onDone }: Props) {
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
