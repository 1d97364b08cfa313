import { parseVnd } from '@kc/domain/money';
import { Field } from '../../components/field';
import { MoneyInput } from '../../components/money-input';
import { formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { useLabels, useReference } from '../../reference/reference';
import { pilotYearsOfDates, type ProjectFormValues } from './project-form-values';

/**
 * A national project may be a pilot project (đề án điểm): the officer ticks it, chooses the linked content areas
 * beside the main one, and splits the requested support over the years of the project's dates.
 */
export function PilotFields({
  values,
  onChange,
}: {
  values: ProjectFormValues;
  onChange(values: ProjectFormValues): void;
}) {
  const { t } = useI18n();
  const reference = useReference();
  const labels = useLabels();
  if (values.scope !== 'NATIONAL') return null;
  const years = pilotYearsOfDates(values.plannedStart, values.plannedEnd);
  const sum = years.reduce((total, year) => total + (parseVnd(values.pilotYears[year] ?? '') ?? 0), 0);
  const linkable = reference.categories.filter((c) => c.code !== values.category && c.code !== 'PROGRAMME_MANAGEMENT');
  const toggle = (code: string, on: boolean) =>
    onChange({
      ...values,
      pilotLinked: on ? [...values.pilotLinked, code] : values.pilotLinked.filter((c) => c !== code),
    });
  return (
    <div className="stack" data-testid="pilot-fields">
      <Field label={t('form.pilot')} hint={t('form.pilotHint')}>
        {(id, describedBy) => (
          <input
            id={id}
            name="pilot"
            type="checkbox"
            checked={values.pilot}
            onChange={(event) => onChange({ ...values, pilot: event.target.checked })}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      {values.pilot && (
        <>
          <fieldset>
            <legend>{t('form.pilotLinked')}</legend>
            {linkable.map((c) => (
              <label key={c.code} className="inline-field">
                <input
                  type="checkbox"
                  name="pilotLinked"
                  value={c.code}
                  checked={values.pilotLinked.includes(c.code)}
                  onChange={(event) => toggle(c.code, event.target.checked)}
                />{' '}
                {labels.category(c.code)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('form.pilotYears')}</legend>
            {years.length < 2 ? (
              <p className="small muted">{t('form.pilotNeedsDates')}</p>
            ) : (
              <>
                <p className="small muted">
                  {t('form.pilotYearsHint', {
                    total: formatVnd(parseVnd(values.requestedSupportVnd) ?? 0),
                  })}
                </p>
                <div className="field-row">
                  {years.map((year) => (
                    <Field key={year} label={`${t('pilot.year')} ${year}`}>
                      {(id) => (
                        <MoneyInput
                          id={id}
                          name={`pilotYear${year}`}
                          value={values.pilotYears[year] ?? ''}
                          onChange={(value) =>
                            onChange({ ...values, pilotYears: { ...values.pilotYears, [year]: value } })
                          }
                        />
                      )}
                    </Field>
                  ))}
                </div>
                <p className="small" data-testid="pilot-years-sum">
                  {t('form.pilotYearsSum', { sum: formatVnd(sum) })}
                </p>
              </>
            )}
          </fieldset>
        </>
      )}
    </div>
  );
}
