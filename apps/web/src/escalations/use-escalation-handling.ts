import { useState } from 'react';
import type { Actor } from '@kc/domain/roles';
import type { Scope } from '@kc/domain/lifecycle';
import type { EscalationLevel } from '@kc/domain/capabilities/escalation-recipients';
import { handlesEscalations, mayHandleEscalation } from '@kc/domain/capabilities/escalation-handling';
import type { Escalation } from '../api/types';
import { useApi, useSession } from '../session/session';

/**
 * Whether the user handles escalations: those the legal chain has addressed them to, supervisors excepted (they
 * only read), as the server asks it in apps/api/src/escalations/escalations.service.ts. Given an escalation whose
 * project scope is known, whether the user may handle that one.
 */
export function useMayHandleEscalations(
  escalation?: { level: number; scope: Scope; provinceCode: string } | null,
): boolean {
  const { user } = useSession();
  if (!user) return false;
  const actor = { role: user.role, provinceCode: user.provinceCode ?? null } as Actor;
  if (escalation && escalation.level >= 1 && escalation.level <= 3) {
    return mayHandleEscalation(actor, { ...escalation, level: escalation.level as EscalationLevel }).ok;
  }
  return handlesEscalations(actor).ok;
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
