import { Field } from '../../../components/field';
import { useI18n } from '../../../i18n/i18n';
import { FieldProblem, problemProps } from '../field-problem';
import type { SpanDraft } from './policy-draft';

/** A length of time: a number of working days or days, or an exact ISO 8601 duration (for demos and tests). */
export function SpanInput({
  label,
  name,
  value,
  onChange,
  problem,
  stallChoices = false,
}: {
  label: string;
  name: string;
  value: SpanDraft;
  onChange(value: SpanDraft): void;
  problem?: string;
  /** A stall limit may also be the planned end day, or none. */
  stallChoices?: boolean;
}) {
  const { t } = useI18n();
  const needsText = value.unit === 'workingDays' || value.unit === 'days' || value.unit === 'duration';
  return (
    <Field label={label}>
      {(id) => (
        <>
          <div className="span-input">
            {needsText && (
              <input
                id={id}
                name={name}
                inputMode={value.unit === 'duration' ? 'text' : 'numeric'}
                value={value.text}
                onChange={(e) => onChange({ ...value, text: e.target.value })}
                {...problemProps(id, problem)}
              />
            )}
            <select
              id={needsText ? undefined : id}
              name={`${name}.unit`}
              aria-label={t('admin.policy.unit', { label })}
              value={value.unit}
              onChange={(e) => onChange({ unit: e.target.value as SpanDraft['unit'], text: value.text })}
            >
              <option value="workingDays">{t('admin.policy.unit.workingDays')}</option>
              <option value="days">{t('admin.policy.unit.days')}</option>
              <option value="duration">{t('admin.policy.unit.duration')}</option>
              {stallChoices && <option value="PLANNED_END">{t('admin.policy.unit.plannedEnd')}</option>}
              {stallChoices && <option value="NONE">{t('admin.policy.unit.none')}</option>}
            </select>
          </div>
          <FieldProblem id={id} text={problem} />
        </>
      )}
    </Field>
  );
}
