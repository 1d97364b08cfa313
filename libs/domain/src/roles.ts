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

/** Users, deadline policies, the working calendar and the system log are kept by the national admin alone. */
export function mayAdministerSystem(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'admin';
}

/** Who may run the nine-month review and read its results for their reach. */
export const NINE_MONTH_REVIEWERS: readonly Role[] = ['supervisor', 'approver', 'admin'];

/** A message the local mail catcher kept: its recipients, and the provinces of the people and units behind them. */
export interface CaughtMailReach {
  recipients: readonly string[];
  provinceCodes: readonly string[];
}

/**
 * The embedded mail catcher's page: a national user reads every message; a provincial one the messages to its
 * province's people and implementing units (and to itself); an implementer only the messages addressed to it.
 */
export function canReadCaughtMail(actor: Actor, mail: CaughtMailReach): boolean {
  const toActor = mail.recipients.some((recipient) => sameEmail(recipient, actor.email));
  if (actor.role === 'implementer') return toActor;
  if (isNationalActor(actor)) return true;
  return toActor || mail.provinceCodes.includes(actor.provinceCode!);
}
