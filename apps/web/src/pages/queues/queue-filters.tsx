import { FormEvent, useEffect, useState } from 'react';
import { Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/reference';
import { DAY_CHOICES, DEFAULT_QUEUE_FILTERS, LEVELS, PAGE_SIZES, QueueFilterValues, QueueKind } from './queue-kinds';

const SCOPES = ['LOCAL', 'NATIONAL'] as const;

interface Props {
  kind: QueueKind;
  value: QueueFilterValues;
  onApply(filters: QueueFilterValues): void;
}

/** Province, scope, category, officer, escalation level, page size (and days for the upcoming queue). */
export function QueueFilters({ kind, value, onApply }: Props) {
  const { t, pick } = useI18n();
  const reference = useReference();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const choose = (name: keyof QueueFilterValues) => (event: { target: { value: string } }) =>
    onApply({ ...draft, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t('queue.filters')}>
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
      <Field label={t('queue.filter.officer')}>
        {(id) => (
          <input
            id={id}
            name="officer"
            type="email"
            value={draft.officer}
            onChange={(e) => setDraft({ ...draft, officer: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('queue.filter.level')}>
        {(id) => (
          <select id={id} name="level" value={draft.level} onChange={choose('level')}>
            <option value="">{t('common.all')}</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {level === '0' ? t('queue.filter.level0') : t('escalations.level', { level })}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind.hasDays && (
        <Field label={t('queue.filter.days')}>
          {(id) => (
            <select id={id} name="days" value={draft.days} onChange={choose('days')}>
              {DAY_CHOICES.map((days) => (
                <option key={days} value={days}>
                  {days}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('queue.filter.limit')}>
        {(id) => (
          <select id={id} name="limit" value={draft.limit} onChange={choose('limit')}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="filter-buttons">
        <button type="submit" className="button button-primary">
          {t('common.apply')}
        </button>
        <button type="button" className="button" onClick={() => onApply(DEFAULT_QUEUE_FILTERS)}>
          {t('common.reset')}
        </button>
      </div>
    </form>
  );
}
