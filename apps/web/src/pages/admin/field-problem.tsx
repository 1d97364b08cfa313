/** A problem with one input, shown under it and announced; nothing when there is none. */
export function FieldProblem({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <small className="field-problem" id={`${id}-problem`} role="alert">
      {text}
    </small>
  );
}

/** The attributes that tie an input to its problem. */
export function problemProps(id: string, text: string | undefined) {
  return text ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-problem` } : {};
}
