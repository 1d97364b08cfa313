import { FormEvent, useEffect, useState } from 'react';
import { Field } from '../../components/field';
import { SelectFilter } from '../../components/select-filter';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/reference';
import { useSession } from '../../session/session';
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
  const provincial = Boolean(useSession().user?.provinceCode);
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const choose = (name: keyof ProjectFilterValues) => (choice: string) => onApply({ ...draft, [name]: choice });
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
      <SelectFilter
        label={t('projects.filter.state')}
        name="state"
        value={draft.state}
        onChange={choose('state')}
        options={reference.states.map((s) => ({ value: s.code, label: pick(s) }))}
      />
      {/* A provincial user's reach is one province: no province to choose. */}
      {!provincial && (
        <SelectFilter
          label={t('projects.filter.province')}
          name="province"
          value={draft.province}
          onChange={choose('province')}
          options={reference.provinces.map((p) => ({ value: p.code, label: p.name }))}
        />
      )}
      <SelectFilter
        label={t('projects.filter.category')}
        name="category"
        value={draft.category}
        onChange={choose('category')}
        options={reference.categories.map((c) => ({ value: c.code, label: pick(c) }))}
      />
      <SelectFilter
        label={t('projects.filter.scope')}
        name="scope"
        value={draft.scope}
        onChange={choose('scope')}
        options={SCOPES.map((scope) => ({ value: scope, label: t(`scope.${scope}`) }))}
      />
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
