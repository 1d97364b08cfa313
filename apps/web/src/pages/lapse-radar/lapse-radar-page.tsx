import type { ExportFormat, LapseRadarQuery } from '../../api/endpoints';
import { DownloadButtons } from '../../components/download-buttons';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { Section } from '../../components/section';
import { formatDay, formatNumber, formatVnd } from '../../format/format';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { navigate, useSearch } from '../../router/router';
import { useApi, useSession } from '../../session/session';
import { yearOf } from '../plans/plan-year';
import { LapseRadarFilters, LapseRadarScope } from './lapse-radar-filters';
import { LapseRadarTable } from './lapse-radar-table';

/** The radar's query: the year, and the province when one is chosen. */
function queryOf(scope: LapseRadarScope): LapseRadarQuery {
  return scope.provinceCode ? { year: scope.year, provinceCode: scope.provinceCode } : { year: scope.year };
}

/**
 * "Cảnh báo nguy cơ hủy dự toán cuối năm": the projects of a plan year whose support cannot be accepted and paid
 * before 31/12 at their pace (GET /api/plans/lapse-radar), with the money at risk, and as Excel or CSV.
 */
export function LapseRadarPage() {
  const { t, locale } = useI18n();
  const api = useApi();
  const { user } = useSession();
  // The year and province live in the address (?year=2026&provinceCode=HN): a link lands on the same list.
  const search = useSearch();
  const scope: LapseRadarScope = {
    year: yearOf(search),
    provinceCode: new URLSearchParams(search).get('provinceCode') ?? '',
  };
  const radar = useLoad(() => api.lapseRadar(queryOf(scope)), [api, scope.year, scope.provinceCode]);
  const choose = (next: LapseRadarScope) => {
    const params = new URLSearchParams({ year: String(next.year) });
    if (next.provinceCode) params.set('provinceCode', next.provinceCode);
    navigate(`/lapse-radar?${params.toString()}`);
  };
  const data = radar.data;
  return (
    <main className="page" data-page="lapse-radar">
      <div className="page-head page-head-row">
        <div>
          <h1>{t('lapse.title')}</h1>
          <p className="muted">{t('lapse.intro')}</p>
        </div>
        <DownloadButtons
          id="lapse-radar-download"
          fetchFile={(format: ExportFormat) => api.download('/plans/lapse-radar', { ...queryOf(scope) }, format)}
        />
      </div>
      <LapseRadarFilters value={scope} chooseProvince={!user?.provinceCode} onChange={choose} />
      <ErrorMessage error={radar.error} />
      {!data ? (
        !radar.error && <Loading />
      ) : (
        <Section title={t('lapse.table')} id="lapse-table">
          <p className="muted" data-testid="lapse-summary">
            {t('lapse.summary', {
              asOf: formatDay(data.asOf, locale),
              fiscalYearEnd: formatDay(data.fiscalYearEnd, locale),
            })}{' '}
            {t('lapse.staleRule', { days: data.staleAfterDays })}
          </p>
          <div className="stat-grid" data-testid="lapse-cards">
            <div className="card stat" data-stat="count">
              <div className="stat-label">{t('lapse.count')}</div>
              <div className="stat-value">{formatNumber(data.count, locale)}</div>
            </div>
            <div className="card stat" data-stat="totalAtRiskVnd">
              <div className="stat-label">{t('lapse.total')}</div>
              <div className="stat-value money">{formatVnd(data.totalAtRiskVnd)}</div>
            </div>
          </div>
          {data.items.length === 0 ? (
            <p className="muted">{t('lapse.none')}</p>
          ) : (
            <LapseRadarTable items={data.items} />
          )}
        </Section>
      )}
    </main>
  );
}
