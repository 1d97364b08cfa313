import type { Role } from '../../../api/types';
import type { Translate } from '../../../i18n/i18n';

export interface UserFormValues {
  email: string;
  fullName: string;
  role: Role | '';
  /** '' for national. */
  provinceCode: string;
  organisationName: string;
  password: string;
}

export const EMPTY_USER_FORM: UserFormValues = {
  email: '',
  fullName: '',
  role: '',
  provinceCode: '',
  organisationName: '',
  password: '',
};

/** Roles that may be national, as libs/domain/src/roles.ts says (NATIONAL_CAPABLE_ROLES); the API checks again. */
const NATIONAL_CAPABLE: readonly Role[] = ['approver', 'supervisor', 'admin'];

/** What can be told before sending; the API has the last word (and the same rules). */
export function userFormProblems(values: UserFormValues, creating: boolean, t: Translate): Record<string, string> {
  const problems: Record<string, string> = {};
  const email = values.email.trim();
  if (creating) {
    if (!email) problems.email = t('admin.users.problem.emailRequired');
    else if (!/^[^\s@"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(email) || /[^\x21-\x7e]/.test(email))
      problems.email = t('admin.users.problem.emailInvalid');
    if (values.password && values.password.length < 8) problems.password = t('admin.users.problem.passwordShort');
  }
  if (!values.fullName.trim()) problems.fullName = t('admin.users.problem.nameRequired');
  if (!values.role) problems.role = t('admin.users.problem.roleRequired');
  else if (!values.provinceCode && !NATIONAL_CAPABLE.includes(values.role))
    problems.provinceCode = t('admin.users.problem.provinceRequired');
  else if (values.provinceCode && values.role === 'admin')
    problems.provinceCode = t('admin.users.problem.adminNational');
  return problems;
}
