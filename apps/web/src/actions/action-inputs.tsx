import type { ReactNode } from 'react';
import { Field } from '../components/field';
import { MoneyInput } from '../components/money-input';
import { useI18n } from '../i18n/i18n';
import type { ActionFields as Fields } from './action-forms';

type MoneyName = 'amountVnd' | 'approvedSupportVnd' | 'acceptedAmountVnd';

/** One amount an action asks for, typed grouped as in Vietnam, with the cap or rule it must keep as its hint. */
export function MoneyField(props: {
  label: string;
  name: MoneyName;
  hint?: ReactNode;
  fields: Fields;
  onChange(fields: Fields): void;
  autoFocus?: boolean;
}) {
  const { label, name, hint, fields, onChange, autoFocus } = props;
  return (
    <Field label={label} hint={hint}>
      {(id, describedBy) => (
        <MoneyInput
          id={id}
          name={name}
          value={fields[name]}
          onChange={(value) => onChange({ ...fields, [name]: value })}
          describedBy={describedBy}
          autoFocus={autoFocus}
        />
      )}
    </Field>
  );
}

/** The number and day of acceptance minutes (biên bản nghiệm thu). */
export function MinutesFields({
  fields,
  onChange,
  autoFocus,
}: {
  fields: Fields;
  onChange(fields: Fields): void;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  const set = (name: 'minutesNo' | 'minutesDate') => (e: { target: { value: string } }) =>
    onChange({ ...fields, [name]: e.target.value });
  return (
    <div className="field-row">
      <Field label={t('action.minutesNo')}>
        {(id) => (
          <input id={id} name="minutesNo" value={fields.minutesNo} onChange={set('minutesNo')} autoFocus={autoFocus} />
        )}
      </Field>
      <Field label={t('action.minutesDate')}>
        {(id) => (
          <input id={id} name="minutesDate" type="date" value={fields.minutesDate} onChange={set('minutesDate')} />
        )}
      </Field>
    </div>
  );
}
