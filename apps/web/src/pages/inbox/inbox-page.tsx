import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { Section } from '../../components/section';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';
import { EmptyInbox } from './empty-inbox';
import { InboxAdjustments } from './inbox-adjustments';
import { InboxEscalations } from './inbox-escalations';
import { InboxProjects } from './inbox-projects';
import { InboxReports } from './inbox-reports';

/** "Việc cần xử lý": the landing page, what waits for this user, grouped, soonest deadline first. */
export function InboxPage() {
  const { t } = useI18n();
  const api = useApi();
  const inbox = useLoad(() => api.inbox(), [api]);
  const data = inbox.data;
  const refresh = (
    <button type="button" className="button button-small" onClick={inbox.reload}>
      {t('common.refresh')}
    </button>
  );
  return (
    <main className="page" data-page="inbox">
      <div className="page-head page-head-row">
        <div>
          <h1>{t('inbox.title')}</h1>
          <p className="muted">{t('inbox.intro')}</p>
        </div>
        {refresh}
      </div>
      <ErrorMessage error={inbox.error} />
      {!data ? (
        !inbox.error && <Loading />
      ) : data.counts.total === 0 ? (
        <EmptyInbox />
      ) : (
        <>
          {data.reports.length > 0 && (
            <Section title={t('inbox.reports', { n: data.counts.reports })} id="inbox-reports">
              <InboxReports items={data.reports} />
              <MoreNote shown={data.reports.length} total={data.counts.reports} />
            </Section>
          )}
          {data.projects.length > 0 && (
            <Section title={t('inbox.projects', { n: data.counts.projects })} id="inbox-projects">
              <InboxProjects items={data.projects} />
              <MoreNote shown={data.projects.length} total={data.counts.projects} />
            </Section>
          )}
          {data.adjustments.length > 0 && (
            <Section title={t('inbox.adjustments', { n: data.counts.adjustments })} id="inbox-adjustments">
              <InboxAdjustments items={data.adjustments} />
              <MoreNote shown={data.adjustments.length} total={data.counts.adjustments} />
            </Section>
          )}
          {data.escalations.length > 0 && (
            <Section title={t('inbox.escalations', { n: data.counts.escalations })} id="inbox-escalations">
              <InboxEscalations items={data.escalations} />
              <MoreNote shown={data.escalations.length} total={data.counts.escalations} />
            </Section>
          )}
        </>
      )}
    </main>
  );
}

function MoreNote({ shown, total }: { shown: number; total: number }) {
  const { t } = useI18n();
  return total > shown ? <p className="muted small">{t('inbox.more', { shown, total })}</p> : null;
}
