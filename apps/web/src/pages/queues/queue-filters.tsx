import { FormEvent, useEffect, useState } from 'react';
import { Field } from '../../components/field';
import { SelectFilter } from '../../components/select-filter';
import { useI18n } from '../../i18n/i18n';
import { useReference } from '../../reference/reference';
import { useSession } from '../../session/session';
import { escalationLevelText } from '../../escalations/level-label';
import {
  DAY_CHOICES,
  DEFAULT_QUEUE_FILTERS,
  ESCALATION_STATUS_CHOICES,
  LEVELS,
  PAGE_SIZES,
  QueueFilterValues,
  QueueKind,
} from './queue-kinds';

const SCOPES = ['LOCAL', 'NATIONAL'] as const;

interface Props {
  kind: QueueKind;
  value: QueueFilterValues;
  onApply(filters: QueueFilterValues): void;
}

/** Province, scope, category, officer, escalation level, page size (days for the upcoming queue, status for escalations). */
export function QueueFilters({ kind, value, onApply }: Props) {
  const { t, tCode, pick } = useI18n();
  const reference = useReference();
  const provincial = Boolean(useSession().user?.provinceCode);
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const choose = (name: keyof QueueFilterValues) => (choice: string) => onApply({ ...draft, [name]: choice });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t('queue.filters')}>
      {kind.handlesEscalations && (
        <SelectFilter
          label={t('queue.filter.status')}
          name="status"
          value={draft.status}
          onChange={choose('status')}
          allLabel={t('queue.filter.status.OPEN_ALL')}
          options={ESCALATION_STATUS_CHOICES.map((status) => ({
            value: status,
            label: status === 'ALL' ? t('queue.filter.status.ALL') : tCode('escalations.status', status),
          }))}
        />
      )}
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
        label={t('projects.filter.scope')}
        name="scope"
        value={draft.scope}
        onChange={choose('scope')}
        options={SCOPES.map((scope) => ({ value: scope, label: t(`scope.${scope}`) }))}
      />
      <SelectFilter
        label={t('projects.filter.category')}
        name="category"
        value={draft.category}
        onChange={choose('category')}
        options={reference.categories.map((c) => ({ value: c.code, label: pick(c) }))}
      />
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
      <SelectFilter
        label={t('queue.filter.level')}
        name="level"
        value={draft.level}
        onChange={choose('level')}
        options={LEVELS.map((level) => ({
          value: level,
          label: level === '0' ? t('queue.filter.level0') : escalationLevelText(t, Number(level)),
        }))}
      />
      {kind.hasDays && (
        <Field label={t('queue.filter.days')}>
          {(id) => (
            <select id={id} name="days" value={draft.days} onChange={(e) => choose('days')(e.target.value)}>
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
          <select id={id} name="limit" value={draft.limit} onChange={(e) => choose('limit')(e.target.value)}>
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
