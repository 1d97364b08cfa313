import { useState } from 'react';
import type { ProjectDetail } from '../../api/types';
import { ErrorMessage } from '../../components/error-message';
import { LoadMore } from '../../components/load-more';
import { Loading } from '../../components/loading';
import { SuccessMessage } from '../../components/success-message';
import { useI18n } from '../../i18n/i18n';
import { useLabels } from '../../reference/reference';
import { mayCreateProjects } from '@kc/domain/transitions';
import { Link } from '../../router/router';
import { useSession } from '../../session/session';
import { ProjectCard } from './project-card';
import { NO_FILTERS, ProjectFilterValues } from './project-filter-values';
import { ProjectFilters } from './project-filters';
import { useProjectList } from './use-project-list';

export function ProjectsPage() {
  const { t } = useI18n();
  const labels = useLabels();
  const { user } = useSession();
  const [filters, setFilters] = useState<ProjectFilterValues>(NO_FILTERS);
  const list = useProjectList(filters);
  const [done, setDone] = useState<string | null>(null);
  const acted = (project: ProjectDetail, action: string) => {
    list.replace(project);
    setDone(
      t('projects.actionDone', {
        action: labels.action(action),
        code: project.code,
        state: labels.state(project.state),
      }),
    );
  };
  return (
    <main className="page">
      <div className="page-head">
        <h1>{t('projects.title')}</h1>
        <p className="muted">{t('projects.loaded', { n: list.items.length })}</p>
        {user && mayCreateProjects(user) && (
          <Link to="/projects/new" className="button button-primary" data-testid="new-project">
            {t('projectForm.newButton')}
          </Link>
        )}
      </div>
      <ProjectFilters value={filters} onApply={setFilters} />
      <SuccessMessage text={done} />
      <ErrorMessage error={list.error} />
      {list.loading && list.items.length === 0 ? (
        <Loading />
      ) : (
        <div className="project-list">
          {list.items.length === 0 && !list.error && <p className="muted">{t('common.empty')}</p>}
          {list.items.map((project) => (
            <ProjectCard key={project.id} project={project} onActed={acted} />
          ))}
        </div>
      )}
      {list.items.length > 0 && (
        <LoadMore hasMore={list.nextCursor !== null} loading={list.loading} onMore={() => void list.loadMore()} />
      )}
    </main>
  );
}
