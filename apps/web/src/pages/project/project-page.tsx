import { useState } from 'react';
import type { ProjectDetail } from '../../api/types';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { SuccessMessage } from '../../components/success-message';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { useLabels } from '../../reference/reference';
import { useApi } from '../../session/session';
import { DisbursementsPanel } from './disbursements-panel';
import { EscalationsPanel } from './escalations-panel';
import { HistoryTimeline } from './history-timeline';
import { NoticesPanel } from './notices-panel';
import { ProjectFacts } from './project-facts';
import { ProjectHeader } from './project-header';
import { ReportsPanel } from './reports-panel';

export function ProjectPage({ id }: { id: string }) {
  const api = useApi();
  const { t } = useI18n();
  const labels = useLabels();
  const project = useLoad(() => api.project(id), [api, id]);
  const reports = useLoad(() => api.reports(id), [api, id]);
  // A link may name an action to open (?action=approve, from the inbox) or say what the form just saved (?done=).
  const [query] = useState(() => {
    const params = new URLSearchParams(window.location.search);
    // Read once: a reload must not reopen the dialog or repeat the notice.
    if (params.has('action') || params.has('done')) window.history.replaceState(null, '', window.location.pathname);
    return params;
  });
  const [done, setDone] = useState<string | null>(null);
  const [justSaved] = useState(() => query.get('done'));
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
      <ProjectHeader project={p} onActed={acted} initialAction={query.get('action')} />
      <SuccessMessage text={done ?? saved} />
      <ErrorMessage error={project.error} />
      <div className="project-grid">
        <div className="project-main">
          <ReportsPanel project={p} reports={reports} onSubmitted={refresh} />
          <HistoryTimeline history={p.history} />
        </div>
        <div className="project-side">
          <DisbursementsPanel project={p} />
          <EscalationsPanel escalations={p.escalations} onChanged={refresh} />
          <ProjectFacts project={p} />
        </div>
      </div>
      <NoticesPanel notices={p.notifications} />
    </main>
  );
}
