import type { components } from '../../api/schema';
import { Section } from '../../components/section';
import { formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { useLabels } from '../../reference/reference';
import { Link } from '../../router/router';
import { MoneyCards, MoneyCells, MoneyFigures, MoneyHeads } from '../plans/money-figures';
import { PlanFiguresDownload } from './plan-figures-download';

type Dashboard = components['schemas']['DashboardResponse'];

/** "Kế hoạch và giải ngân": the plan year's figures in the chosen scope, by province, by content area. */
export function PlanFigures({ data }: { data: Dashboard }) {
  const { t, pick } = useI18n();
  const labels = useLabels();
  const scope = data.region
    ? t('planFigures.scopeRegion', {
        region: pick(data.region),
        n: data.region.provinceCodes.length,
        basis: data.region.basis,
      })
    : data.provinceCode
      ? labels.province(data.provinceCode)
      : t('planFigures.allRegions');
  return (
    <Section title={t('planFigures.title')} id="plan-figures" actions={<PlanFiguresDownload data={data} />}>
      <p className="muted" data-testid="plan-scope">
        {t('planFigures.year')} {data.year} · {scope}
      </p>
      <MoneyCards figures={data} id="plan-cards" />
      {data.byProvince.length === 0 && data.byCategory.length === 0 ? (
        <p className="muted">{t('planFigures.none')}</p>
      ) : (
        <>
          <FiguresTable
            id="plan-by-province"
            title={t('planFigures.byProvince')}
            rowHeader={t('planFigures.province')}
            rows={data.byProvince.map((row) => ({
              key: row.provinceCode ?? 'NATIONAL',
              name: row.provinceCode === null ? t('planFigures.nationalPlan') : row.provinceName,
              figures: row,
            }))}
          />
          <FiguresTable
            id="plan-by-category"
            title={t('planFigures.byCategory')}
            rowHeader={t('planFigures.category')}
            rows={data.byCategory.map((row) => ({ key: row.category, name: pick(row.label), figures: row }))}
          />
        </>
      )}
      {data.mostUndisbursed.length > 0 && (
        <>
          <h3 id="most-undisbursed">{t('planFigures.mostUndisbursed')}</h3>
          <div className="table-wrap">
            <table className="table" aria-labelledby="most-undisbursed" data-testid="most-undisbursed">
              <thead>
                <tr>
                  <th scope="col">{t('planFigures.project')}</th>
                  <th scope="col">{t('planFigures.province')}</th>
                  <th scope="col">{t('planFigures.category')}</th>
                  <th scope="col">{t('planFigures.state')}</th>
                  <th scope="col" className="num">
                    {t('planFigures.approved')}
                  </th>
                  <th scope="col" className="num">
                    {t('planFigures.disbursed')}
                  </th>
                  <th scope="col" className="num">
                    {t('planFigures.undisbursed')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.mostUndisbursed.map((p) => (
                  <tr key={p.id}>
                    <td data-label={t('planFigures.project')}>
                      <Link to={`/projects/${p.id}`}>{p.code}</Link>
                      <div className="small">{p.title}</div>
                    </td>
                    <td data-label={t('planFigures.province')}>{labels.province(p.provinceCode)}</td>
                    <td data-label={t('planFigures.category')}>{labels.category(p.category)}</td>
                    <td data-label={t('planFigures.state')}>{labels.state(p.state)}</td>
                    <td data-label={t('planFigures.approved')} className="num money">
                      {formatVnd(p.approvedVnd)}
                    </td>
                    <td data-label={t('planFigures.disbursed')} className="num money">
                      {formatVnd(p.disbursedVnd)}
                    </td>
                    <td data-label={t('planFigures.undisbursed')} className="num money">
                      {formatVnd(p.undisbursedVnd)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}

/** One row of figures per province or content area, named in its first column. */
function FiguresTable({
  id,
  title,
  rowHeader,
  rows,
}: {
  id: string;
  title: string;
  rowHeader: string;
  rows: Array<{ key: string; name: string; figures: MoneyFigures }>;
}) {
  return (
    <>
      <h3 id={id}>{title}</h3>
      <div className="table-wrap">
        <table className="table" aria-labelledby={id} data-testid={id}>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              <MoneyHeads />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" data-label={rowHeader}>
                  {row.name}
                </th>
                <MoneyCells figures={row.figures} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
