import { ActionButtons } from '../../actions/action-buttons';
import type { ProjectDetail } from '../../api/types';
import { StateBadge } from '../../components/state-badge';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { useSession } from '../../session/session';
import { offersProgressReport } from './report-access';

export function ProjectHeader({
  project,
  onActed,
  requestedAction = null,
}: {
  project: ProjectDetail;
  onActed(project: ProjectDetail, action: string): void;
  requestedAction?: string | null;
}) {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <div className="page-head project-head">
      <Link to="/projects" className="back-link">
        {t('project.back')}
      </Link>
      <p className="project-code-line">
        <span className="project-code">{project.code}</span> <StateBadge state={project.state} />
      </p>
      <h1>{project.title}</h1>
      <p className="muted small">{t('projects.updated', { at: project.updatedAtLocal })}</p>
      {offersProgressReport(user, project.state) && (
        <p className="report-first">
          <a href="#report-form" className="button button-primary" data-action="report_progress">
            {t('projects.reportProgress')}
          </a>
        </p>
      )}
      <ActionButtons project={project} onDone={onActed} requested={requestedAction} />
    </div>
  );
}
