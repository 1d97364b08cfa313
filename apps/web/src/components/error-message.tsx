import { ApiRequestError } from '../api/http';
import { useI18n } from '../i18n/i18n';

/** The server's own words when it refuses (the `message` of a 4xx body), else what went wrong in ours. */
export function ErrorMessage({ error, title }: { error: unknown; title?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  let text: string;
  if (error instanceof ApiRequestError) {
    if (error.status === 0) text = t('common.networkError');
    else text = error.message || t('common.httpError', { status: error.status });
  } else {
    text = error instanceof Error ? error.message : String(error);
  }
  return (
    <div className="alert alert-error" role="alert">
      {title && <strong className="alert-title">{title}</strong>}
      <span className="alert-text">{text}</span>
    </div>
  );
}
