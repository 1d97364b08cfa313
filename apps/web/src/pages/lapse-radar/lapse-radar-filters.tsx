import { Field } from '../../components/field';
import { SelectFilter } from '../../components/select-filter';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/reference';
import { planYears } from '../plans/plan-year';

export interface LapseRadarScope {
  year: number;
  /** '' for every province in the caller's reach. */
  provinceCode: string;
}

/** The plan year, and for a national desk a province; both are kept in the address by the page. */
export function LapseRadarFilters({
  value,
  chooseProvince,
  onChange,
}: {
  value: LapseRadarScope;
  /** Only a national desk chooses: a province's desk sees its own province only. */
  chooseProvince: boolean;
  onChange(next: LapseRadarScope): void;
}) {
  const { t } = useI18n();
  const reference = useReference();
  return (
    <form className="filters" aria-label={t('lapse.filters')} onSubmit={(e) => e.preventDefault()}>
      <Field label={t('planFigures.year')}>
        {(id) => (
          <select
            id={id}
            name="year"
            value={String(value.year)}
            onChange={(e) => onChange({ ...value, year: Number(e.target.value) })}
          >
            {planYears(value.year).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        )}
      </Field>
      {chooseProvince && (
        <SelectFilter
          label={t('projects.filter.province')}
          name="provinceCode"
          value={value.provinceCode}
          onChange={(provinceCode) => onChange({ ...value, provinceCode })}
          options={reference.provinces.map((p) => ({ value: p.code, label: p.name }))}
        />
      )}
    </form>
  );
}
