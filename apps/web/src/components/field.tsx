import './forms.css';
import { ReactNode, useId } from 'react';

/**
 * A label above its control, the rule of the field as a hint, and its error (the app's check or the server's) below;
 * the control gets its id, and the ids that describe it, through the render prop.
 */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id, describedBy)}
      {error && (
        <small className="field-error" id={errorId}>
          {error}
        </small>
      )}
      {hint && (
        <small className="hint" id={hintId}>
          {hint}
        </small>
      )}
    </div>
  );
}
