import { groupAsTyped } from '@kc/domain/money';

interface Props {
  id: string;
  name: string;
  /** The text as shown, grouped ("135.000.000"). */
  value: string;
  onChange(value: string): void;
  describedBy?: string;
  invalid?: boolean;
  autoFocus?: boolean;
}

/** A whole-VND amount, grouped with dots while it is typed; parse it with parseVnd. */
export function MoneyInput({ id, name, value, onChange, describedBy, invalid, autoFocus }: Props) {
  return (
    <div className="money-input">
      <input
        id={id}
        name={name}
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(groupAsTyped(event.target.value))}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoFocus={autoFocus}
      />
      <span className="money-input-unit" aria-hidden="true">
        đ
      </span>
    </div>
  );
}
