import { useEffect, useState } from 'react';
import type { UserAccount, WithPassword } from '../../../api/admin-types';
import type { Role } from '../../../api/types';
import { Field } from '../../../components/field';
import { FormDialog } from '../../../components/form-dialog';
import { useLoad } from '../../../hooks/use-load';
import { useI18n } from '../../../i18n/i18n';
import { useReference } from '../../../reference/reference';
import { useApi } from '../../../session/session';
import { FieldProblem, problemProps } from '../field-problem';
import { fieldProblems } from '../field-problems';
import { EMPTY_USER_FORM, UserFormValues, organisationKindsFor, userFormProblems } from './user-form-rules';

const FIELDS = ['email', 'fullName', 'role', 'provinceCode', 'organisationId', 'organisationName', 'password'] as const;

interface Props {
  /** The account to edit; a new one when absent. */
  user?: UserAccount;
  onDone(result: { user: UserAccount; generatedPassword: string | null }): void;
  onClose(): void;
}

function formOf(user: UserAccount | undefined): UserFormValues {
  if (!user) return EMPTY_USER_FORM;
  return {
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    provinceCode: user.provinceCode ?? '',
    organisationId: user.organisation?.id ?? '',
    organisationName: user.organisationName ?? '',
    password: '',
  };
}

/** Create an account, or change one's name, role, province and organisation; problems show by field. */
export function UserDialog({ user, onDone, onClose }: Props) {
  const { t, pick } = useI18n();
  const api = useApi();
  const reference = useReference();
  const creating = !user;
  const [values, setValues] = useState<UserFormValues>(() => formOf(user));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // The organisations of the chosen province (or the national ones), those the role may belong to.
  const organisations = useLoad(() => api.organisations(values.provinceCode || 'NATIONAL'), [api, values.provinceCode]);
  const kinds = organisationKindsFor(values.role, values.provinceCode);
  const choices = (organisations.data?.items ?? []).filter((o) => kinds.includes(o.kind));
  const chosen = choices.find((o) => o.id === values.organisationId);
  useEffect(() => {
    // A role or province that the chosen organisation does not suit clears it; a single fitting one is chosen.
    if (!organisations.data || organisations.loading) return;
    if (values.organisationId && !chosen) setValues((old) => ({ ...old, organisationId: '' }));
    else if (!values.organisationId && choices.length === 1) {
      setValues((old) => ({ ...old, organisationId: choices[0].id }));
    }
  }, [organisations.data, organisations.loading, values.role, values.provinceCode]);
  const server = fieldProblems(error, FIELDS);
  const problems = { ...server, ...local };
  const set = (name: keyof UserFormValues) => (value: string) => {
    setValues((old) => ({ ...old, [name]: value }));
    setLocal((old) => ({ ...old, [name]: '' }));
  };

  const submit = async () => {
    const found = userFormProblems(values, creating, t, chosen?.kind);
    setLocal(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    const common = {
      fullName: values.fullName.trim(),
      role: values.role as Role,
      provinceCode: values.provinceCode || null,
      organisationId: values.organisationId,
      organisationName: values.organisationName.trim() || null,
    };
    try {
      const result: WithPassword | UserAccount = creating
        ? await api.createUser({
            ...common,
            email: values.email.trim(),
            ...(values.password ? { password: values.password } : {}),
          })
        : await api.changeUser(user.id, common);
      onDone('user' in result ? result : { user: result, generatedPassword: null });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const generalError = Object.keys(server).length > 0 ? null : error;
  return (
    <FormDialog
      title={creating ? t('admin.users.createTitle') : t('admin.users.editTitle', { email: user.email })}
      submitLabel={creating ? t('admin.users.create') : t('admin.users.save')}
      busy={busy}
      error={generalError}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      {creating && (
        <Field label={t('admin.users.email')}>
          {(id) => (
            <>
              <input
                id={id}
                name="email"
                type="email"
                autoComplete="off"
                value={values.email}
                onChange={(e) => set('email')(e.target.value)}
                {...problemProps(id, problems.email)}
              />
              <FieldProblem id={id} text={problems.email} />
            </>
          )}
        </Field>
      )}
      <Field label={t('admin.users.fullName')}>
        {(id) => (
          <>
            <input
              id={id}
              name="fullName"
              value={values.fullName}
              onChange={(e) => set('fullName')(e.target.value)}
              {...problemProps(id, problems.fullName)}
            />
            <FieldProblem id={id} text={problems.fullName} />
          </>
        )}
      </Field>
      <div className="field-row">
        <Field label={t('admin.users.role')}>
          {(id) => (
            <>
              <select
                id={id}
                name="role"
                value={values.role}
                onChange={(e) => set('role')(e.target.value)}
                {...problemProps(id, problems.role)}
              >
                <option value="">{t('admin.users.chooseRole')}</option>
                {reference.roles.map((role) => (
                  <option key={role.code} value={role.code}>
                    {pick(role)}
                  </option>
                ))}
              </select>
              <FieldProblem id={id} text={problems.role} />
            </>
          )}
        </Field>
        <Field label={t('admin.users.province')} hint={t('admin.users.provinceHint')}>
          {(id) => (
            <>
              <select
                id={id}
                name="provinceCode"
                value={values.provinceCode}
                onChange={(e) => set('provinceCode')(e.target.value)}
                {...problemProps(id, problems.provinceCode)}
              >
                <option value="">{t('admin.users.national')}</option>
                {reference.provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
              <FieldProblem id={id} text={problems.provinceCode} />
            </>
          )}
        </Field>
      </div>
      <Field label={t('admin.users.organisationSelect')} hint={t('admin.users.organisationSelectHint')}>
        {(id) => (
          <>
            <select
              id={id}
              name="organisationId"
              value={values.organisationId}
              disabled={!values.role}
              onChange={(e) => set('organisationId')(e.target.value)}
              {...problemProps(id, problems.organisationId)}
            >
              <option value="">
                {values.role ? t('admin.users.chooseOrganisation') : t('admin.users.chooseRoleFirst')}
              </option>
              {choices.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.code})
                </option>
              ))}
            </select>
            {values.role && organisations.data && choices.length === 0 && (
              <p className="muted">{t('admin.users.noOrganisation')}</p>
            )}
            <FieldProblem id={id} text={problems.organisationId} />
          </>
        )}
      </Field>
      <Field label={t('admin.users.organisationName')} hint={t('admin.users.organisationHint')}>
        {(id) => (
          <>
            <input
              id={id}
              name="organisationName"
              value={values.organisationName}
              onChange={(e) => set('organisationName')(e.target.value)}
              {...problemProps(id, problems.organisationName)}
            />
            <FieldProblem id={id} text={problems.organisationName} />
          </>
        )}
      </Field>
      {creating && (
        <Field label={t('admin.users.initialPassword')} hint={t('admin.users.initialPasswordHint')}>
          {(id) => (
            <>
              <input
                id={id}
                name="password"
                type="password"
                autoComplete="new-password"
                value={values.password}
                onChange={(e) => set('password')(e.target.value)}
                {...problemProps(id, problems.password)}
              />
              <FieldProblem id={id} text={problems.password} />
            </>
          )}
        </Field>
      )}
    </FormDialog>
  );
}
