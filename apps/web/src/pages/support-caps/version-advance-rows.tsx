import type { CapInstrument, NationalCapVersionInput } from '../../api/money-endpoints';
import { Field } from '../../components/field';
import { CategorySelect } from './category-select';
import { useI18n } from '../../i18n/i18n';

type AdvanceInput = NonNullable<NationalCapVersionInput['advances']>[number];

export interface AdvanceRow {
  category: string;
  percent: string;
  condition: 'CONTRACT' | 'CERTIFIED_PROGRESS';
  morePercentThan: string;
  measure: 'VOLUME' | 'INVESTMENT';
  article: string;
}

export const EMPTY_ADVANCE_ROW: AdvanceRow = {
  category: 'MACHINERY',
  percent: '',
  condition: 'CERTIFIED_PROGRESS',
  morePercentThan: '',
  measure: 'INVESTMENT',
  article: '',
};

/** The advance rows of an instrument being edited. */
export function advanceRowsOf(instrument: CapInstrument | null): AdvanceRow[] {
  if (!instrument) return [];
  return instrument.advances.map((rule) => ({
    category: rule.category,
    percent: String(rule.percent),
    condition: rule.conditionKind === 'CONTRACT' ? 'CONTRACT' : 'CERTIFIED_PROGRESS',
    morePercentThan: rule.morePercentThan === null ? '' : String(rule.morePercentThan),
    measure: rule.measure ?? 'INVESTMENT',
    article: articleOf(rule.citation.vi, instrument.name.vi),
  }));
}

/** The article the administrator typed, read back from the citation "<instrument>, <article>". */
function articleOf(citation: string, instrument: string): string {
  return citation.startsWith(`${instrument}, `) ? citation.slice(instrument.length + 2) : '';
}

/** The rows as the API takes them, or the first row's problem in words. */
export function advanceInputs(rows: AdvanceRow[]): { advances: AdvanceInput[] } | { problem: number } {
  const advances: AdvanceInput[] = [];
  for (const [index, row] of rows.entries()) {
    const percent = Number(row.percent.trim());
    const progress = Number(row.morePercentThan.trim());
    const onProgress = row.condition === 'CERTIFIED_PROGRESS';
    if (!Number.isInteger(percent) || row.percent.trim() === '' || (onProgress && row.morePercentThan.trim() === '')) {
      return { problem: index };
    }
    advances.push({
      category: row.category as AdvanceInput['category'],
      percent,
      condition: row.condition,
      morePercentThan: onProgress ? progress : null,
      measure: onProgress ? row.measure : null,
      article: row.article.trim(),
    });
  }
  return { advances };
}

/**
 * The advance rules a new instrument changes, one row per content area: the share of the approved support and its
 * condition (on the contract, or after a progress report the Department certifies). Areas not listed keep theirs.
 */
export function VersionAdvanceRows({ rows, onChange }: { rows: AdvanceRow[]; onChange(rows: AdvanceRow[]): void }) {
  const { t } = useI18n();
  const setRow = (index: number, change: Partial<AdvanceRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="stack" data-testid="version-advances">
      <legend>{t('caps.versionAdvances')}</legend>
      <p className="small muted">{t('caps.versionAdvancesHint')}</p>
      {rows.map((row, index) => (
        <div className="field-row" key={index} data-advance-row={index}>
          <Field label={t('caps.category')}>
            {(id) => (
              <CategorySelect
                id={id}
                name={`advances[${index}].category`}
                value={row.category}
                onChange={(category) => setRow(index, { category })}
              />
            )}
          </Field>
          <Field label={t('caps.advancePercent')} hint={t('caps.advancePercentHint')}>
            {(id, describedBy) => (
              <input
                id={id}
                name={`advances[${index}].percent`}
                inputMode="numeric"
                value={row.percent}
                aria-describedby={describedBy}
                onChange={(e) => setRow(index, { percent: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('caps.advanceCondition')}>
            {(id) => (
              <select
                id={id}
                name={`advances[${index}].condition`}
                value={row.condition}
                onChange={(e) => setRow(index, { condition: e.target.value as AdvanceRow['condition'] })}
              >
                <option value="CONTRACT">{t('caps.conditionContract')}</option>
                <option value="CERTIFIED_PROGRESS">{t('caps.conditionProgress')}</option>
              </select>
            )}
          </Field>
          {row.condition === 'CERTIFIED_PROGRESS' && (
            <>
              <Field label={t('caps.morePercentThan')}>
                {(id) => (
                  <input
                    id={id}
                    name={`advances[${index}].morePercentThan`}
                    inputMode="numeric"
                    value={row.morePercentThan}
                    onChange={(e) => setRow(index, { morePercentThan: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('caps.measure')}>
                {(id) => (
                  <select
                    id={id}
                    name={`advances[${index}].measure`}
                    value={row.measure}
                    onChange={(e) => setRow(index, { measure: e.target.value as AdvanceRow['measure'] })}
                  >
                    <option value="INVESTMENT">{t('caps.measureInvestment')}</option>
                    <option value="VOLUME">{t('caps.measureVolume')}</option>
                  </select>
                )}
              </Field>
            </>
          )}
          <Field label={t('caps.article')}>
            {(id) => (
              <input
                id={id}
                name={`advances[${index}].article`}
                value={row.article}
                maxLength={100}
                onChange={(e) => setRow(index, { article: e.target.value })}
              />
            )}
          </Field>
          <button
            type="button"
            className="button button-secondary"
            style={{ alignSelf: 'end', height: 'auto' }}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            {t('caps.removeRow')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...rows, { ...EMPTY_ADVANCE_ROW }])}
      >
        {t('caps.addAdvanceRow')}
      </button>
    </fieldset>
  );
}
