/**
 * The parties the law names (DOMAIN.md §3, §6): each one a role at a level, related to the project in question.
 * The capability table and the transition table say who may do what by naming these, never roles directly.
 */
import type { Scope } from '../lifecycle';
import { findProvince, provinceTitle } from '../provinces';
import { Actor, Role, sameEmail } from '../roles';

/** Who approves local projects in a province: its regulation names the Department leader or the UBND tỉnh. */
export const LOCAL_APPROVERS = ['DEPARTMENT', 'UBND'] as const;
export type LocalApprover = (typeof LOCAL_APPROVERS)[number];
export const DEFAULT_LOCAL_APPROVER: LocalApprover = 'DEPARTMENT';

/** The facts about a project (or a project being created) that decide who may act on it. */
export interface ProjectContext {
  scope: Scope;
  provinceCode: string;
  implementingUnitEmail: string;
  /** Fixed on the project when it is created from its province's regulation; absent means the Department. */
  localApprover?: LocalApprover;
}

type Wording = { vi: string; en: string };

export interface Party {
  key: string;
  describe: Wording;
  /** Who this party is for one project ("lãnh đạo UBND thành phố Hà Nội"); `describe` when there is none. */
  describeFor(project?: ProjectContext): Wording;
  /** Whether the actor is this party; parties about a project are never anyone when there is no project. */
  allows(actor: Actor, project?: ProjectContext): boolean;
}

function party(
  key: string,
  vi: string,
  en: string,
  allows: Party['allows'],
  forProject?: (project: ProjectContext) => Wording,
): Party {
  const describe = { vi, en };
  return { key, describe, allows, describeFor: (p) => (p && forProject ? forProject(p) : describe) };
}

/** A role of the project's province, named with the province ("lãnh đạo Sở Công Thương tỉnh Bắc Ninh"). */
const ofProvince =
  (vi: string, en: string) =>
  (p: ProjectContext): Wording => ({
    vi: `${vi} ${provinceTitle(p.provinceCode)}`,
    en: `${en} of ${findProvince(p.provinceCode)?.name ?? p.provinceCode}`,
  });

const inProvince = (actor: Actor, project?: ProjectContext) =>
  project !== undefined && actor.provinceCode !== null && actor.provinceCode === project.provinceCode;
const holds = (actor: Actor, role: Role) => actor.role === role;
const national = (actor: Actor) => actor.provinceCode === null;

export const PARTIES = {
  unit: party(
    'unit',
    'đơn vị thực hiện của đề án',
    "the project's implementing unit",
    (a, p) => holds(a, 'implementer') && inProvince(a, p) && sameEmail(a.email, p!.implementingUnitEmail),
  ),
  deptOfficer: party(
    'deptOfficer',
    'chuyên viên Sở Công Thương của tỉnh',
    "the province's Department officer",
    (a, p) => holds(a, 'officer') && inProvince(a, p),
    ofProvince('chuyên viên Sở Công Thương', 'the Department officer'),
  ),
  deptLeader: party(
    'deptLeader',
    'lãnh đạo Sở Công Thương của tỉnh',
    "the province's Department leader",
    (a, p) => holds(a, 'approver') && inProvince(a, p),
    ofProvince('lãnh đạo Sở Công Thương', 'the Department leader'),
  ),
  ubndLeader: party(
    'ubndLeader',
    'lãnh đạo UBND tỉnh',
    "the provincial People's Committee leader",
    (a, p) => holds(a, 'ubnd_leader') && inProvince(a, p),
    ofProvince('lãnh đạo UBND', "the People's Committee leader"),
  ),
  collaborator: party(
    'collaborator',
    'cộng tác viên khuyến công của tỉnh',
    "the province's commune collaborator",
    (a, p) => holds(a, 'collaborator') && inProvince(a, p),
    ofProvince('cộng tác viên khuyến công', 'the commune collaborator'),
  ),
  provincialSupervisor: party(
    'provincialSupervisor',
    'giám sát của tỉnh',
    "the province's supervisor",
    (a, p) => holds(a, 'supervisor') && inProvince(a, p),
  ),
  cucOfficer: party('cucOfficer', 'chuyên viên Cục', 'a Cục officer', (a) => holds(a, 'cuc_officer') && national(a)),
  cucLeader: party('cucLeader', 'lãnh đạo Cục', 'a Cục leader', (a) => holds(a, 'approver') && national(a)),
  minister: party(
    'minister',
    'Bộ trưởng Bộ Công Thương (hoặc Thứ trưởng được ủy quyền)',
    'the Minister',
    (a) => holds(a, 'minister') && national(a),
  ),
  nationalSupervisor: party(
    'nationalSupervisor',
    'giám sát cấp quốc gia',
    'a national supervisor',
    (a) => holds(a, 'supervisor') && national(a),
  ),
  admin: party('admin', 'quản trị hệ thống', 'an administrator', (a) => holds(a, 'admin')),
} satisfies Record<string, Party>;

/**
 * Parties that do not depend on a project, for what a person may do anywhere in their reach (open the queues,
 * run the review). Each names a role at a level.
 */
export const POSITIONS = {
  anyImplementer: party(
    'anyImplementer',
    'đơn vị thực hiện',
    'an implementing unit',
    (a) => holds(a, 'implementer') && !national(a),
  ),
  anyDeptOfficer: party(
    'anyDeptOfficer',
    'chuyên viên Sở Công Thương',
    'a Department officer',
    (a) => holds(a, 'officer') && !national(a),
  ),
  anyDeptLeader: party(
    'anyDeptLeader',
    'lãnh đạo Sở Công Thương',
    'a Department leader',
    (a) => holds(a, 'approver') && !national(a),
  ),
  anyUbndLeader: party(
    'anyUbndLeader',
    'lãnh đạo UBND tỉnh',
    "a provincial People's Committee leader",
    (a) => holds(a, 'ubnd_leader') && !national(a),
  ),
  anyCollaborator: party(
    'anyCollaborator',
    'cộng tác viên khuyến công',
    'a commune collaborator',
    (a) => holds(a, 'collaborator') && !national(a),
  ),
  anySupervisor: party('anySupervisor', 'giám sát', 'a supervisor', (a) => holds(a, 'supervisor')),
  cucOfficer: PARTIES.cucOfficer,
  cucLeader: PARTIES.cucLeader,
  minister: PARTIES.minister,
  admin: PARTIES.admin,
} satisfies Record<string, Party>;

/** One rule naming several parties: any of them may. */
export function anyOf(...parties: Party[]): Party {
  return party(
    parties.map((p) => p.key).join('|'),
    parties.map((p) => p.describe.vi).join('; '),
    parties.map((p) => p.describe.en).join('; '),
    (a, p) => parties.some((one) => one.allows(a, p)),
    (p) => ({
      vi: parties.map((one) => one.describeFor(p).vi).join('; '),
      en: parties.map((one) => one.describeFor(p).en).join('; '),
    }),
  );
}

/** Different parties for national and local projects. */
export function byScope(rules: { NATIONAL: Party; LOCAL: Party }): Party {
  return party(
    `national:${rules.NATIONAL.key}/local:${rules.LOCAL.key}`,
    `${rules.NATIONAL.describe.vi} (đề án quốc gia); ${rules.LOCAL.describe.vi} (đề án địa phương)`,
    `${rules.NATIONAL.describe.en} (national projects); ${rules.LOCAL.describe.en} (local projects)`,
    (a, p) => p !== undefined && rules[p.scope].allows(a, p),
    (p) => rules[p.scope].describeFor(p),
  );
}

/** The local approver of the project's province: its Department leader or its UBND tỉnh, as the regulation says. */
export const localApprover: Party = party(
  'localApprover',
  'lãnh đạo Sở Công Thương hoặc UBND tỉnh, theo quy chế của tỉnh',
  "the Department leader or the provincial People's Committee, as the province's regulation says",
  (a, p) => p !== undefined && approverOf(p).allows(a, p),
  (p) => approverOf(p).describeFor(p),
);

function approverOf(project: ProjectContext): Party {
  return (project.localApprover ?? DEFAULT_LOCAL_APPROVER) === 'UBND' ? PARTIES.ubndLeader : PARTIES.deptLeader;
}

/** Nobody: an action that does not exist for this kind of project. */
export const nobody: Party = party('nobody', 'không ai', 'nobody', () => false);
