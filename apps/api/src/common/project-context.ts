import { ProjectContext, isRole, positionLabel } from '@kc/domain';
import type { ProjectEntity } from '@kc/persistence';
import type { BilingualText } from './bilingual.response';

/** The parts of a project row the capability table asks about (mayOnProject). */
export function contextOf(p: ProjectEntity): ProjectContext {
  return {
    scope: p.scope,
    provinceCode: p.provinceCode,
    implementingUnitEmail: p.implementingUnitEmail,
    localApprover: p.localApprover ?? undefined,
  };
}

/** Who wrote or uploaded something, as recorded with it: the person's position in words (Vietnamese, English). */
export function recordedPerson(p: {
  userId: string;
  email: string;
  role: string;
  provinceCode: string | null;
  fullName: string | null;
  organisationName: string | null;
}): {
  userId: string;
  email: string;
  fullName: string | null;
  positionLabel: BilingualText;
  organisationName: string | null;
} {
  const role = isRole(p.role) ? p.role : null;
  return {
    userId: p.userId,
    email: p.email,
    fullName: p.fullName,
    positionLabel: role ? positionLabel({ role, provinceCode: p.provinceCode }) : { vi: p.role, en: p.role },
    organisationName: p.organisationName,
  };
}
