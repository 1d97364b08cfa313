import type { MilestoneDate, MilestonePolicy } from '../../../api/admin-types';
import { formatDay } from '../../../format/format';
import { useI18n } from '../../../i18n/i18n';
import { weekdayOf } from '../calendar/day-list-editor';

/** "20/06 năm N-1 · nhắc trước 10 ngày": a milestone's date as the rule names it, relative to plan year N. */
export function useDateRule() {
  const { t } = useI18n();
  return (date: MilestoneDate) =>
    `${t('admin.planCalendar.date', {
      day: String(date.day).padStart(2, '0'),
      month: String(date.month).padStart(2, '0'),
      year: t(`admin.planCalendar.offset.${date.yearOffset}` as 'admin.planCalendar.offset.0'),
    })} · ${
      date.remindDaysBefore > 0
        ? t('admin.planCalendar.remind', { n: date.remindDaysBefore })
        : t('admin.planCalendar.noRemind')
    }`;
}

/** The local day of an instant that starts a day in Vietnam (a reminder's 00:00). */
function localDayOfStart(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** One milestone: its label and legal basis, the default and where it comes from, the own value, the day it is due. */
export function MilestoneRow({
  milestone: m,
  busy,
  onEdit,
  onReset,
}: {
  milestone: MilestonePolicy;
  busy: boolean;
  onEdit(): void;
  onReset(): void;
}) {
  const { t, pick, locale } = useI18n();
  const rule = useDateRule();
  const label = pick(m.label);
  return (
    <tr data-milestone={m.milestone} data-overridden={m.override ? 'true' : 'false'}>
      <td data-label={t('admin.planCalendar.milestone')}>
        <strong>{label}</strong>
        <br />
        <small className="muted">{t('admin.planCalendar.legal', { basis: m.legalBasis })}</small>
      </td>
      <td data-label={t('admin.planCalendar.default')} data-cell="default">
        {rule(m.default)}
        <br />
        <small className="muted">{t(`admin.planCalendar.source.${m.defaultSource}`)}</small>
      </td>
      <td data-label={t('admin.planCalendar.override')} data-cell="override">
        {m.override ? (
          <>
            <strong>{rule(m.effective)}</strong>
            {m.updatedAtLocal && (
              <>
                <br />
                <small className="muted">{t('admin.planCalendar.updated', { at: m.updatedAtLocal })}</small>
              </>
            )}
          </>
        ) : (
          <span className="muted">{t('admin.planCalendar.asDefault')}</span>
        )}
      </td>
      <td data-label={t('admin.planCalendar.effective')} data-cell="effective" data-due-day={m.effective.dueDay}>
        <strong>{formatDay(m.effective.dueDay, locale)}</strong>{' '}
        <span className="muted">{weekdayOf(m.effective.dueDay, locale)}</span>
        {m.effective.rolled && (
          <>
            <br />
            <small data-rolled-from={m.effective.nominalDay}>
              {t('admin.planCalendar.rolled', { day: formatDay(m.effective.nominalDay, locale) })}
            </small>
          </>
        )}
        {m.effective.remindAt && (
          <>
            <br />
            <small className="muted">
              {t('admin.planCalendar.remindOn', { day: formatDay(localDayOfStart(m.effective.remindAt), locale) })}
            </small>
          </>
        )}
      </td>
      <td data-label={t('admin.planCalendar.actions')}>
        <div className="button-row">
          <button
            type="button"
            className="button button-small"
            data-edit={m.milestone}
            aria-label={t('admin.planCalendar.editLabel', { label })}
            disabled={busy}
            onClick={onEdit}
          >
            {t('admin.planCalendar.edit')}
          </button>
          {m.override && (
            <button
              type="button"
              className="button button-small"
              data-reset={m.milestone}
              aria-label={t('admin.planCalendar.resetLabel', { label })}
              disabled={busy}
              onClick={onReset}
            >
              {t('admin.planCalendar.reset')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
