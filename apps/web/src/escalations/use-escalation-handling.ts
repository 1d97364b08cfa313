import { useState } from 'react';
import type { Escalation } from '../api/types';
import { useApi, useSession } from '../session/session';

/** Who the server lets acknowledge and resolve escalations (apps/api/src/deadlines/escalations.service.ts). */
const HANDLER_ROLES = ['supervisor', 'approver'];

export function useMayHandleEscalations(): boolean {
  const { user } = useSession();
  return !!user && HANDLER_ROLES.includes(user.role);
}

/** Acknowledge or resolve one escalation; the refusal, if any, is kept for display. */
export function useEscalationHandling(escalationId: string, onChanged: (escalation: Escalation) => void) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const perform = async (call: () => Promise<Escalation>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await call());
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return {
    busy,
    error,
    clearError: () => setError(null),
    acknowledge: () => perform(() => api.acknowledge(escalationId)),
    resolve: (note: string) => perform(() => api.resolve(escalationId, note)),
  };
}
