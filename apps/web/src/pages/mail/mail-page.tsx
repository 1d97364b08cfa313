import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { formatDateTime } from '../../format/format';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';
import { MailBody } from './mail-body';

/** The local mail catcher's messages (embedded mode only: GET /api/dev/mail answers 404 elsewhere). */
export function MailPage() {
  const { t, locale } = useI18n();
  const api = useApi();
  const mail = useLoad(() => api.devMail(), [api]);
  const messages = mail.data ?? [];
  return (
    <main className="page" data-page="mail">
      <div className="page-head page-head-row">
        <div>
          <h1>{t('mail.title')}</h1>
          <p className="muted">{t('mail.intro')}</p>
        </div>
        <button type="button" className="button button-small" onClick={mail.reload}>
          {t('common.refresh')}
        </button>
      </div>
      <ErrorMessage error={mail.error} />
      {mail.loading && !mail.data ? (
        <Loading />
      ) : messages.length === 0 ? (
        !mail.error && <p className="muted">{t('mail.none')}</p>
      ) : (
        <>
          <p className="muted small">{t('mail.count', { n: messages.length })}</p>
          <ul className="plain-list mail-list">
            {messages.map((m) => (
              <li key={m.id} className="card mail-item">
                <details>
                  <summary>
                    <strong>{m.subject}</strong>
                    <span className="muted small">
                      {t('mail.to')}: {m.to.join(', ')} · {formatDateTime(m.date, locale)}
                    </span>
                  </summary>
                  <p className="muted small">
                    {t('mail.from')}: {m.from}
                  </p>
                  <MailBody text={m.text} html={m.html} subject={m.subject} />
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
