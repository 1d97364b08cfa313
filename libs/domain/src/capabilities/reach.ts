/**
 * Which projects a person's lists, queues and inbox reach: the same rule as 'project.read' in the capability
 * table, in the shape a query filters on.
 */
import { Actor, ProjectReach, isNationalActor, sameEmail } from '../roles';
import { CAPABILITIES } from './capability-table';

export type ReachFilter =
  /** Every province: the Cục, the Ministry, national supervisors, admins. */
  | { kind: 'ALL' }
  /** One province: the Department, the UBND, collaborators and supervisors of a province. */
  | { kind: 'PROVINCE'; provinceCode: string }
  /** One unit's own projects in its province. */
  | { kind: 'UNIT'; provinceCode: string; unitEmail: string };

export function reachFilterOf(actor: Actor): ReachFilter {
  if (actor.role === 'implementer') {
    return { kind: 'UNIT', provinceCode: actor.provinceCode ?? '', unitEmail: actor.email.trim().toLowerCase() };
  }
  return isNationalActor(actor) ? { kind: 'ALL' } : { kind: 'PROVINCE', provinceCode: actor.provinceCode! };
}

/** Whether the actor may see the project (its page, its history, its reports). */
export function canSeeProject(actor: Actor, project: ProjectReach & { scope?: 'NATIONAL' | 'LOCAL' }): boolean {
  return CAPABILITIES['project.read'].who.allows(actor, {
    scope: project.scope ?? 'LOCAL',
    provinceCode: project.provinceCode,
    implementingUnitEmail: project.implementingUnitEmail,
  });
}

/** A message the local mail catcher kept: its recipients, and the provinces of the people and units behind them. */
export interface CaughtMailReach {
  recipients: readonly string[];
  provinceCodes: readonly string[];
}

/**
 * The embedded mail catcher's page: a national user reads every message; a provincial one the messages to its
 * province's people and implementing units (and to itself); a unit only the messages addressed to it.
 */
export function canReadCaughtMail(actor: Actor, mail: CaughtMailReach): boolean {
  const toActor = mail.recipients.some((recipient) => sameEmail(recipient, actor.email));
  const reach = reachFilterOf(actor);
  if (reach.kind === 'UNIT') return toActor;
  if (reach.kind === 'ALL') return true;
  return toActor || mail.provinceCodes.includes(reach.provinceCode);
}
