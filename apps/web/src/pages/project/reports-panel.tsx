import { useState } from 'react';
import type { ProjectDetail, ReportPeriod } from '../../api/types';
import { SuccessMessage } from '../../components/success-message';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { Section } from '../../components/section';
import { Loaded } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { ExtendDeadlineDialog } from './extend-deadline-dialog';
import { ReportForm } from './report-form';
import { ReportPeriodsTable } from './report-periods-table';
import { periodsRun } from './report-access';

export function ReportsPanel({
  project,
  reports,
  onSubmitted,
  requestedPeriod = null,
}: {
  project: ProjectDetail;
  reports: Loaded<ReportPeriod[]>;
  onSubmitted(): void;
  /** A period asked for by the address (?report=P0004): the form opens on it, in view. */
  requestedPeriod?: string | null;
}) {
  const { t } = useI18n();
  const periods = reports.data ?? [];
  // The capability table's answer for this user, sent with the project (report.submit, deadline.extend).
  // Once the project has left the reporting states (stopped, accepted, settled) no period is owed any more.
  const running = periodsRun(project.state);
  const mayReport = project.may.report && running;
  const mayExtend = project.may.extendDeadline && running;
  const [extending, setExtending] = useState<ReportPeriod | null>(null);
  const [extended, setExtended] = useState<string | null>(null);
  const projectId = project.id;
  return (
    <Section
      title={t('reports.title')}
      id="reports"
      actions={
        <button type="button" className="button button-small" onClick={reports.reload}>
          {t('common.refresh')}
        </button>
      }
    >
      <ErrorMessage error={reports.error} />
      {reports.loading && !reports.data ? (
        <Loading />
      ) : periods.length === 0 ? (
        <p className="muted">{t('reports.none')}</p>
      ) : (
        <ReportPeriodsTable
          periods={periods}
          onExtend={
            mayExtend
              ? (period) => {
                  setExtended(null);
                  setExtending(period);
                }
              : undefined
          }
        />
      )}
      {!running && periods.some((p) => p.status === 'OPEN' || p.status === 'MISSING') && (
        <p className="muted small" data-testid="reports-closed">
          {t('reports.closedByState')}
        </p>
      )}
      <SuccessMessage text={extended} />
      {extending && (
        <ExtendDeadlineDialog
          projectId={projectId}
          projectCode={project.code}
          period={extending}
          onClose={() => setExtending(null)}
          onDone={(message) => {
            setExtending(null);
            setExtended(message);
            onSubmitted();
          }}
        />
      )}
      {mayReport && periods.length > 0 && (
        <ReportForm
          key={periods.length}
          projectId={projectId}
          periods={periods}
          onSubmitted={onSubmitted}
          requestedPeriod={requestedPeriod}
        />
      )}
    </Section>
  );
}
