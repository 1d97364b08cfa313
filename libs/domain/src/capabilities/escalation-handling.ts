/**
 * Who may acknowledge and resolve an escalation: the people it has been addressed to so far, up the legal chain
 * (its level's recipients and those of the levels below, who got it first and may still settle its cause), except
 * the supervisors: they receive escalations and see them in their queues, but a supervisor's seat is read-only
 * (issue 13 §1), so taking one in hand and closing it is the leaders' and the Cục's work.
 */
import type { Scope } from '../lifecycle';
import { Actor, positionLabel } from '../roles';
import type { CapabilityAnswer } from './capability-table';
import {
  ESCALATION_LEVELS,
  EscalationLevel,
  escalationRecipients,
  escalationsAddressedTo,
  isEscalationAddressedTo,
} from './escalation-recipients';
import { POSITIONS } from './parties';

export interface EscalationToHandle {
  level: EscalationLevel;
  scope: Scope;
  provinceCode: string;
}

function isReadOnly(actor: Actor): boolean {
  return POSITIONS.anySupervisor.allows(actor);
}

/** The positions that may handle an escalation of this level and scope, as a refusal names them. */
export function escalationHandlers(level: EscalationLevel, scope: Scope): { vi: string; en: string } {
  const seen = new Set<string>();
  const labels: Array<{ vi: string; en: string }> = [];
  for (const l of ESCALATION_LEVELS.filter((x) => x <= level)) {
    for (const to of escalationRecipients(l, scope)) {
      const position = { role: to.role, provinceCode: to.national ? null : 'X' };
      if (isReadOnly({ userId: '', email: '', ...position })) continue;
      const label = positionLabel(position);
      if (seen.has(label.vi)) continue;
      seen.add(label.vi);
      labels.push(label);
    }
  }
  return { vi: labels.map((l) => l.vi).join('; '), en: labels.map((l) => l.en).join('; ') };
}

/** Whether the actor handles escalations at all (is some level's recipient, and not a read-only supervisor). */
export function handlesEscalations(actor: Actor): CapabilityAnswer {
  if (escalationsAddressedTo(actor).length > 0 && !isReadOnly(actor)) return { ok: true };
  const who = { vi: [] as string[], en: [] as string[] };
  for (const level of ESCALATION_LEVELS) {
    for (const scope of ['LOCAL', 'NATIONAL'] as const) {
      const names = escalationHandlers(level, scope);
      for (const [lang, list] of [
        ['vi', who.vi],
        ['en', who.en],
      ] as const) {
        for (const name of names[lang].split('; ')) if (name && !list.includes(name)) list.push(name);
      }
    }
  }
  const readOnly = isReadOnly(actor) ? 'Giám sát chỉ được xem cảnh báo / supervisors only read escalations. ' : '';
  return {
    ok: false,
    message: `${readOnly}Bạn không xử lý cảnh báo; người được tiếp nhận và xử lý: ${who.vi.join('; ')} / you do not handle escalations; who does: ${who.en.join('; ')}`,
  };
}

export function mayHandleEscalation(actor: Actor, escalation: EscalationToHandle): CapabilityAnswer {
  const addressed = ESCALATION_LEVELS.some(
    (level) => level <= escalation.level && isEscalationAddressedTo(actor, { ...escalation, level }),
  );
  if (addressed && !isReadOnly(actor)) return { ok: true };
  const who = escalationHandlers(escalation.level, escalation.scope);
  const readOnly = isReadOnly(actor) ? 'Giám sát chỉ được xem cảnh báo / supervisors only read escalations. ' : '';
  return {
    ok: false,
    message: `${readOnly}Bạn không xử lý được cảnh báo này; người được tiếp nhận và xử lý: ${who.vi} / you may not handle this escalation; who may: ${who.en}`,
  };
}
