import { FormEvent, useState } from 'react';
import { login } from '../../api/endpoints';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { LanguageSwitch } from '../../components/language-switch';
import { useI18n } from '../../i18n/i18n';
import { navigate } from '../../router/router';
import { useSession } from '../../session/session';
import { takeReturnPath } from '../../session/session-storage';

export function LoginPage() {
  const { t } = useI18n();
  const { signIn, expired } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const answer = await login(email.trim(), password);
      signIn({ token: answer.accessToken, user: answer.user });
      navigate(takeReturnPath(), { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <main className="login-page">
      <form className="card login-card" onSubmit={submit}>
        <div className="login-top">
          <h1>
            {t('app.name')}
            <small>{t('app.tagline')}</small>
          </h1>
          <LanguageSwitch />
        </div>
        <h2>{t('login.title')}</h2>
        <p className="muted">{t('login.intro')}</p>
        {expired && !error && <p className="alert alert-info">{t('login.sessionExpired')}</p>}
        <Field label={t('login.email')}>
          {(id) => (
            <input
              id={id}
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('login.password')}>
          {(id) => (
            <input
              id={id}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <ErrorMessage error={error} />
        <button type="submit" className="button button-primary button-wide" disabled={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}
