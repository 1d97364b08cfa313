import { groupAsTyped, parseVnd } from '@kc/domain/money';
import { useState } from 'react';
import type { CapInstrument, NationalCapVersionInput } from '../../api/money-endpoints';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { MoneyInput } from '../../components/money-input';
import { useI18n } from '../../i18n/i18n';
import { useLabels, useReference } from '../../reference/reference';
import { useApi } from '../../session/session';

interface Row {
  category: string;
  percentOfCost: string;
  maxVnd: string;
  per: 'MODEL' | 'ESTABLISHMENT';
  article: string;
}

const EMPTY_ROW: Row = { category: 'DEMONSTRATION_MODEL', percentOfCost: '', maxVnd: '', per: 'MODEL', article: '' };

function rowsOf(instrument: CapInstrument | null): Row[] {
  if (!instrument) return [{ ...EMPTY_ROW }];
  return instrument.caps.map((cap) => ({
    category: cap.category,
    percentOfCost: cap.percentOfCost === null ? '' : String(cap.percentOfCost),
    maxVnd: cap.maxVnd === null ? '' : groupAsTyped(String(cap.maxVnd)),
    per: cap.unit,
    article: cap.article,
  }));
}

/**
 * The administrator enters a later version of the national caps (a circular replacing TT 28/2018): its code, name,
 * effective day and one row per capped content area. Editing is offered only before the version takes effect.
 */
export function NationalCapVersionForm({
  editing,
  onSaved,
  onCancel,
}: {
  editing: CapInstrument | null;
  onSaved(saved: CapInstrument): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const labels = useLabels();
  const reference = useReference();
  const [head, setHead] = useState({
    code: editing?.code ?? '',
    nameVi: editing?.name.vi ?? '',
    nameEn: editing && editing.name.en !== editing.name.vi ? editing.name.en : '',
    effectiveFrom: editing?.effectiveFrom ?? '',
  });
  const [rows, setRows] = useState<Row[]>(() => rowsOf(editing));
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headText = (name: keyof typeof head) => (event: { target: { value: string } }) =>
    setHead((old) => ({ ...old, [name]: event.target.value }));
  const setRow = (index: number, change: Partial<Row>) =>
    setRows((old) => old.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const save = async () => {
    setError(null);
    setProblem(null);
    const caps = rows.map((row) => ({
      category: row.category as NationalCapVersionInput['caps'][number]['category'],
      percentOfCost: row.percentOfCost.trim() === '' ? null : Number(row.percentOfCost.trim()),
      maxVnd: row.maxVnd.trim() === '' ? null : parseVnd(row.maxVnd),
      per: row.per,
      article: row.article.trim(),
    }));
    const empty = caps.findIndex((c) => c.percentOfCost === null && c.maxVnd === null);
    if (empty >= 0) return setProblem(t('caps.rowNeedOne', { n: String(empty + 1) }));
    setBusy(true);
    try {
      const saved = await api.saveCapVersion(head.code.trim().toUpperCase(), {
        nameVi: head.nameVi.trim(),
        ...(head.nameEn.trim() ? { nameEn: head.nameEn.trim() } : {}),
        effectiveFrom: head.effectiveFrom,
        caps,
      });
      onSaved(saved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="stack"
      data-testid="cap-version-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{editing ? t('caps.versionEditing', { code: editing.code }) : t('caps.versionAdd')}</h3>
      <p className="small muted">{t('caps.versionIntro')}</p>
      <ErrorMessage error={error} />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="field-row">
        <Field label={t('caps.versionCode')} hint={t('caps.versionCodeHint')}>
          {(id, describedBy) => (
            <input
              id={id}
              name="code"
              value={head.code}
              maxLength={40}
              readOnly={editing !== null}
              onChange={headText('code')}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field label={t('caps.versionEffective')}>
          {(id) => (
            <input
              id={id}
              name="effectiveFrom"
              type="date"
              value={head.effectiveFrom}
              onChange={headText('effectiveFrom')}
            />
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('caps.versionNameVi')} hint={t('caps.versionNameViHint')}>
          {(id, describedBy) => (
            <input
              id={id}
              name="nameVi"
              value={head.nameVi}
              maxLength={300}
              onChange={headText('nameVi')}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field label={t('caps.versionNameEn')}>
          {(id) => <input id={id} name="nameEn" value={head.nameEn} maxLength={300} onChange={headText('nameEn')} />}
        </Field>
      </div>
      <fieldset className="stack">
        <legend>{t('caps.versionRows')}</legend>
        {rows.map((row, index) => (
          <div className="field-row" key={index} data-cap-row={index}>
            <Field label={t('caps.category')}>
              {(id) => (
                <select
                  id={id}
                  name={`caps[${index}].category`}
                  value={row.category}
                  onChange={(e) => setRow(index, { category: e.target.value })}
                >
                  {reference.categories.map((c) => (
                    <option key={c.code} value={c.code}>
                      {labels.category(c.code)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('caps.percent')}>
              {(id) => (
                <input
                  id={id}
                  name={`caps[${index}].percentOfCost`}
                  inputMode="numeric"
                  value={row.percentOfCost}
                  onChange={(e) => setRow(index, { percentOfCost: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('caps.max')}>
              {(id) => (
                <MoneyInput
                  id={id}
                  name={`caps[${index}].maxVnd`}
                  value={row.maxVnd}
                  onChange={(value) => setRow(index, { maxVnd: value })}
                />
              )}
            </Field>
            <Field label={t('caps.per')}>
              {(id) => (
                <select
                  id={id}
                  name={`caps[${index}].per`}
                  value={row.per}
                  onChange={(e) => setRow(index, { per: e.target.value as Row['per'] })}
                >
                  <option value="MODEL">{t('caps.perModel')}</option>
                  <option value="ESTABLISHMENT">{t('caps.perEstablishment')}</option>
                </select>
              )}
            </Field>
            <Field label={t('caps.article')}>
              {(id) => (
                <input
                  id={id}
                  name={`caps[${index}].article`}
                  value={row.article}
                  maxLength={100}
                  onChange={(e) => setRow(index, { article: e.target.value })}
                />
              )}
            </Field>
            {rows.length > 1 && (
              <button
                type="button"
                className="button button-secondary"
                style={{ alignSelf: 'end', height: 'auto' }}
                onClick={() => setRows((old) => old.filter((_, i) => i !== index))}
              >
                {t('caps.removeRow')}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setRows((old) => [...old, { ...EMPTY_ROW, category: 'MACHINERY', per: 'ESTABLISHMENT' }])}
        >
          {t('caps.addRow')}
        </button>
      </fieldset>
      <div className="button-row">
        <button
          type="submit"
          className="button"
          disabled={busy || head.nameVi.trim().length < 5 || !head.effectiveFrom || head.code.trim().length < 3}
        >
          {t('caps.versionSave')}
        </button>
        {editing && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('caps.versionCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
