import { Field } from './field';
import { useI18n } from '../i18n/i18n';

export interface SelectFilterOption {
  value: string;
  label: string;
}

/** A labelled filter list: an empty "all" choice first, then the options in the order given. */
export function SelectFilter({
  label,
  name,
  value,
  onChange,
  options,
  allLabel,
}: {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  options: SelectFilterOption[];
  allLabel?: string;
}) {
  const { t } = useI18n();
  return (
    <Field label={label}>
      {(id) => (
        <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{allLabel ?? t('common.all')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
