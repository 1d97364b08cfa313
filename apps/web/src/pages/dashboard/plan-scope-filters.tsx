import {
  PROVINCE_READINGS,
  type ProvinceReading,
  REGION_KEYS,
  REGION_LABELS,
  parseRegion,
} from '@kc/domain/plans/regions';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { planYears } from '../plans/plan-year';

/** The region a `?region=` names (NORTH is the Northern region of TT 26), or '' for none. */
export function regionOf(search: string): string {
  const text = new URLSearchParams(search).get('region');
  return text ? (parseRegion(text) ?? '') : '';
}

/** How `?provinceBy=` reads provinces: by the code of the plan year (the default) or by today's unit. */
export function provinceByOf(search: string): ProvinceReading {
  return new URLSearchParams(search).get('provinceBy') === 'CURRENT' ? 'CURRENT' : 'AT_THE_TIME';
}

export interface PlanScope {
  year: number;
  region: string;
  provinceBy: ProvinceReading;
}

/** The plan year, region and province reading of the dashboard's plan figures; the page keeps them in the address. */
export function PlanScopeFilters({ scope, onChange }: { scope: PlanScope; onChange(next: PlanScope): void }) {
  const { year, region, provinceBy } = scope;
  const { t, lang } = useI18n();
  return (
    <form className="filters" aria-label={t('planFigures.title')} onSubmit={(e) => e.preventDefault()}>
      <Field label={t('planFigures.year')}>
        {(id) => (
          <select
            id={id}
            name="year"
            value={String(year)}
            onChange={(e) => onChange({ ...scope, year: Number(e.target.value) })}
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
          <select id={id} name="region" value={region} onChange={(e) => onChange({ ...scope, region: e.target.value })}>
            <option value="">{t('planFigures.allRegions')}</option>
            {REGION_KEYS.map((key) => (
              <option key={key} value={key}>
                {REGION_LABELS[key][lang]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('planFigures.provinceBy')}>
        {(id) => (
          <select
            id={id}
            name="provinceBy"
            value={provinceBy}
            onChange={(e) => onChange({ ...scope, provinceBy: e.target.value as ProvinceReading })}
          >
            {PROVINCE_READINGS.map((reading) => (
              <option key={reading} value={reading}>
                {t(`planFigures.provinceBy.${reading}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </form>
  );
}
