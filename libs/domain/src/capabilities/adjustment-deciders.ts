/**
 * Who certifies and who decides an adjustment request (TT 36/2013 Art. 11), as data: the decider grid. National
 * projects: the Minister for more money, another content area, a year's extension and a stop; the Cục for the rest;
 * the Department for site, beneficiary and partner changes in the group projects it registered (copy to the Cục).
 * Local projects: the province's approver (its Department leader or its UBND, as its regulation says).
 */

import type { Role } from '../roles';
import { provinceTitle } from '../provinces';
import { CUC_NAMES, nameOnDay } from '../organisations';
import { PARTIES, Party, ProjectContext, localApprover } from './parties';
import { CAPABILITIES } from './capability-table';
import { AdjustmentKind } from '../adjustments/adjustment-kinds';

/** The deciding body of a national request, by kind; 'CUC_OR_DEPARTMENT_FOR_GROUP' is the Department for its group projects, else the Cục. */
type NationalDecider = 'MINISTER' | 'CUC' | 'CUC_OR_DEPARTMENT_FOR_GROUP';

export const NATIONAL_DECIDER_GRID: Record<AdjustmentKind, NationalDecider> = {
  FUNDING_INCREASE: 'MINISTER',
  CONTENT: 'MINISTER',
  EXTENSION_NEXT_YEAR: 'MINISTER',
  STOP: 'MINISTER',
  SITE: 'CUC_OR_DEPARTMENT_FOR_GROUP',
  BENEFICIARY: 'CUC_OR_DEPARTMENT_FOR_GROUP',
  PARTNER: 'CUC_OR_DEPARTMENT_FOR_GROUP',
  TIMING: 'CUC',
  FUNDING_DECREASE: 'CUC',
};

/** The facts of a project that decide who rules on its requests. */
export interface AdjustmentContext extends ProjectContext {
  /** A group project (đề án nhóm) registered by the province's Department. */
  group?: boolean;
}

export interface AdjustmentDecider {
  party: Party;
  /** The role that holds the decision, and the body it belongs to. */
  role: Role;
  organisation: string;
  /** Who receives a copy of the decision (the Cục, for a Department's decision on a group project). */
  copyTo: string | null;
}

/** The central department's name on a day (YYYY-MM-DD). */
const cucName = (day: string) => nameOnDay(CUC_NAMES, day);

export function adjustmentDecider(kind: AdjustmentKind, project: AdjustmentContext, onDay: string): AdjustmentDecider {
  if (project.scope === 'LOCAL') {
    const ubnd = project.localApprover === 'UBND';
    return {
      party: localApprover,
      role: ubnd ? 'ubnd_leader' : 'approver',
      organisation: `${ubnd ? 'Ủy ban nhân dân' : 'Sở Công Thương'} ${provinceTitle(project.provinceCode)}`,
      copyTo: null,
    };
  }
  const grid = NATIONAL_DECIDER_GRID[kind];
  if (grid === 'MINISTER') return { party: PARTIES.minister, role: 'minister', organisation: 'Bộ Công Thương', copyTo: null };
  if (grid === 'CUC_OR_DEPARTMENT_FOR_GROUP' && project.group) {
    return {
      party: PARTIES.deptLeader,
      role: 'approver',
      organisation: `Sở Công Thương ${provinceTitle(project.provinceCode)}`,
      copyTo: cucName(onDay),
    };
  }
  return { party: PARTIES.cucLeader, role: 'approver', organisation: cucName(onDay), copyTo: null };
}

/** Who asks: the implementing unit, or the Department's officer on its behalf. */
export const ADJUSTMENT_REQUESTER: Party = CAPABILITIES['adjustment.request'].who;

/** Who certifies the request before it goes to the decider: the province's Department (TT 36 Art. 11.1). */
export const ADJUSTMENT_CERTIFIER: Party = CAPABILITIES['adjustment.certify'].who;

/** A scope's word for the record of who decides (the API's `decider`). */
export function deciderSummary(
  decider: AdjustmentDecider,
  project: AdjustmentContext,
): { role: Role; organisation: string; copyTo: string | null; vi: string; en: string } {
  const who = decider.party.describeFor(project);
  return { role: decider.role, organisation: decider.organisation, copyTo: decider.copyTo, vi: who.vi, en: who.en };
}


