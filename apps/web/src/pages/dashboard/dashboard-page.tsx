import type { DashboardQuery } from '../../api/endpoints';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { navigate, useSearch } from '../../router/router';
import { useApi } from '../../session/session';
import { yearOf } from '../plans/plan-year';
import { PlanFigures } from './plan-figures';
import { PlanScope, PlanScopeFilters, provinceByOf, regionOf } from './plan-scope-filters';
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
  const provinceBy = provinceByOf(search);
  const provinceCode = new URLSearchParams(search).get('provinceCode') ?? '';
  const dashboard = useLoad(() => {
    const query: DashboardQuery = { year };
    if (region) query.region = region as DashboardQuery['region'];
    if (provinceCode) query.provinceCode = provinceCode;
    if (provinceBy === 'CURRENT') query.provinceBy = provinceBy;
    return api.dashboard(query);
  }, [api, year, region, provinceCode, provinceBy]);
  const data = dashboard.data;
  const choose = (next: PlanScope) => {
    const params = new URLSearchParams({ year: String(next.year) });
    if (next.region) params.set('region', next.region);
    if (next.provinceBy === 'CURRENT') params.set('provinceBy', next.provinceBy);
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
      <PlanScopeFilters scope={{ year, region, provinceBy }} onChange={choose} />
      <ErrorMessage error={dashboard.error} />
      {!data ? (
        !dashboard.error && <Loading />
      ) : (
        <>
          <PlanFigures data={data} />
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
