import { useState } from 'react';
import type { UserAccount, WithPassword } from '../../../api/admin-types';
import { Field } from '../../../components/field';
import { FormDialog } from '../../../components/form-dialog';
import { useI18n } from '../../../i18n/i18n';
import { useApi } from '../../../session/session';
import { FieldProblem, problemProps } from '../field-problem';
import { fieldProblems } from '../field-problems';

/** A new password, typed or generated; every session of the user ends with it. */
export function ResetPasswordDialog({
  user,
  onDone,
  onClose,
}: {
  user: UserAccount;
  onDone(result: WithPassword): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const shown = problem ?? fieldProblems(error, ['password']).password;
  const submit = async () => {
    if (password && password.length < 8) return setProblem(t('admin.users.problem.passwordShort'));
    setBusy(true);
    setError(null);
    try {
      onDone(await api.resetPassword(user.id, password || undefined));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      title={t('admin.users.resetTitle', { email: user.email })}
      submitLabel={t('admin.users.reset')}
      busy={busy}
      error={shown ? null : error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <p>{t('admin.users.resetIntro')}</p>
      <Field label={t('admin.users.newPassword')} hint={t('admin.users.initialPasswordHint')}>
        {(id) => (
          <>
            <input
              id={id}
              name="password"
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => {
                setPassword(e.target.value);
                setProblem(undefined);
              }}
              {...problemProps(id, shown)}
            />
            <FieldProblem id={id} text={shown} />
          </>
        )}
      </Field>
    </FormDialog>
  );
}
