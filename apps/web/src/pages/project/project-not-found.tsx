import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';

/** A project the reader cannot see: it does not exist, or lies outside their reach (the API does not say which). */
export function ProjectNotFound() {
  const { t } = useI18n();
  return (
    <main className="page" data-page="project-not-found">
      <h1>{t('project.notFound.title')}</h1>
      <p>{t('project.notFound.body')}</p>
      <p>
        <Link to="/projects">{t('project.notFound.list')}</Link>
      </p>
    </main>
  );
}
