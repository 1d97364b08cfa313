/** The shape of a transition table's rows, shared by today's table and the frozen one of the first releases. */
import type { ProjectState } from './lifecycle';
import { unusedAdvanceVnd } from './project';
import { groupRefundDueVnd } from './group-projects/group-plan';
import type { LifecycleStatus, ProjectFacts, ProjectSnapshot } from './project';
import type { Actor } from './roles';
import type { Party, ProjectContext } from './capabilities/parties';

/** The facts that decide who may act and which actions a state offers (scope, province, unit, local approver). */
export type ActingFacts = Pick<ProjectFacts, 'scope' | 'provinceCode'> &
  Partial<Pick<ProjectFacts, 'localApprover' | 'group' | 'pilot'>> & {
    implementingUnit: Pick<ProjectFacts['implementingUnit'], 'email'>;
  };

export interface WhoRule {
  describe: { vi: string; en: string };
  /** Who may, for this project (the province named, its local approver resolved); the frozen v1 table has none. */
  describeFor?(facts: ActingFacts, from: ProjectState): { vi: string; en: string };
  allows: (actor: Actor, facts: ActingFacts, from: ProjectState) => boolean;
}

export type FieldName =
  | 'reason'
  | 'contract'
  | 'minutes'
  | 'disbursement'
  | 'decision'
  | 'refund'
  | 'progress'
  | 'implPlan'
  | 'beneficiary'
  | 'workDone';

export interface TransitionRule {
  from: (facts: ActingFacts) => readonly ProjectState[];
  /** The state it leads to; 'same' for side actions; a function where the outcome depends on the status. */
  to: ProjectState | 'same' | ((status: LifecycleStatus) => ProjectState);
  who: WhoRule;
  needs: readonly FieldName[];
  /** The step its states wait for to move the project on (what a user's inbox lists), not a side action. */
  awaited?: true;
  /**
   * Why the action is not open in this state for this project yet (bilingual), or null when it is: for what the
   * state alone does not tell, such as a group project's contract waiting for its approved implementation plan.
   */
  blockedBy?: (standing: Standing) => string | null;
}

/** What, beside its state, opens or closes a step: read from a snapshot, or from a read-model row by the inbox. */
export interface Standing {
  group: boolean;
  /** A group project whose implementation plan (Mẫu 11) the Department approved. */
  implPlanApproved: boolean;
  /** Advances not matched by accepted work nor refunded yet (VND); of a group, its establishments' refunds due. */
  unusedAdvanceVnd: number;
}

export function standingOf({ facts, status }: ProjectSnapshot): Standing {
  return {
    group: facts.group === true,
    implPlanApproved: Boolean(status.groupPlan?.approval),
    unusedAdvanceVnd: facts.group ? groupRefundDueVnd(status.groupPlan) : unusedAdvanceVnd(status),
  };
}

export const fixed =
  (...states: ProjectState[]) =>
  (): readonly ProjectState[] =>
    states;

export function contextOf(facts: ActingFacts): ProjectContext {
  return {
    scope: facts.scope,
    provinceCode: facts.provinceCode,
    implementingUnitEmail: facts.implementingUnit.email,
    localApprover: facts.localApprover,
  };
}

/** A rule naming a party of the capability table (the state does not matter). */
export function partyRule(party: Party): WhoRule {
  return {
    describe: party.describe,
    describeFor: (facts) => party.describeFor(contextOf(facts)),
    allows: (actor, facts) => party.allows(actor, contextOf(facts)),
  };
}

/** Different parties by the state the project is in. */
export function byState(rules: Partial<Record<ProjectState, Party>>): WhoRule {
  const entries = Object.entries(rules) as Array<[ProjectState, Party]>;
  return {
    describe: {
      vi: entries.map(([state, p]) => `${p.describe.vi} (${state})`).join('; '),
      en: entries.map(([state, p]) => `${p.describe.en} (${state})`).join('; '),
    },
    describeFor: (facts, state) => rules[state]?.describeFor(contextOf(facts)) ?? { vi: 'không ai', en: 'nobody' },
    allows: (actor, facts, state) => rules[state]?.allows(actor, contextOf(facts)) ?? false,
  };
}
