import { FormEvent, useEffect, useState } from 'react';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/reference';
import { NO_FILTERS, ProjectFilterValues } from './project-filter-values';

const SCOPES = ['LOCAL', 'NATIONAL'] as const;

interface Props {
  value: ProjectFilterValues;
  onApply(filters: ProjectFilterValues): void;
}

/** State, province, category, scope and a keyword; a choice in a list applies at once, the keyword on Enter. */
export function ProjectFilters({ value, onApply }: Props) {
  const { t, pick } = useI18n();
  const reference = useReference();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const choose = (name: keyof ProjectFilterValues) => (event: { target: { value: string } }) =>
    onApply({ ...draft, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t('projects.filters')}>
      <Field label={t('projects.filter.q')}>
        {(id) => (
          <input
            id={id}
            name="q"
            type="search"
            placeholder={t('projects.filter.qPlaceholder')}
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('projects.filter.state')}>
        {(id) => (
          <select id={id} name="state" value={draft.state} onChange={choose('state')}>
            <option value="">{t('common.all')}</option>
            {reference.states.map((s) => (
              <option key={s.code} value={s.code}>
                {pick(s)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('projects.filter.province')}>
        {(id) => (
          <select id={id} name="province" value={draft.province} onChange={choose('province')}>
            <option value="">{t('common.all')}</option>
            {reference.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('projects.filter.category')}>
        {(id) => (
          <select id={id} name="category" value={draft.category} onChange={choose('category')}>
            <option value="">{t('common.all')}</option>
            {reference.categories.map((c) => (
              <option key={c.code} value={c.code}>
                {pick(c)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('projects.filter.scope')}>
        {(id) => (
          <select id={id} name="scope" value={draft.scope} onChange={choose('scope')}>
            <option value="">{t('common.all')}</option>
            {SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {t(`scope.${scope}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="filter-buttons">
        <button type="submit" className="button button-primary">
          {t('common.apply')}
        </button>
        <button type="button" className="button" onClick={() => onApply(NO_FILTERS)}>
          {t('common.reset')}
        </button>
      </div>
    </form>
  );
}
