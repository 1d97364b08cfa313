import './plans.css';
import { useMemo, useState } from 'react';
import { planCreationTargets } from '@kc/domain/plans/plan-abilities';
import { ApiRequestError } from '../../api/http';
import type { Plan } from '../../api/types';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { Loading } from '../../components/loading';
import { SuccessMessage } from '../../components/success-message';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/reference';
import { navigate, useSearch } from '../../router/router';
import { useApi, useSession } from '../../session/session';
import { ForbiddenPage } from '../forbidden-page';
import { CreatePlanForm } from './create-plan-form';
import { PlanCard } from './plan-card';
import { planYears, yearOf } from './plan-year';
import { PlansDownload } from './plans-download';

/**
 * The annual plans of a year: each plan's decision, figures, lines and amendments, the actions the caller may take
 * on it, and "Lập kế hoạch" for those who may prepare a plan (the capability table, as the API asks it).
 */
export function PlansPage() {
  const { t } = useI18n();
  const api = useApi();
  const { user } = useSession();
  const reference = useReference();
  const year = yearOf(useSearch());
  const plans = useLoad(() => api.plans(year), [api, year]);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const targets = useMemo(
    () =>
      user
        ? planCreationTargets(
            user,
            reference.provinces.map((p) => p.code),
          )
        : { national: false, provinces: [] },
    [user, reference.provinces],
  );
  const mayCreate = targets.national || targets.provinces.length > 0;
  if (plans.error instanceof ApiRequestError && plans.error.status === 403) return <ForbiddenPage page="plans" />;
  const replace = (plan: Plan) =>
    plans.data && plans.setData({ items: plans.data.items.map((p) => (p.id === plan.id ? plan : p)) });
  const onCreated = (plan: Plan) => {
    setCreating(false);
    setCreated(t('plans.create.done', { title: plan.title }));
    if (plan.year === year) plans.reload();
    else navigate(`/plans?year=${plan.year}`);
  };
  return (
    <main className="page" data-page="plans">
      <div className="page-head page-head-row">
        <div>
          <h1>{t('plans.title')}</h1>
          <p className="muted">{t('plans.intro')}</p>
        </div>
        {mayCreate && !creating && (
          <button
            type="button"
            className="button button-primary"
            data-testid="create-plan"
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            {t('plans.create.open')}
          </button>
        )}
      </div>
      {creating && (
        <CreatePlanForm targets={targets} year={year} onCreated={onCreated} onCancel={() => setCreating(false)} />
      )}
      <SuccessMessage text={created} />
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
      <PlansDownload year={year} />
      <ErrorMessage error={plans.error} />
      {!plans.data ? (
        !plans.error && <Loading />
      ) : plans.data.items.length === 0 ? (
        <p className="muted">{t('plans.none')}</p>
      ) : (
        plans.data.items.map((plan) => <PlanCard key={plan.id} plan={plan} onChanged={replace} />)
      )}
    </main>
  );
}
