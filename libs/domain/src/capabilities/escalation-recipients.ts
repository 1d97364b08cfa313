/**
 * Who an escalation goes to, level by level, up the legal chain (DOMAIN.md §10): level 1 the Department's
 * leaders; level 2 the Cục for national projects and the UBND tỉnh for local ones; level 3 a decision for the
 * Minister (national) or the UBND chairman (local). Each level's recipients are mailed and see it in their queue.
 */
import { SCOPES, Scope } from '../lifecycle';
import { provinceTitle } from '../provinces';
import { CUC_NAMES, nameOnDay } from '../organisations';
import type { Actor, Role } from '../roles';

export const ESCALATION_LEVELS = [1, 2, 3] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/** A kind of recipient: a role, at the national level or in the project's province. */
export interface RecipientPosition {
  role: Role;
  national: boolean;
}

const provincial = (role: Role): RecipientPosition => ({ role, national: false });
const central = (role: Role): RecipientPosition => ({ role, national: true });

const RECIPIENTS: Record<EscalationLevel, Record<Scope, RecipientPosition[]>> = {
  1: {
    NATIONAL: [provincial('approver'), provincial('supervisor')],
    LOCAL: [provincial('approver'), provincial('supervisor')],
  },
  2: {
    NATIONAL: [central('cuc_officer'), central('approver'), central('supervisor')],
    LOCAL: [provincial('ubnd_leader'), provincial('supervisor')],
  },
  3: {
    NATIONAL: [central('minister'), central('approver')],
    LOCAL: [provincial('ubnd_leader')],
  },
};

export function escalationRecipients(level: EscalationLevel, scope: Scope): readonly RecipientPosition[] {
  return RECIPIENTS[level][scope];
}

/** The body a level's mail is addressed to, as its salutation names it ("Kính gửi: …"). */
export function escalationOffice(
  level: EscalationLevel,
  scope: Scope,
  provinceCode: string,
  onDay: string,
): { vi: string; en: string } {
  const province = provinceTitle(provinceCode);
  if (level === 1)
    return {
      vi: `Lãnh đạo Sở Công Thương ${province}`,
      en: `the leadership of the Department of Industry and Trade, ${province}`,
    };
  if (scope === 'LOCAL') {
    return level === 2
      ? { vi: `Ủy ban nhân dân ${province}`, en: `the People's Committee of ${province}` }
      : { vi: `Chủ tịch Ủy ban nhân dân ${province}`, en: `the Chairman of the People's Committee of ${province}` };
  }
  if (level === 2) {
    return { vi: nameOnDay(CUC_NAMES, onDay), en: 'the central department (Cục)' };
  }
  return { vi: 'Bộ trưởng Bộ Công Thương', en: 'the Minister of Industry and Trade' };
}

/** Whether an escalation of this level, on a project of this scope and province, is addressed to the actor. */
export function isEscalationAddressedTo(
  actor: Actor,
  escalation: { level: EscalationLevel; scope: Scope; provinceCode: string },
): boolean {
  return escalationRecipients(escalation.level, escalation.scope).some(
    (to) =>
      to.role === actor.role &&
      (to.national ? actor.provinceCode === null : actor.provinceCode === escalation.provinceCode),
  );
}

/** The (level, scope) pairs addressed to the actor's role and level (the province is checked separately). */
export function escalationsAddressedTo(actor: Actor): Array<{ level: EscalationLevel; scope: Scope }> {
  const pairs: Array<{ level: EscalationLevel; scope: Scope }> = [];
  for (const level of ESCALATION_LEVELS) {
    for (const scope of SCOPES) {
      const addressed = escalationRecipients(level, scope).some(
        (to) => to.role === actor.role && to.national === (actor.provinceCode === null),
      );
      if (addressed) pairs.push({ level, scope });
    }
  }
  return pairs;
}
