import { ActionName, PROJECT_STATES, ProjectState, SCOPES, Scope, isTerminal } from './lifecycle';
import type { Actor } from './roles';
import { ActingFacts, TRANSITIONS } from './transitions';
import { LOCAL_APPROVERS, LocalApprover } from './capabilities/parties';

/** A project as the inbox sees it: enough to know which step it waits for and who may take it. */
export interface AwaitingProject {
  scope: Scope;
  provinceCode: string;
  implementingUnitEmail: string;
  /** Local projects: who approves them as the province's regulation said at creation (absent: the Department). */
  localApprover?: LocalApprover | null;
  /** A group project (đề án nhóm), and whether its implementation plan is approved (absent: neither). */
  group?: boolean;
  implPlanApproved?: boolean;
}

/** A state and scope in which some project of the actor's reach waits for the actor. */
export interface AwaitedSituation {
  state: ProjectState;
  scope: Scope;
  /** Set when only local projects with this approver wait (the UBND's approvals, the Department's). */
  localApprover?: LocalApprover;
  /** Set when only group projects wait here (their implementation plan, Mẫu 11). */
  groupOnly?: true;
}

function actingFacts(project: AwaitingProject): ActingFacts {
  return {
    scope: project.scope,
    provinceCode: project.provinceCode,
    implementingUnit: { email: project.implementingUnitEmail },
    localApprover: project.localApprover ?? undefined,
    group: project.group === true,
  };
}

/**
 * The steps a project in `state` waits for that this actor may take (to appraise, approve, sign, accept,
 * settle…), read off the transition table: side actions such as return, suspend or record a disbursement
 * are open to the same people but nobody is waiting for them, so they are not listed.
 */
export function actionsAwaiting(actor: Actor, project: AwaitingProject, state: ProjectState): ActionName[] {
  if (isTerminal(state)) return [];
  const facts = actingFacts(project);
  // No side action (a refund) is awaited: the unused advance does not matter here.
  const standing = {
    group: project.group === true,
    implPlanApproved: project.implPlanApproved === true,
    unusedAdvanceVnd: 0,
  };
  // The same role in the project's province: when it may take the step, the province is waited for and the
  // national level only may step in (accept, resume, register); the national level is waited for alone.
  const provincialPeer: Actor = { ...actor, provinceCode: project.provinceCode };
  return (Object.keys(TRANSITIONS) as ActionName[]).filter((action) => {
    const rule = TRANSITIONS[action];
    if (
      rule.awaited !== true ||
      !rule.from(facts).includes(state) ||
      rule.blockedBy?.(standing) ||
      !rule.who.allows(actor, facts, state)
    ) {
      return false;
    }
    return actor.provinceCode !== null || !rule.who.allows(provincialPeer, facts, state);
  });
}

/**
 * Every (state, scope) in which a project within the actor's reach would wait for the actor, so a query can
 * fetch exactly those rows. The actor's own province and email stand for the project's, as reach requires.
 */
export function awaitedSituations(actor: Actor): AwaitedSituation[] {
  // A national actor has no province: no provincial rule can match it, a national rule still may.
  const own: Omit<AwaitingProject, 'scope'> = {
    provinceCode: actor.provinceCode ?? '',
    implementingUnitEmail: actor.email,
  };
  const situations: AwaitedSituation[] = [];
  for (const scope of SCOPES) {
    for (const state of PROJECT_STATES) {
      // A step only group projects wait for (their Mẫu 11), where no other project waits for this actor.
      const waits = (project: AwaitingProject) => actionsAwaiting(actor, project, state).length > 0;
      const groupsOnly = (localApprover?: LocalApprover) =>
        !waits({ ...own, scope, localApprover }) &&
        (waits({ ...own, scope, localApprover, group: true }) ||
          waits({ ...own, scope, localApprover, group: true, implPlanApproved: true }));
      if (scope === 'NATIONAL' ? groupsOnly() : LOCAL_APPROVERS.every((a) => groupsOnly(a))) {
        situations.push({ state, scope, groupOnly: true });
        continue;
      }
      if (scope === 'NATIONAL') {
        if (actionsAwaiting(actor, { ...own, scope }, state).length > 0) situations.push({ state, scope });
        continue;
      }
      const approvers = LOCAL_APPROVERS.filter(
        (localApprover) => actionsAwaiting(actor, { ...own, scope, localApprover }, state).length > 0,
      );
      if (approvers.length === LOCAL_APPROVERS.length) situations.push({ state, scope });
      else for (const localApprover of approvers) situations.push({ state, scope, localApprover });
    }
  }
  return situations;
}
