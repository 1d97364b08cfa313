import { REGION_KEYS, REGION_LABELS, parseRegion } from '@kc/domain/plans/regions';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { planYears } from '../plans/plan-year';

/** The region a `?region=` names (NORTH is the Northern region of TT 26), or '' for none. */
export function regionOf(search: string): string {
  const text = new URLSearchParams(search).get('region');
  return text ? (parseRegion(text) ?? '') : '';
}

/** The plan year and region of the dashboard's plan figures; both are kept in the address by the page. */
export function PlanScopeFilters({
  year,
  region,
  onChange,
}: {
  year: number;
  region: string;
  onChange(next: { year: number; region: string }): void;
}) {
  const { t, lang } = useI18n();
  return (
    <form className="filters" aria-label={t('planFigures.title')} onSubmit={(e) => e.preventDefault()}>
      <Field label={t('planFigures.year')}>
        {(id) => (
          <select
            id={id}
            name="year"
            value={String(year)}
            onChange={(e) => onChange({ year: Number(e.target.value), region })}
          >
            {planYears(year).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('planFigures.region')}>
        {(id) => (
          <select id={id} name="region" value={region} onChange={(e) => onChange({ year, region: e.target.value })}>
            <option value="">{t('planFigures.allRegions')}</option>
            {REGION_KEYS.map((key) => (
              <option key={key} value={key}>
                {REGION_LABELS[key][lang]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </form>
  );
}
