import type { Adjustment } from '../../api/adjustment-endpoints';
import { formatDay, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { useLabels } from '../../reference/reference';

/** The side-by-side of the terms a request changes: in force, and requested (or applied, once approved). */
export function TermsComparison({ request }: { request: Adjustment }) {
  const { t, pick, locale } = useI18n();
  const labels = useLabels();
  if (request.changes.length === 0) return <p className="muted small">{t('adjust.compare.none')}</p>;
  const show = (field: string, value: string | number | null) => {
    if (value === null || value === '') return t('adjust.compare.empty');
    if (field.endsWith('Vnd')) return formatVnd(Number(value));
    if (field === 'plannedStart' || field === 'plannedEnd') return formatDay(String(value), locale);
    if (field === 'category') return labels.category(String(value));
    return String(value);
  };
  return (
    <table className="table compact terms-comparison">
      <thead>
        <tr>
          <th scope="col">{t('adjust.compare.term')}</th>
          <th scope="col">{t('adjust.compare.before')}</th>
          <th scope="col">
            {request.status === 'APPROVED' ? t('adjust.compare.afterApplied') : t('adjust.compare.after')}
          </th>
        </tr>
      </thead>
      <tbody>
        {request.changes.map((c) => (
          <tr key={c.field}>
            <th scope="row">{pick(c.label)}</th>
            <td>{show(c.field, c.before)}</td>
            <td>
              <strong>{show(c.field, c.after)}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
