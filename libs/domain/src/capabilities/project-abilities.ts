/**
 * What a person may do on one project beside its lifecycle actions, in the shape a page shows it (the project
 * view's `may`), and what the project form should fix for them. Everything here asks the capability table.
 */
import type { ProjectState } from '../lifecycle';
import type { Actor } from '../roles';
import { CAPABILITIES, mayOnProject } from './capability-table';
import type { ProjectContext } from './parties';
import { DRAFT_EDIT_STATES } from '../transitions';
import { ADJUSTABLE_STATES } from '../adjustments/adjustment-decisions';
import { ActingFacts, contextOf } from '../transition-rule';

export interface ProjectAbilities {
  /** Submit (or correct) a progress report: 'report.submit'. */
  report: boolean;
  /** Move a report's due day or a state's time limit: 'deadline.extend'. */
  extendDeadline: boolean;
  /** Edit the dossier now: 'project.edit_draft', in a state where the dossier is still open. */
  editDraft: boolean;
  /** File a dated field note: 'field_note.write'. */
  writeFieldNote: boolean;
  /** Ask for an adjustment now: 'adjustment.request', in a state that allows one (approved, work not completed). */
  requestAdjustment: boolean;
}

export function projectAbilities(actor: Actor, facts: ActingFacts, state: ProjectState): ProjectAbilities {
  const project = contextOf(facts);
  return {
    report: mayOnProject(actor, 'report.submit', project).ok,
    extendDeadline: mayOnProject(actor, 'deadline.extend', project).ok,
    editDraft: DRAFT_EDIT_STATES.includes(state) && mayOnProject(actor, 'project.edit_draft', project).ok,
    writeFieldNote: mayOnProject(actor, 'field_note.write', project).ok,
    requestAdjustment: ADJUSTABLE_STATES.includes(state) && mayOnProject(actor, 'adjustment.request', project).ok,
  };
}

/** An address no unit holds: a project "of another unit" for asking the table. */
const SOMEONE_ELSE = 'another-unit@invalid.example';

/**
 * Whether the person creates projects only as their own implementing unit (the form then fixes the unit's email
 * to theirs): the table lets them create a project of their own and no other unit's.
 */
export function createsOwnProjectsOnly(actor: Pick<Actor, 'role' | 'provinceCode' | 'email'>): boolean {
  if (actor.provinceCode === null) return false;
  const asActor: Actor = { userId: '', ...actor };
  const ofUnit = (email: string): ProjectContext => ({
    scope: 'LOCAL',
    provinceCode: actor.provinceCode!,
    implementingUnitEmail: email,
  });
  const who = CAPABILITIES['project.create'].who;
  return who.allows(asActor, ofUnit(actor.email)) && !who.allows(asActor, ofUnit(SOMEONE_ELSE));
}
