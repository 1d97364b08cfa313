import { CATEGORIES } from '@kc/domain/categories';
import { FUNDING_SOURCES, FUNDING_SOURCE_LABELS, type FundingSource } from '@kc/domain/plans/funding';
import { Field } from '../../components/field';
import { MoneyInput } from '../../components/money-input';
import { useI18n } from '../../i18n/i18n';
import { PlanFormProblems, PlanLineValues, lineProblem } from './plan-form-values';

interface Props {
  line: PlanLineValues;
  index: number;
  problems: PlanFormProblems;
  /** Absent when the line is the only one (a plan has at least one line). */
  onRemove?: () => void;
  onChange(line: PlanLineValues): void;
}

/** One line of a new plan: a content area (NĐ 45, Art. 4), a funding source and its estimate. */
export function PlanLineFields({ line, index, problems, onRemove, onChange }: Props) {
  const { t, pick } = useI18n();
  const n = index + 1;
  const whole = lineProblem(problems, index);
  return (
    <fieldset className="plan-line" data-line-index={index}>
      <legend>{t('plans.create.line', { n })}</legend>
      <div className="field-row">
        <Field label={t('plans.create.category')} error={lineProblem(problems, index, 'category')}>
          {(id, describedBy) => (
            <select
              id={id}
              name={`lines.${index}.category`}
              value={line.category}
              onChange={(e) => onChange({ ...line, category: e.target.value })}
              aria-describedby={describedBy}
              aria-invalid={lineProblem(problems, index, 'category') ? true : undefined}
            >
              <option value="">{t('plans.create.chooseCategory')}</option>
              {CATEGORIES.map((c) => (
                <option key={c.code} value={c.code}>
                  {pick(c)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('plans.create.fundingSource')} error={lineProblem(problems, index, 'fundingSource')}>
          {(id, describedBy) => (
            <select
              id={id}
              name={`lines.${index}.fundingSource`}
              value={line.fundingSource}
              onChange={(e) => onChange({ ...line, fundingSource: e.target.value as FundingSource })}
              aria-describedby={describedBy}
            >
              {FUNDING_SOURCES.map((source) => (
                <option key={source} value={source}>
                  {pick(FUNDING_SOURCE_LABELS[source])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('plans.create.assigned')} error={lineProblem(problems, index, 'assignedVnd')}>
          {(id, describedBy) => (
            <MoneyInput
              id={id}
              name={`lines.${index}.assignedVnd`}
              value={line.assigned}
              onChange={(assigned) => onChange({ ...line, assigned })}
              describedBy={describedBy}
              invalid={!!lineProblem(problems, index, 'assignedVnd')}
            />
          )}
        </Field>
      </div>
      {whole && (
        <p className="field-error" role="alert">
          {whole}
        </p>
      )}
      {onRemove && (
        <button type="button" className="button button-small" onClick={onRemove}>
          {t('plans.create.removeLine', { n })}
        </button>
      )}
    </fieldset>
  );
}
