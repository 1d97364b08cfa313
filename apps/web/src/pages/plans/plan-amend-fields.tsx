import { Field } from '../../components/field';
import { MoneyInput } from '../../components/money-input';
import type { PlanLine } from '../../api/types';
import { formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import type { PlanActionFields } from './plan-action-values';

interface Props {
  lines: PlanLine[];
  fields: PlanActionFields;
  problems: Record<string, string>;
  onChange(fields: PlanActionFields): void;
}

/** What an amendment changes: one line, by an addition or a cut of an amount, and why. */
export function PlanAmendFields({ lines, fields, problems, onChange }: Props) {
  const { t, pick } = useI18n();
  const chosen = lines.find((line) => line.id === fields.lineId);
  const set = (name: keyof PlanActionFields) => (value: string) => onChange({ ...fields, [name]: value });
  return (
    <>
      <Field
        label={t('plans.amend.line')}
        error={problems.lineId}
        hint={
          chosen &&
          t('plans.amend.lineFigures', {
            assigned: formatVnd(chosen.assignedVnd),
            remaining: formatVnd(chosen.remainingVnd),
          })
        }
      >
        {(id, describedBy) => (
          <select
            id={id}
            name="lineId"
            value={fields.lineId}
            onChange={(e) => set('lineId')(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={problems.lineId ? true : undefined}
          >
            {lines.map((line) => (
              <option key={line.id} value={line.id}>
                {pick(line.label)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        <fieldset className="radio-group">
          <legend>{t('plans.amend.direction')}</legend>
          {(['add', 'cut'] as const).map((direction) => (
            <label key={direction} className="checkbox">
              <input
                type="radio"
                name="direction"
                value={direction}
                checked={fields.direction === direction}
                onChange={() => set('direction')(direction)}
              />
              {t(direction === 'add' ? 'plans.amend.add' : 'plans.amend.cut')}
            </label>
          ))}
        </fieldset>
        <Field label={t('plans.amend.amount')} error={problems.deltaVnd}>
          {(id, describedBy) => (
            <MoneyInput
              id={id}
              name="amountVnd"
              value={fields.amount}
              onChange={set('amount')}
              describedBy={describedBy}
              invalid={!!problems.deltaVnd}
            />
          )}
        </Field>
      </div>
      <Field label={t('plans.amend.reason')} error={problems.reason}>
        {(id, describedBy) => (
          <textarea
            id={id}
            name="reason"
            rows={3}
            maxLength={2000}
            value={fields.reason}
            onChange={(e) => set('reason')(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={problems.reason ? true : undefined}
          />
        )}
      </Field>
    </>
  );
}
