import { useState } from 'react';
import { Field } from '../../../components/field';
import { formatDay } from '../../../format/format';
import { useI18n } from '../../../i18n/i18n';
import { FieldProblem, problemProps } from '../field-problem';

/** The weekday of a calendar day in the current language ("Thứ Bảy"). */
export function weekdayOf(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An editable list of days: each with its weekday and a remove button, and a date field to add one. */
export function DayListEditor({
  name,
  days,
  addLabel,
  emptyText,
  check,
  onChange,
}: {
  name: string;
  days: string[];
  addLabel: string;
  emptyText: string;
  /** Why a day may not be added, or null. */
  check(day: string): string | null;
  onChange(days: string[]): void;
}) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const add = () => {
    const found = !draft
      ? t('admin.calendar.problem.pickDay')
      : days.includes(draft)
        ? t('admin.calendar.problem.listed')
        : check(draft);
    if (found) return setProblem(found);
    onChange([...days, draft].sort());
    setDraft('');
    setProblem(undefined);
  };
  return (
    <>
      {days.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="day-list" data-list={name}>
          {days.map((day) => (
            <li key={day} data-day={day}>
              <span>
                <strong>{formatDay(day, locale)}</strong> <span className="muted">{weekdayOf(day, locale)}</span>
              </span>
              <button
                type="button"
                className="button button-small"
                onClick={() => onChange(days.filter((d) => d !== day))}
                aria-label={t('admin.calendar.remove', { day: formatDay(day, locale) })}
              >
                {t('admin.calendar.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="add-day">
        <Field label={addLabel}>
          {(id) => (
            <>
              <input
                id={id}
                name={`${name}-new`}
                type="date"
                value={draft}
                onChange={(e) => {
                  setDraft(e.target.value);
                  setProblem(undefined);
                }}
                {...problemProps(id, problem)}
              />
              <FieldProblem id={id} text={problem} />
            </>
          )}
        </Field>
        <button type="button" className="button" data-add={name} onClick={add}>
          {t('admin.calendar.add')}
        </button>
      </div>
    </>
  );
}
