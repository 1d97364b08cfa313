import { ActionButtons } from '../../actions/action-buttons';
import type { ProjectDetail } from '../../api/types';
import { StateBadge } from '../../components/state-badge';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';

export function ProjectHeader({
  project,
  onActed,
}: {
  project: ProjectDetail;
  onActed(project: ProjectDetail, action: string): void;
}) {
  const { t } = useI18n();
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
      <ActionButtons project={project} onDone={onActed} />
    </div>
  );
}
