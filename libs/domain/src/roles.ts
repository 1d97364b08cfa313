/** Who is acting, and which projects they may see. */

export const ROLES = ['implementer', 'officer', 'approver', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  implementer: { vi: 'Đơn vị thực hiện', en: 'Implementing unit' },
  officer: { vi: 'Cán bộ khuyến công', en: 'Officer' },
  approver: { vi: 'Lãnh đạo phê duyệt', en: 'Approver' },
  supervisor: { vi: 'Giám sát', en: 'Supervisor' },
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
};

/** Roles that may be national (no province). Implementers and officers always belong to a province. */
export const NATIONAL_CAPABLE_ROLES: readonly Role[] = ['approver', 'supervisor', 'admin'];

export interface Actor {
  userId: string;
  email: string;
  role: Role;
  /** null for national users (national approver, national supervisor, admin). */
  provinceCode: string | null;
}

/** The parts of a project that decide who may see and act on it. */
export interface ProjectReach {
  provinceCode: string;
  implementingUnitEmail: string;
}

export function isNationalActor(actor: Actor): boolean {
  return actor.provinceCode === null;
}

export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Nobody sees another province's projects; an implementer sees only its own projects. */
export function canSeeProject(actor: Actor, project: ProjectReach): boolean {
  if (actor.role === 'implementer') {
    return actor.provinceCode === project.provinceCode && sameEmail(actor.email, project.implementingUnitEmail);
  }
  return isNationalActor(actor) || actor.provinceCode === project.provinceCode;
}

/** Who may move a project's report deadline or state time limit: its province's officers and approvers, national approvers. */
export function mayExtendDeadline(actor: Actor, project: Pick<ProjectReach, 'provinceCode'>): boolean {
  if (actor.role === 'approver' && actor.provinceCode === null) return true;
  return (actor.role === 'officer' || actor.role === 'approver') && actor.provinceCode === project.provinceCode;
}

export function validateRoleProvince(role: Role, provinceCode: string | null): string | null {
  if (provinceCode === null && !NATIONAL_CAPABLE_ROLES.includes(role)) {
    return `Vai trò ${ROLE_LABELS[role].vi} phải thuộc một tỉnh / role ${role} must belong to a province`;
  }
  if (provinceCode !== null && role === 'admin') {
    return 'Quản trị hệ thống là người dùng cấp quốc gia, không thuộc tỉnh / an admin is national and has no province';
  }
  return null;
}
