import { parseVnd } from '@kc/domain/money';
import { useState } from 'react';
import type { LocalSupportCap } from '../../api/money-endpoints';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { MoneyInput } from '../../components/money-input';
import { CategorySelect } from './category-select';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/reference';
import { useApi } from '../../session/session';
import { todayInVietnam } from '../../format/format';

/** The administrator enters a province's own cap for a plan year and content area (a share, a maximum or both). */
export function LocalCapForm({ onSaved }: { onSaved(saved: LocalSupportCap): void }) {
  const { t } = useI18n();
  const api = useApi();
  const reference = useReference();
  const [values, setValues] = useState({
    provinceCode: reference.provinces[0]?.code ?? 'HN',
    year: todayInVietnam().slice(0, 4),
    category: 'MACHINERY',
    percentOfCost: '',
    maxVnd: '',
    basis: '',
  });
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const text = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((old) => ({ ...old, [name]: event.target.value }));

  const save = async () => {
    setError(null);
    setProblem(null);
    const percent = values.percentOfCost.trim() === '' ? null : Number(values.percentOfCost.trim());
    const max = values.maxVnd.trim() === '' ? null : parseVnd(values.maxVnd);
    if (percent === null && max === null) return setProblem(t('caps.needOne'));
    setBusy(true);
    try {
      const saved = await api.saveLocalCap(values.provinceCode, Number(values.year), values.category, {
        percentOfCost: percent,
        maxVnd: max,
        basis: values.basis.trim(),
      });
      setValues((old) => ({ ...old, percentOfCost: '', maxVnd: '', basis: '' }));
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
      data-testid="local-cap-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{t('caps.add')}</h3>
      <ErrorMessage error={error} />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="field-row">
        <Field label={t('caps.province')}>
          {(id) => (
            <select id={id} name="provinceCode" value={values.provinceCode} onChange={text('provinceCode')}>
              {reference.provinces.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('caps.year')}>
          {(id) => <input id={id} name="year" inputMode="numeric" value={values.year} onChange={text('year')} />}
        </Field>
        <Field label={t('caps.category')}>
          {(id) => (
            <CategorySelect
              id={id}
              name="category"
              value={values.category}
              onChange={(category) => setValues((old) => ({ ...old, category }))}
            />
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('caps.percent')} hint={t('caps.percentHint')}>
          {(id, describedBy) => (
            <input
              id={id}
              name="percentOfCost"
              inputMode="numeric"
              value={values.percentOfCost}
              onChange={text('percentOfCost')}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field label={t('caps.max')} hint={t('caps.maxHint')}>
          {(id, describedBy) => (
            <MoneyInput
              id={id}
              name="maxVnd"
              value={values.maxVnd}
              onChange={(value) => setValues((old) => ({ ...old, maxVnd: value }))}
              describedBy={describedBy}
            />
          )}
        </Field>
      </div>
      <Field label={t('caps.basis')} hint={t('caps.basisHint')}>
        {(id, describedBy) => (
          <input
            id={id}
            name="basis"
            value={values.basis}
            maxLength={300}
            onChange={text('basis')}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={busy || values.basis.trim().length < 5}>
        {t('caps.save')}
      </button>
    </form>
  );
}
