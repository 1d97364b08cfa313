import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { Loading } from '../../components/loading';
import { Section } from '../../components/section';
import { ApiRequestError } from '../../api/http';
import { formatDay, formatVnd } from '../../format/format';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { navigate, useSearch } from '../../router/router';
import { useApi } from '../../session/session';
import { ForbiddenPage } from '../forbidden-page';
import { MoneyCards, usePercent } from './money-figures';
import { planYears, yearOf } from './plan-year';

/** The annual plans of a year, read-only: each plan's decision, figures and lines. */
export function PlansPage() {
  const { t, tCode, pick, locale } = useI18n();
  const api = useApi();
  const percent = usePercent();
  const year = yearOf(useSearch());
  const plans = useLoad(() => api.plans(year), [api, year]);
  if (plans.error instanceof ApiRequestError && plans.error.status === 403) return <ForbiddenPage page="plans" />;
  return (
    <main className="page" data-page="plans">
      <div className="page-head">
        <h1>{t('plans.title')}</h1>
        <p className="muted">{t('plans.intro')}</p>
      </div>
      <form className="filters" aria-label={t('plans.title')} onSubmit={(e) => e.preventDefault()}>
        <Field label={t('planFigures.year')}>
          {(id) => (
            <select
              id={id}
              name="year"
              value={String(year)}
              onChange={(e) => navigate(`/plans?year=${encodeURIComponent(e.target.value)}`)}
            >
              {planYears(year).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      <ErrorMessage error={plans.error} />
      {!plans.data ? (
        !plans.error && <Loading />
      ) : plans.data.items.length === 0 ? (
        <p className="muted">{t('plans.none')}</p>
      ) : (
        plans.data.items.map((plan) => (
          <Section key={plan.id} title={plan.title} id={`plan-${plan.id}`}>
            <dl className="facts" data-testid="plan-facts">
              <div>
                <dt>{t('plans.level')}</dt>
                <dd>{tCode('plans.level', plan.level)}</dd>
              </div>
              <div>
                <dt>{t('plans.province')}</dt>
                <dd>{plan.provinceName ?? t('common.none')}</dd>
              </div>
              <div>
                <dt>{t('plans.status')}</dt>
                <dd>{tCode('plans.status', plan.status)}</dd>
              </div>
              <div>
                <dt>{t('plans.decision')}</dt>
                <dd>
                  {plan.decisionNo
                    ? t('plans.decisionValue', { no: plan.decisionNo, date: formatDay(plan.decisionDate, locale) })
                    : t('common.none')}
                </dd>
              </div>
              <div>
                <dt>{t('plans.approver')}</dt>
                <dd>{pick(plan.approver)}</dd>
              </div>
            </dl>
            <MoneyCards figures={plan} id={`plan-cards-${plan.id}`} />
            <h3 id={`plan-lines-${plan.id}`}>{t('plans.lines')}</h3>
            <div className="table-wrap">
              <table className="table" aria-labelledby={`plan-lines-${plan.id}`} data-testid="plan-lines">
                <thead>
                  <tr>
                    <th scope="col">{t('plans.line')}</th>
                    <th scope="col" className="num">
                      {t('planFigures.assigned')}
                    </th>
                    <th scope="col" className="num">
                      {t('planFigures.approved')}
                    </th>
                    <th scope="col" className="num">
                      {t('planFigures.disbursed')}
                    </th>
                    <th scope="col" className="num">
                      {t('plans.remaining')}
                    </th>
                    <th scope="col" className="num">
                      {t('planFigures.percent')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {plan.lines.map((line) => (
                    <tr key={line.id}>
                      <th scope="row" data-label={t('plans.line')}>
                        {pick(line.label)}
                      </th>
                      <td data-label={t('planFigures.assigned')} className="num money">
                        {formatVnd(line.assignedVnd)}
                      </td>
                      <td data-label={t('planFigures.approved')} className="num money">
                        {formatVnd(line.approvedVnd)}
                      </td>
                      <td data-label={t('planFigures.disbursed')} className="num money">
                        {formatVnd(line.disbursedVnd)}
                      </td>
                      <td data-label={t('plans.remaining')} className="num money">
                        {formatVnd(line.remainingVnd)}
                      </td>
                      <td data-label={t('planFigures.percent')} className="num">
                        {percent(line.percentOfPlan)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
        ))
      )}
    </main>
  );
}
