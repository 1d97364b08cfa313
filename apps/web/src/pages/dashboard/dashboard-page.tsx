import type { DashboardQuery } from '../../api/endpoints';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { navigate, useSearch } from '../../router/router';
import { useApi } from '../../session/session';
import { yearOf } from '../plans/plan-year';
import { PlanFigures } from './plan-figures';
import { PlanScopeFilters, regionOf } from './plan-scope-filters';
import { ProvinceCharts } from './province-charts';
import { ProvinceTable } from './province-table';
import { ReachCards } from './reach-cards';
import { StateCounts } from './state-counts';

export function DashboardPage() {
  const { t } = useI18n();
  const api = useApi();
  // The plan year and region live in the address (?year=2022&region=NORTH_TT26): a link lands on the same view.
  const search = useSearch();
  const year = yearOf(search);
  const region = regionOf(search);
  const provinceCode = new URLSearchParams(search).get('provinceCode') ?? '';
  const dashboard = useLoad(() => {
    const query: DashboardQuery = { year };
    if (region) query.region = region as DashboardQuery['region'];
    if (provinceCode) query.provinceCode = provinceCode;
    return api.dashboard(query);
  }, [api, year, region, provinceCode]);
  const data = dashboard.data;
  const choose = (next: { year: number; region: string }) => {
    const params = new URLSearchParams({ year: String(next.year) });
    if (next.region) params.set('region', next.region);
    navigate(`/dashboard?${params.toString()}`);
  };
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
      <PlanScopeFilters year={year} region={region} onChange={choose} />
      <ErrorMessage error={dashboard.error} />
      {!data ? (
        !dashboard.error && <Loading />
      ) : (
        <>
          <ReachCards reach={data.reach} />
          <PlanFigures data={data} />
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
