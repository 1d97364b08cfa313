import { ActionButtons } from '../../actions/action-buttons';
import type { ProjectDetail, ProjectSummary } from '../../api/types';
import { StateBadge } from '../../components/state-badge';
import { formatDay, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { offersProgressReport } from '../project/report-access';

interface Props {
  project: ProjectSummary;
  onActed(project: ProjectDetail, action: string): void;
}

/** One project in the list: who, what, how much, where it stands, and what the user may do now. */
export function ProjectCard({ project, onActed }: Props) {
  const { t, pick, locale } = useI18n();
  return (
    <article className="card project-card" data-project-code={project.code}>
      <header className="project-card-head">
        <Link to={`/projects/${project.id}`} className="project-code">
          {project.code}
        </Link>
        <StateBadge state={project.state} />
      </header>
      <h3 className="project-title">
        <Link to={`/projects/${project.id}`}>{project.title}</Link>
      </h3>
      <p className="muted small">
        {project.provinceName} · {pick(project.categoryName)} · {t(`scope.${project.scope}`)}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('projects.unit')}</dt>
          <dd>{project.implementingUnit.name}</dd>
        </div>
        <div>
          <dt>{t('projects.period')}</dt>
          <dd>
            {t('projects.periodRange', {
              from: formatDay(project.plannedStart, locale),
              to: formatDay(project.plannedEnd, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('projects.requested')}</dt>
          <dd className="money">{formatVnd(project.requestedSupportVnd)}</dd>
        </div>
        <div>
          <dt>{t('projects.approved')}</dt>
          <dd className="money">{formatVnd(project.approvedSupportVnd)}</dd>
        </div>
        <div>
          <dt>{t('projects.disbursed')}</dt>
          <dd className="money">{formatVnd(project.disbursedVnd.total)}</dd>
        </div>
      </dl>
      {offersProgressReport(project) && (
        <p className="report-first">
          <Link
            to={`/projects/${project.id}?report=next`}
            className="button button-primary"
            data-action="report_progress"
          >
            {t('projects.reportProgress')}
          </Link>
        </p>
      )}
      <ActionButtons project={project} onDone={onActed} />
    </article>
  );
}
