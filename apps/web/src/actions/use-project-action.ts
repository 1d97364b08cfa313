import { useState } from 'react';
import type { ActionInput, ProjectDetail } from '../api/types';
import { useApi } from '../session/session';

/** Sends one lifecycle action; the answer is the project in its new state, or the server's refusal. */
export function useProjectAction(projectId: string, onDone: (project: ProjectDetail, action: string) => void) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (input: ActionInput): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const project = await api.act(projectId, input);
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
