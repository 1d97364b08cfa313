import { ActionButtons } from '../../actions/action-buttons';
import type { ProjectDetail } from '../../api/types';
import { StateBadge } from '../../components/state-badge';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { offersProgressReport } from './report-access';
import { formatDay } from '../../format/format';
import { groupVnd } from '@kc/domain/money';

export function ProjectHeader({
  project,
  onActed,
  initialAction,
}: {
  project: ProjectDetail;
  onActed(project: ProjectDetail, action: string): void;
  initialAction?: string | null;
}) {
  const { t, locale, pick } = useI18n();
  return (
    <div className="page-head project-head">
      <Link to="/projects" className="back-link">
        {t('project.back')}
      </Link>
      <p className="project-code-line">
        <span className="project-code">{project.code}</span> <StateBadge state={project.state} />
        {project.openAdjustment && (
          <>
            {' '}
            <a href="#adjustments" className="badge badge-warn" data-testid="open-adjustment">
              {t('adjust.badge', { kind: pick(project.openAdjustment.kindLabel) })}
            </a>
          </>
        )}
      </p>
      <h1>{project.title}</h1>
      <p className="muted small">{t('projects.updated', { at: project.updatedAtLocal })}</p>
      {offersProgressReport(project) && (
        <p className="report-first">
          <a href="#report-form" className="button button-primary" data-action="report_progress">
            {t('projects.reportProgress')}
          </a>
        </p>
      )}
      {project.approval && (
        <p className="decision-line" data-testid="approval-decision">
          {t('project.approvalLine', {
            no: project.approval.decisionNo,
            date: formatDay(project.approval.decisionDate, locale),
            amount: `${groupVnd(project.approval.approvedSupportVnd ?? project.approvedSupportVnd ?? 0)} đ`,
          })}
        </p>
      )}
      {project.termination && (
        <p className="decision-line">
          {t('project.terminationLine', {
            no: project.termination.decisionNo,
            date: formatDay(project.termination.decisionDate, locale),
          })}
        </p>
      )}
      {project.forceMajeure && (
        <p className="decision-line" data-testid="force-majeure">
          {t('project.forceMajeure', { name: project.forceMajeure.certifierName })}
        </p>
      )}
      {project.mayEditDraft && (
        <p>
          <Link to={`/projects/${project.id}/edit`} className="button" data-testid="edit-project">
            {t('projectForm.editButton')}
          </Link>
        </p>
      )}
      <ActionButtons project={project} onDone={onActed} initialAction={initialAction} />
    </div>
  );
}
