import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <main className="page">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </main>
  );
}
