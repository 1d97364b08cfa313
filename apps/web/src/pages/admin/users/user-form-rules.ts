import { ROLE_ORGANISATIONS, validateRolePlacement } from '@kc/domain/roles';
import type { OrganisationKind } from '@kc/domain/organisations';
import type { Role } from '../../../api/types';
import type { Translate } from '../../../i18n/i18n';

export interface UserFormValues {
  email: string;
  fullName: string;
  role: Role | '';
  /** '' for national. */
  provinceCode: string;
  /** The organisation's id ('' until one is chosen). */
  organisationId: string;
  organisationName: string;
  password: string;
}

export const EMPTY_USER_FORM: UserFormValues = {
  email: '',
  fullName: '',
  role: '',
  provinceCode: '',
  organisationId: '',
  organisationName: '',
  password: '',
};

/** The organisation kinds a role may belong to at the chosen level (the domain's ROLE_ORGANISATIONS). */
export function organisationKindsFor(role: Role | '', provinceCode: string): readonly OrganisationKind[] {
  if (!role) return [];
  return ROLE_ORGANISATIONS[role][provinceCode ? 'provincial' : 'national'];
}

/**
 * What can be told before sending, by the domain's own rule (validateRolePlacement: the role's level and the kinds of
 * organisation it may belong to); the API has the last word with the same rule.
 */
export function userFormProblems(
  values: UserFormValues,
  creating: boolean,
  t: Translate,
  organisationKind?: OrganisationKind,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const email = values.email.trim();
  if (creating) {
    if (!email) problems.email = t('admin.users.problem.emailRequired');
    else if (!/^[^\s@"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(email) || /[^\x21-\x7e]/.test(email))
      problems.email = t('admin.users.problem.emailInvalid');
    if (values.password && values.password.length < 8) problems.password = t('admin.users.problem.passwordShort');
  }
  if (!values.fullName.trim()) problems.fullName = t('admin.users.problem.nameRequired');
  if (!values.role) {
    problems.role = t('admin.users.problem.roleRequired');
    return problems;
  }
  const province = values.provinceCode || null;
  const levelProblem = validateRolePlacement(values.role, province);
  if (levelProblem) {
    problems.provinceCode = province === null ? t('admin.users.problem.provinceRequired') : levelProblem;
    return problems;
  }
  if (!values.organisationId) problems.organisationId = t('admin.users.problem.organisationRequired');
  else if (organisationKind) {
    const kindProblem = validateRolePlacement(values.role, province, organisationKind);
    if (kindProblem) problems.organisationId = kindProblem;
  }
  return problems;
}
