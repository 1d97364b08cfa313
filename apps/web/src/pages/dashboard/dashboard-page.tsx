import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';
import { ProvinceCharts } from './province-charts';
import { ProvinceTable } from './province-table';
import { ReachCards } from './reach-cards';
import { StateCounts } from './state-counts';

export function DashboardPage() {
  const { t } = useI18n();
  const api = useApi();
  const dashboard = useLoad(() => api.dashboard(), [api]);
  const data = dashboard.data;
  return (
    <main className="page" data-page="dashboard">
      <div className="page-head page-head-row">
        <div>
          <h1>{t('dashboard.title')}</h1>
          <p className="muted">{t('dashboard.intro')}</p>
        </div>
        <button type="button" className="button button-small" onClick={dashboard.reload}>
          {t('common.refresh')}
        </button>
      </div>
      <ErrorMessage error={dashboard.error} />
      {!data ? (
        !dashboard.error && <Loading />
      ) : (
        <>
          <ReachCards reach={data.reach} />
          {data.provinces.length === 0 ? (
            <p className="muted">{t('dashboard.noData')}</p>
          ) : (
            <>
              <ProvinceCharts provinces={data.provinces} />
              <StateCounts counts={data.reach.countsByState} />
              <ProvinceTable provinces={data.provinces} />
            </>
          )}
        </>
      )}
    </main>
  );
}
