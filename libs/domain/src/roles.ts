/**
 * Who is acting: the roles people hold and the position (chức danh) a role takes at its level. What each role
 * may do is decided in one place, the capability table (./capabilities).
 *
 * Role codes are stable because recorded histories and issued tokens carry them: `officer` and `approver` keep
 * their meaning from the first release (a Department officer; a leader, of the Department in a province or of
 * the Cục at the national level).
 */
import { OrganisationKind } from './organisations';

export const ROLES = [
  'implementer',
  'officer',
  'approver',
  'supervisor',
  'admin',
  'cuc_officer',
  'ubnd_leader',
  'minister',
  'collaborator',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The role's name in a list of roles (provincial first where a role exists at both levels). */
export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  implementer: { vi: 'Đơn vị thực hiện', en: 'Implementing unit' },
  officer: { vi: 'Chuyên viên Sở Công Thương', en: 'Department officer' },
  approver: { vi: 'Lãnh đạo Sở Công Thương / Lãnh đạo Cục', en: 'Department or Cục leader' },
  supervisor: { vi: 'Giám sát (chỉ xem)', en: 'Supervisor (read-only)' },
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  cuc_officer: { vi: 'Chuyên viên Cục', en: 'Cục officer' },
  ubnd_leader: { vi: 'Lãnh đạo UBND tỉnh', en: "Provincial People's Committee leader" },
  minister: { vi: 'Bộ trưởng (hoặc Thứ trưởng được ủy quyền)', en: 'Minister (or deputy by delegation)' },
  collaborator: { vi: 'Cộng tác viên khuyến công', en: 'Commune collaborator' },
};

/** Where a role may sit: only in a province, only at the national level, or either. */
export type RoleLevel = 'PROVINCIAL' | 'NATIONAL' | 'EITHER';

export const ROLE_LEVELS: Record<Role, RoleLevel> = {
  implementer: 'PROVINCIAL',
  officer: 'PROVINCIAL',
  approver: 'EITHER',
  supervisor: 'EITHER',
  admin: 'NATIONAL',
  cuc_officer: 'NATIONAL',
  ubnd_leader: 'PROVINCIAL',
  minister: 'NATIONAL',
  collaborator: 'PROVINCIAL',
};

/** The organisations a role may belong to, at each level. */
export const ROLE_ORGANISATIONS: Record<Role, { provincial: OrganisationKind[]; national: OrganisationKind[] }> = {
  implementer: { provincial: ['TTKC', 'UNIT'], national: [] },
  officer: { provincial: ['SO_CONG_THUONG', 'TTKC'], national: [] },
  approver: { provincial: ['SO_CONG_THUONG'], national: ['CUC'] },
  supervisor: { provincial: ['SO_CONG_THUONG', 'UBND_TINH'], national: ['CUC', 'MINISTRY'] },
  admin: { provincial: [], national: ['MINISTRY', 'CUC'] },
  cuc_officer: { provincial: [], national: ['CUC'] },
  ubnd_leader: { provincial: ['UBND_TINH'], national: [] },
  minister: { provincial: [], national: ['MINISTRY'] },
  collaborator: { provincial: ['UBND_XA', 'TTKC'], national: [] },
};

/** Roles that may be national (no province). */
export const NATIONAL_CAPABLE_ROLES: readonly Role[] = ROLES.filter((role) => ROLE_LEVELS[role] !== 'PROVINCIAL');

export interface Actor {
  userId: string;
  email: string;
  role: Role;
  /** null for national users (the Cục, the Ministry, national supervisors, admins). */
  provinceCode: string | null;
  /** The organisation the user belongs to (absent on actions recorded before organisations existed). */
  organisationId?: string | null;
}

/** The parts of a project that decide who may see and act on it. */
export interface ProjectReach {
  provinceCode: string;
  implementingUnitEmail: string;
}

export function isNationalActor(actor: Pick<Actor, 'provinceCode'>): boolean {
  return actor.provinceCode === null;
}

export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The position a person holds, as a letter or a history line names it ("Lãnh đạo Cục", "Chuyên viên Sở"). */
export function positionLabel(actor: Pick<Actor, 'role' | 'provinceCode'>): { vi: string; en: string } {
  if (actor.role === 'approver') {
    return actor.provinceCode === null
      ? { vi: 'Lãnh đạo Cục', en: 'Cục leader' }
      : { vi: 'Lãnh đạo Sở Công Thương', en: 'Department leader' };
  }
  if (actor.role === 'supervisor') {
    return actor.provinceCode === null
      ? { vi: 'Giám sát cấp quốc gia', en: 'National supervisor' }
      : { vi: 'Giám sát cấp tỉnh', en: 'Provincial supervisor' };
  }
  return ROLE_LABELS[actor.role] ?? { vi: String(actor.role), en: String(actor.role) };
}

/** Why a role cannot sit at this level or in this kind of organisation, or null when it can. */
export function validateRolePlacement(
  role: Role,
  provinceCode: string | null,
  organisationKind?: OrganisationKind,
): string | null {
  const level = ROLE_LEVELS[role];
  const label = ROLE_LABELS[role];
  if (provinceCode === null && level === 'PROVINCIAL') {
    return `Vai trò ${label.vi} phải thuộc một tỉnh / role ${role} must belong to a province`;
  }
  if (provinceCode !== null && level === 'NATIONAL') {
    return `Vai trò ${label.vi} là cấp quốc gia, không thuộc tỉnh / role ${role} is national and has no province`;
  }
  if (organisationKind !== undefined) {
    const allowed = ROLE_ORGANISATIONS[role][provinceCode === null ? 'national' : 'provincial'];
    if (!allowed.includes(organisationKind)) {
      return `Vai trò ${label.vi} không thuộc loại cơ quan này; được thuộc: ${allowed.join(', ')} / role ${role} cannot belong to a ${organisationKind}; allowed: ${allowed.join(', ')}`;
    }
  }
  return null;
}

/** Kept for callers from before organisations: the level check alone. */
export function validateRoleProvince(role: Role, provinceCode: string | null): string | null {
  return validateRolePlacement(role, provinceCode);
}
