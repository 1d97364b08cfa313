import { FormEvent, useState } from 'react';
import { Field } from '../../../components/field';
import { SelectFilter } from '../../../components/select-filter';
import { useI18n } from '../../../i18n/i18n';

export interface AuditFilterValues {
  actorEmail: string;
  action: string;
  projectCode: string;
  kind: string;
  outcome: string;
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilterValues = {
  actorEmail: '',
  action: '',
  projectCode: '',
  kind: '',
  outcome: '',
  from: '',
  to: '',
};

const TEXT_FIELDS = [
  { name: 'actorEmail', label: 'admin.audit.filter.actor', type: 'search' },
  { name: 'action', label: 'admin.audit.filter.action', type: 'search' },
  { name: 'projectCode', label: 'admin.audit.filter.project', type: 'search' },
  { name: 'from', label: 'admin.audit.filter.from', type: 'date' },
  { name: 'to', label: 'admin.audit.filter.to', type: 'date' },
] as const;

/** Who, what, which project, outcome and days; applied with the button (text) or at once (lists). */
export function AuditFilters({ value, onApply }: { value: AuditFilterValues; onApply(v: AuditFilterValues): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const choose = (name: 'kind' | 'outcome') => (choice: string) => {
    const next = { ...draft, [name]: choice };
    setDraft(next);
    onApply(next);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t('admin.audit.filters')}>
      {TEXT_FIELDS.map((field) => (
        <Field key={field.name} label={t(field.label)}>
          {(id) => (
            <input
              id={id}
              name={field.name}
              type={field.type}
              value={draft[field.name]}
              onChange={(e) => setDraft({ ...draft, [field.name]: e.target.value })}
            />
          )}
        </Field>
      ))}
      <SelectFilter
        label={t('admin.audit.filter.kind')}
        name="kind"
        value={draft.kind}
        onChange={choose('kind')}
        options={[
          { value: 'LOGIN', label: t('admin.audit.kind.LOGIN') },
          { value: 'REQUEST', label: t('admin.audit.kind.REQUEST') },
        ]}
      />
      <SelectFilter
        label={t('admin.audit.filter.outcome')}
        name="outcome"
        value={draft.outcome}
        onChange={choose('outcome')}
        options={[
          { value: 'SUCCEEDED', label: t('admin.audit.outcome.SUCCEEDED') },
          { value: 'REFUSED', label: t('admin.audit.outcome.REFUSED') },
        ]}
      />
      <div className="filter-buttons">
        <button type="submit" className="button">
          {t('common.apply')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft(NO_AUDIT_FILTERS);
            onApply(NO_AUDIT_FILTERS);
          }}
        >
          {t('common.reset')}
        </button>
      </div>
    </form>
  );
}
