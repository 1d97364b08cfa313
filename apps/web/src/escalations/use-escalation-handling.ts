import { useState } from 'react';
import type { Actor } from '@kc/domain/roles';
import type { Scope } from '@kc/domain/lifecycle';
import {
  EscalationLevel,
  escalationsAddressedTo,
  isEscalationAddressedTo,
} from '@kc/domain/capabilities/escalation-recipients';
import type { Escalation } from '../api/types';
import { useApi, useSession } from '../session/session';

/**
 * Whether the user handles escalations: those some level of the legal chain is addressed to (the domain's table,
 * as the server asks it in apps/api/src/deadlines/escalations.service.ts). Given an escalation whose project scope
 * is known, whether that one is addressed to the user.
 */
export function useMayHandleEscalations(
  escalation?: { level: number; scope: Scope; provinceCode: string } | null,
): boolean {
  const { user } = useSession();
  if (!user) return false;
  const actor = { role: user.role, provinceCode: user.provinceCode ?? null } as Actor;
  if (escalation && escalation.level >= 1 && escalation.level <= 3) {
    return isEscalationAddressedTo(actor, { ...escalation, level: escalation.level as EscalationLevel });
  }
  return escalationsAddressedTo(actor).length > 0;
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
