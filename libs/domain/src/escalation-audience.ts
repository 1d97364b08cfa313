import { SCOPES, Scope } from './lifecycle';
import type { Actor, Role } from './roles';

export type EscalationLevel = 1 | 2;

/** Who an escalation is addressed to (the mail's To): roles, and whether national or the project's province. */
export interface EscalationAddressees {
  roles: readonly Role[];
  national: boolean;
}

/**
 * Level 1 goes to the province's supervisors and approvers (Sở Công Thương); level 2 to the national
 * supervisors and approvers for a national project, to the province's leadership (approvers) for a local one.
 */
export function escalationAddressees(level: EscalationLevel, scope: Scope): EscalationAddressees {
  if (level === 1) return { roles: ['supervisor', 'approver'], national: false };
  return scope === 'NATIONAL'
    ? { roles: ['supervisor', 'approver'], national: true }
    : { roles: ['approver'], national: false };
}

/** Whether an escalation of this level, on a project of this scope and province, is addressed to the actor. */
export function isEscalationAddressedTo(
  actor: Actor,
  escalation: { level: EscalationLevel; scope: Scope; provinceCode: string },
): boolean {
  const to = escalationAddressees(escalation.level, escalation.scope);
  if (!to.roles.includes(actor.role)) return false;
  return to.national ? actor.provinceCode === null : actor.provinceCode === escalation.provinceCode;
}

/** The (level, scope) pairs addressed to the actor's role and level (province checked separately). */
export function escalationsAddressedTo(actor: Actor): Array<{ level: EscalationLevel; scope: Scope }> {
  const pairs: Array<{ level: EscalationLevel; scope: Scope }> = [];
  for (const level of [1, 2] as const) {
    for (const scope of SCOPES) {
      const to = escalationAddressees(level, scope);
      if (to.roles.includes(actor.role) && to.national === (actor.provinceCode === null)) pairs.push({ level, scope });
    }
  }
  return pairs;
}
