import { useLabels, useReference } from '../../reference/reference';

/** A select of the content areas, labelled in the reader's language. */
export function CategorySelect({
  id,
  name,
  value,
  onChange,
}: {
  id: string;
  name: string;
  value: string;
  onChange(category: string): void;
}) {
  const labels = useLabels();
  const reference = useReference();
  return (
    <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
      {reference.categories.map((c) => (
        <option key={c.code} value={c.code}>
          {labels.category(c.code)}
        </option>
      ))}
    </select>
  );
}
