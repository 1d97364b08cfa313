import { useState } from 'react';
import type { ActionInput, ProjectDetail } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useApi } from '../session/session';
import { evidenceKindOf } from './action-forms';

/**
 * Sends one lifecycle action; the answer is the project in its new state, or the server's refusal. A file given as
 * evidence is uploaded after the action succeeded, linked to it; if that upload is refused the action stands and the
 * refusal is shown.
 */
export function useProjectAction(projectId: string, onDone: (project: ProjectDetail, action: string) => void) {
  const api = useApi();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (input: ActionInput, evidence: File | null = null): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const project = await api.act(projectId, input);
      if (evidence) {
        await api
          .uploadAttachment(projectId, evidence, {
            action: input.action,
            kind: evidenceKindOf(input.action) ?? 'OTHER',
          })
          .catch((err: unknown) =>
            setError(new Error(t('attachments.evidenceFailed', { message: err instanceof Error ? err.message : '' }))),
          );
      }
      onDone(project, input.action);
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, clearError: () => setError(null) };
}
