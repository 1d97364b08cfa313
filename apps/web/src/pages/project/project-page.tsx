import { useEffect, useState } from 'react';
import type { ProjectDetail } from '../../api/types';
import { ErrorMessage } from '../../components/error-message';
import { ApiRequestError } from '../../api/http';
import { ProjectNotFound } from './project-not-found';
import { Loading } from '../../components/loading';
import { SuccessMessage } from '../../components/success-message';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { useLabels } from '../../reference/reference';
import { useApi, useSession } from '../../session/session';
import { mayOpenPage } from '@kc/domain/pages';
import { MoneyRulesPanel } from './money-rules-panel';
import { GroupPlanPanel } from './group-plan-panel';
import { PilotPanel } from './pilot-panel';
import { AdjustmentsPanel } from './adjustments-panel';
import { DisbursementsPanel } from './disbursements-panel';
import { DocumentsPanel } from './documents-panel';
import { AttachmentsPanel } from './attachments-panel';
import { EscalationsPanel } from './escalations-panel';
import { FieldNotesPanel } from './field-notes-panel';
import { HistoryTimeline } from './history-timeline';
import { NoticesPanel } from './notices-panel';
import { ProjectFacts } from './project-facts';
import { ProjectHeader } from './project-header';
import { forgetPageRequest, readPageRequest } from './page-request';
import { ReportsPanel } from './reports-panel';

export function ProjectPage({ id }: { id: string }) {
  const api = useApi();
  const { user } = useSession();
  const { t } = useI18n();
  const labels = useLabels();
  const project = useLoad(() => api.project(id), [api, id]);
  const reports = useLoad(() => api.reports(id), [api, id]);
  const [done, setDone] = useState<string | null>(null);
  const [request] = useState(readPageRequest);
  useEffect(forgetPageRequest, []);
  const loaded = !!project.data;
  useEffect(() => {
    if (loaded && request.focus === 'escalations') document.getElementById('escalations')?.scrollIntoView();
  }, [loaded, request.focus]);
  const justSaved = request.done;
  const acted = (updated: ProjectDetail, action: string) => {
    project.setData(updated);
    reports.reload();
    setDone(
      t('projects.actionDone', {
        action: labels.action(action),
        code: updated.code,
        state: labels.state(updated.state),
      }),
    );
  };
  const refresh = () => {
    project.reload();
    reports.reload();
  };
  if (!project.data) {
    // A link to a project outside the reader's reach (or gone) says so in words, without the raw id.
    if (project.error instanceof ApiRequestError && project.error.status === 404) return <ProjectNotFound />;
    return <main className="page">{project.error ? <ErrorMessage error={project.error} /> : <Loading />}</main>;
  }
  const p = project.data;
  const saved =
    justSaved === 'created'
      ? t('projectForm.created', { code: p.code })
      : justSaved === 'saved'
        ? t('projectForm.saved', { code: p.code })
        : null;
  return (
    <main className="page">
      <ProjectHeader project={p} onActed={acted} initialAction={request.action} />
      <SuccessMessage text={done ?? saved} />
      <ErrorMessage error={project.error} />
      <div className="project-grid">
        <div className="project-main">
          <GroupPlanPanel project={p} />
          <PilotPanel project={p} />
          <ReportsPanel project={p} reports={reports} onSubmitted={refresh} requestedPeriod={request.report} />
          <AdjustmentsPanel project={p} onChanged={refresh} focused={request.focus === 'adjustments'} />
          <HistoryTimeline project={p} />
          <FieldNotesPanel projectId={p.id} />
        </div>
        <div className="project-side">
          <DisbursementsPanel project={p} />
          <DocumentsPanel project={p} />
          <AttachmentsPanel projectId={p.id} version={p.updatedAt} />
          <MoneyRulesPanel project={p} mayOpenTables={!!user && mayOpenPage(user, 'supportCaps')} />
          <EscalationsPanel escalations={p.escalations} onChanged={refresh} />
          <ProjectFacts project={p} />
        </div>
      </div>
      <NoticesPanel notices={p.notifications} />
    </main>
  );
}
