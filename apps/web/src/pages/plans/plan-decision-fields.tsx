import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import type { PlanActionFields } from './plan-action-values';

interface Props {
  fields: PlanActionFields;
  problems: Record<string, string>;
  autoFocus?: boolean;
  onChange(fields: PlanActionFields): void;
}

/** The decision (quyết định) an approval or an amendment is made by: its number and its day. */
export function PlanDecisionFields({ fields, problems, autoFocus, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div className="field-row">
      <Field label={t('plans.decisionNo')} error={problems.decisionNo}>
        {(id, describedBy) => (
          <input
            id={id}
            name="decisionNo"
            value={fields.decisionNo}
            onChange={(e) => onChange({ ...fields, decisionNo: e.target.value })}
            aria-describedby={describedBy}
            aria-invalid={problems.decisionNo ? true : undefined}
            maxLength={100}
            autoFocus={autoFocus}
          />
        )}
      </Field>
      <Field label={t('plans.decisionDate')} error={problems.decisionDate}>
        {(id, describedBy) => (
          <input
            id={id}
            name="decisionDate"
            type="date"
            value={fields.decisionDate}
            onChange={(e) => onChange({ ...fields, decisionDate: e.target.value })}
            aria-describedby={describedBy}
            aria-invalid={problems.decisionDate ? true : undefined}
          />
        )}
      </Field>
    </div>
  );
}
