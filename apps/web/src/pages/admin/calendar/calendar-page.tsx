import { useEffect, useState } from 'react';
import { ErrorMessage } from '../../../components/error-message';
import { Field } from '../../../components/field';
import { Loading } from '../../../components/loading';
import { Section } from '../../../components/section';
import { SuccessMessage } from '../../../components/success-message';
import { formatDay, todayInVietnam } from '../../../format/format';
import { useLoad } from '../../../hooks/use-load';
import { useI18n } from '../../../i18n/i18n';
import { useApi } from '../../../session/session';
import '../admin.css';
import { DayListEditor, weekdayOf } from './day-list-editor';

function isWeekend(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The working calendar of a year: public holidays (read-only, named), the Department's days off and make-up days. */
export function CalendarPage() {
  const { t, pick, locale } = useI18n();
  const api = useApi();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - 1 + i);
  const [year, setYear] = useState(thisYear);
  const loaded = useLoad(() => api.calendar(year), [api, year]);
  const [extraDaysOff, setExtraDaysOff] = useState<string[]>([]);
  const [makeUpWorkdays, setMakeUpWorkdays] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const data = loaded.data?.year === year ? loaded.data : null;
  useEffect(() => {
    if (!data) return;
    setExtraDaysOff(data.extraDaysOff);
    setMakeUpWorkdays(data.makeUpWorkdays);
    setError(null);
  }, [data]);
  const holidays = new Set(data?.publicHolidays.map((h) => h.day) ?? []);
  const inYear = (day: string) => (day.startsWith(`${year}-`) ? null : t('admin.calendar.problem.year', { year }));

  const save = async () => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await api.saveCalendar(year, { extraDaysOff, makeUpWorkdays });
      setNotice(t('admin.calendar.saved', { year }));
      loaded.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="page" data-page="admin-calendar">
      <div className="page-head page-head-row">
        <div>
          <h1>{t('admin.calendar.title')}</h1>
          <p className="muted">{t('admin.calendar.intro')}</p>
        </div>
        <Field label={t('admin.calendar.year')}>
          {(id) => (
            <select id={id} name="year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorMessage error={loaded.error} />
      {!data ? (
        !loaded.error && <Loading />
      ) : (
        <div className="admin-grid">
          <Section title={t('admin.calendar.holidays', { year })}>
            <p className="muted small">{t('admin.calendar.holidaysIntro')}</p>
            <ul className="day-list" data-list="public-holidays">
              {data.publicHolidays.map((h) => (
                <li key={h.day} data-day={h.day}>
                  <span>
                    <strong>{formatDay(h.day, locale)}</strong>{' '}
                    <span className="muted">{weekdayOf(h.day, locale)}</span>
                  </span>
                  <span>{pick(h.name)}</span>
                </li>
              ))}
            </ul>
          </Section>
          <div>
            <Section title={t('admin.calendar.extraDaysOff')}>
              <p className="muted small">{t('admin.calendar.extraIntro')}</p>
              <DayListEditor
                name="extra-days-off"
                days={extraDaysOff}
                addLabel={t('admin.calendar.addExtra')}
                emptyText={t('admin.calendar.noneExtra')}
                check={(day) =>
                  inYear(day) ??
                  (holidays.has(day)
                    ? t('admin.calendar.problem.holiday')
                    : isWeekend(day)
                      ? t('admin.calendar.problem.weekend')
                      : makeUpWorkdays.includes(day)
                        ? t('admin.calendar.problem.both')
                        : null)
                }
                onChange={(days) => {
                  setExtraDaysOff(days);
                  setNotice(null);
                }}
              />
            </Section>
            <Section title={t('admin.calendar.makeUpWorkdays')}>
              <p className="muted small">{t('admin.calendar.makeUpIntro')}</p>
              <DayListEditor
                name="make-up-workdays"
                days={makeUpWorkdays}
                addLabel={t('admin.calendar.addMakeUp')}
                emptyText={t('admin.calendar.noneMakeUp')}
                check={(day) =>
                  inYear(day) ??
                  (!isWeekend(day)
                    ? t('admin.calendar.problem.notWeekend')
                    : extraDaysOff.includes(day)
                      ? t('admin.calendar.problem.both')
                      : null)
                }
                onChange={(days) => {
                  setMakeUpWorkdays(days);
                  setNotice(null);
                }}
              />
            </Section>
            <ErrorMessage error={error} title={t('common.refused')} />
            <SuccessMessage text={notice} />
            <div className="button-row">
              <button
                type="button"
                className="button button-primary"
                data-save="calendar"
                disabled={busy}
                onClick={() => void save()}
              >
                {busy ? t('common.sending') : t('admin.calendar.save', { year })}
              </button>
            </div>
            <p className="muted small">
              {t(
                data.source === 'STORED'
                  ? 'admin.calendar.sourceStored'
                  : data.source === 'BUILT_IN'
                    ? 'admin.calendar.sourceBuiltIn'
                    : 'admin.calendar.sourceNone',
              )}
            </p>
          </div>
        </div>
      )}
    </main>
  );
}
