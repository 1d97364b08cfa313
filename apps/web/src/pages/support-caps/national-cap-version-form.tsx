import { groupAsTyped, parseVnd } from '@kc/domain/money';
import { useState } from 'react';
import type { CapInstrument, NationalCapVersionInput } from '../../api/money-endpoints';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { MoneyInput } from '../../components/money-input';
import { CategorySelect } from './category-select';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';
import { AdvanceRow, VersionAdvanceRows, advanceInputs, advanceRowsOf } from './version-advance-rows';

/** "1,5" read as a whole number of `unit`ths (×100 for the factor's percent, ×10 for per mille); null when blank. */
function decimalIn(text: string, unit: number): number | null | 'bad' {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Math.round(Number(trimmed) * unit);
  return /^\d+(\.\d+)?$/.test(trimmed) && Number.isFinite(value) ? value : 'bad';
}

/** A whole number of `unit`ths written back as a clerk types it: 25 per mille → "2,5". */
function decimalOut(value: number | undefined, unit: number): string {
  return value === undefined ? '' : String(value / unit).replace('.', ',');
}

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
  const [head, setHead] = useState({
    code: editing?.code ?? '',
    nameVi: editing?.name.vi ?? '',
    nameEn: editing && editing.name.en !== editing.name.vi ? editing.name.en : '',
    effectiveFrom: editing?.effectiveFrom ?? '',
  });
  const [rows, setRows] = useState<Row[]>(() => rowsOf(editing));
  const [advances, setAdvances] = useState<AdvanceRow[]>(() => advanceRowsOf(editing));
  const [shares, setShares] = useState({
    priorityFactor: decimalOut(editing?.priorityFactorPercent?.value, 100),
    unitOverhead: decimalOut(editing?.unitOverheadPermille?.value, 10),
    programmeManagement: decimalOut(editing?.programmeManagementPermille?.value, 10),
  });
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
    const advanceRows = advanceInputs(advances);
    if ('problem' in advanceRows)
      return setProblem(t('caps.advanceRowIncomplete', { n: String(advanceRows.problem + 1) }));
    const priorityFactorPercent = decimalIn(shares.priorityFactor, 100);
    const unitOverheadPermille = decimalIn(shares.unitOverhead, 10);
    const programmeManagementPermille = decimalIn(shares.programmeManagement, 10);
    if ([priorityFactorPercent, unitOverheadPermille, programmeManagementPermille].includes('bad')) {
      return setProblem(t('caps.shareInvalid'));
    }
    setBusy(true);
    try {
      const saved = await api.saveCapVersion(head.code.trim().toUpperCase(), {
        nameVi: head.nameVi.trim(),
        ...(head.nameEn.trim() ? { nameEn: head.nameEn.trim() } : {}),
        effectiveFrom: head.effectiveFrom,
        caps,
        advances: advanceRows.advances,
        priorityFactorPercent: priorityFactorPercent as number | null,
        unitOverheadPermille: unitOverheadPermille as number | null,
        programmeManagementPermille: programmeManagementPermille as number | null,
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
                <CategorySelect
                  id={id}
                  name={`caps[${index}].category`}
                  value={row.category}
                  onChange={(category) => setRow(index, { category })}
                />
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
      <VersionAdvanceRows rows={advances} onChange={setAdvances} />
      <fieldset className="stack" data-testid="version-shares">
        <legend>{t('caps.versionShares')}</legend>
        <p className="small muted">{t('caps.versionSharesHint')}</p>
        <div className="field-row">
          {(
            [
              ['priorityFactor', 'caps.priorityFactorField', 'caps.priorityFactorHint'],
              ['unitOverhead', 'caps.unitOverheadField', 'caps.unitOverheadHint'],
              ['programmeManagement', 'caps.programmeManagementField', 'caps.programmeManagementHint'],
            ] as const
          ).map(([name, label, hint]) => (
            <Field key={name} label={t(label)} hint={t(hint)}>
              {(id, describedBy) => (
                <input
                  id={id}
                  name={name}
                  inputMode="decimal"
                  value={shares[name]}
                  aria-describedby={describedBy}
                  onChange={(e) => setShares((old) => ({ ...old, [name]: e.target.value }))}
                />
              )}
            </Field>
          ))}
        </div>
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
