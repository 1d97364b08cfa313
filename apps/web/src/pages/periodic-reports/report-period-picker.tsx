import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';

export type ReportKind = 'QUARTER' | 'HALF' | 'YEAR';

export interface ReportChoice {
  kind: ReportKind;
  year: string;
  /** Q1–Q4 for a quarter, H1/H2 for a half. */
  part: string;
}

/** The period key the API takes: 2026-Q3, 2026-H1, 2026. */
export function periodKey(choice: ReportChoice): string {
  return choice.kind === 'YEAR' ? choice.year.trim() : `${choice.year.trim()}-${choice.part}`;
}

/** The last quarter that has closed, as the default choice (Vietnam's calendar is 7 hours ahead of UTC). */
export function lastClosedQuarter(now: Date = new Date()): ReportChoice {
  const local = new Date(now.getTime() + 7 * 3600 * 1000);
  const quarter = Math.floor(local.getUTCMonth() / 3);
  const year = quarter === 0 ? local.getUTCFullYear() - 1 : local.getUTCFullYear();
  return { kind: 'QUARTER', year: String(year), part: `Q${quarter === 0 ? 4 : quarter}` };
}

/** The kind of report, its year and its quarter or half. */
export function ReportPeriodPicker({ value, onChange }: { value: ReportChoice; onChange(next: ReportChoice): void }) {
  const { t } = useI18n();
  const parts =
    value.kind === 'QUARTER'
      ? [1, 2, 3, 4].map((n) => ({ value: `Q${n}`, label: t('reports.quarter', { n: String(n) }) }))
      : value.kind === 'HALF'
        ? [
            { value: 'H1', label: t('reports.half1') },
            { value: 'H2', label: t('reports.half2') },
          ]
        : [];
  return (
    <div className="field-row">
      <Field label={t('reports.kind')}>
        {(id) => (
          <select
            id={id}
            name="kind"
            value={value.kind}
            onChange={(e) => {
              const kind = e.target.value as ReportKind;
              onChange({ ...value, kind, part: kind === 'QUARTER' ? 'Q1' : kind === 'HALF' ? 'H1' : '' });
            }}
          >
            <option value="QUARTER">{t('reports.kindQuarter')}</option>
            <option value="HALF">{t('reports.kindHalf')}</option>
            <option value="YEAR">{t('reports.kindYear')}</option>
          </select>
        )}
      </Field>
      <Field label={t('reports.year')}>
        {(id) => (
          <input
            id={id}
            name="year"
            inputMode="numeric"
            maxLength={4}
            value={value.year}
            onChange={(e) => onChange({ ...value, year: e.target.value })}
          />
        )}
      </Field>
      {parts.length > 0 && (
        <Field label={t('reports.part')}>
          {(id) => (
            <select
              id={id}
              name="part"
              value={value.part}
              onChange={(e) => onChange({ ...value, part: e.target.value })}
            >
              {parts.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </div>
  );
}
