import { Fragment, useEffect, useState } from 'react';
import type { CalendarLevel, CalendarPolicies, CalendarScope, MilestonePolicy } from '../../../api/admin-types';
import { ErrorMessage } from '../../../components/error-message';
import { Field } from '../../../components/field';
import { Loading } from '../../../components/loading';
import { Section } from '../../../components/section';
import { SuccessMessage } from '../../../components/success-message';
import { todayInVietnam } from '../../../format/format';
import { useLoad } from '../../../hooks/use-load';
import { useI18n } from '../../../i18n/i18n';
import { useReference } from '../../../reference/reference';
import { useApi } from '../../../session/session';
import '../admin.css';
import { fieldProblems } from '../field-problems';
import { DRAFT_FIELDS, MilestoneDraft, overrideOf } from './milestone-draft';
import { MilestoneEditor } from './milestone-editor';
import { MilestoneRow } from './milestone-row';

const LEVELS: readonly CalendarLevel[] = ['NATIONAL', 'LOCAL'];

/**
 * "Mốc kế hoạch năm" (issue 14): every date of the annual plan calendar, per level and per province, with its
 * default, the own value and the day it is due in the chosen plan year after the Civil Code roll-over; each edited in
 * place or reset to its default.
 */
export function PlanCalendarPage() {
  const { t, pick } = useI18n();
  const api = useApi();
  const reference = useReference();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - 1 + i);
  const [level, setLevel] = useState<CalendarLevel>('NATIONAL');
  const [provinceCode, setProvinceCode] = useState('');
  const [year, setYear] = useState(thisYear);
  const scope: CalendarScope = { level, year, ...(provinceCode ? { provinceCode } : {}) };
  const loaded = useLoad(() => api.calendarPolicies(scope), [api, level, provinceCode, year]);
  const [editing, setEditing] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const data = loaded.data;
  useEffect(() => {
    setEditing(null);
    setProblems({});
    setError(null);
    setNotice(null);
  }, [level, provinceCode, year]);

  /** Runs a write; its answer is the new view of the scope. */
  const write = async (run: () => Promise<CalendarPolicies & { notifiedCalendars: string[] }>, done: string) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const saved = await run();
      loaded.setData(saved);
      setEditing(null);
      setProblems({});
      setNotice(
        saved.notifiedCalendars.length
          ? `${done} ${t('admin.planCalendar.notified', { n: saved.notifiedCalendars.length })}`
          : done,
      );
    } catch (err) {
      setError(err);
      setProblems(fieldProblems(err, DRAFT_FIELDS));
    } finally {
      setBusy(false);
    }
  };

  const save = (m: MilestonePolicy, draft: MilestoneDraft) => {
    const label = pick(m.label);
    const { override, reset, problems: found } = overrideOf(draft, m.default, t);
    setProblems(found);
    setError(null);
    if (Object.keys(found).length) return;
    if (reset && !m.override) {
      setEditing(null);
      setNotice(t('admin.planCalendar.unchanged', { label }));
      return;
    }
    void write(
      () =>
        override ? api.saveCalendarPolicy(scope, m.milestone, override) : api.resetCalendarPolicy(scope, m.milestone),
      t(override ? 'admin.planCalendar.saved' : 'admin.planCalendar.resetDone', { label }),
    );
  };

  return (
    <main className="page" data-page="admin-plan-calendar">
      <div className="page-head">
        <h1>{t('admin.planCalendar.title')}</h1>
        <p className="muted">{t('admin.planCalendar.intro')}</p>
      </div>
      <div className="field-row">
        <Field label={t('admin.planCalendar.level')}>
          {(id) => (
            <select id={id} name="level" value={level} onChange={(e) => setLevel(e.target.value as CalendarLevel)}>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`admin.planCalendar.level.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('admin.planCalendar.province')}>
          {(id) => (
            <select id={id} name="provinceCode" value={provinceCode} onChange={(e) => setProvinceCode(e.target.value)}>
              <option value="">{t('admin.planCalendar.allProvinces')}</option>
              {reference.provinces.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('admin.planCalendar.year')}>
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
      <ErrorMessage error={error} title={t('common.refused')} />
      <SuccessMessage text={notice} />
      {!data ? (
        !loaded.error && <Loading />
      ) : (
        <Section
          title={t('admin.planCalendar.milestones', { year: data.year })}
          actions={
            data.milestones.some((m) => m.override) && (
              <button
                type="button"
                className="button button-small"
                data-reset="all"
                disabled={busy}
                onClick={() => void write(() => api.resetCalendarPolicy(scope), t('admin.planCalendar.resetAllDone'))}
              >
                {t('admin.planCalendar.resetAll')}
              </button>
            )
          }
        >
          <div className="table-wrap">
            <table className="table" data-testid="plan-calendar">
              <thead>
                <tr>
                  <th>{t('admin.planCalendar.milestone')}</th>
                  <th>{t('admin.planCalendar.default')}</th>
                  <th>{t('admin.planCalendar.override')}</th>
                  <th>{t('admin.planCalendar.effective')}</th>
                  <th>{t('admin.planCalendar.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.milestones.map((m) => (
                  <Fragment key={m.milestone}>
                    <MilestoneRow
                      milestone={m}
                      busy={busy}
                      onEdit={() => {
                        setEditing(m.milestone);
                        setProblems({});
                        setError(null);
                      }}
                      onReset={() =>
                        void write(
                          () => api.resetCalendarPolicy(scope, m.milestone),
                          t('admin.planCalendar.resetDone', { label: pick(m.label) }),
                        )
                      }
                    />
                    {editing === m.milestone && (
                      <tr className="milestone-editor-row">
                        <td colSpan={5}>
                          <MilestoneEditor
                            milestone={m}
                            problems={problems}
                            busy={busy}
                            onSave={(draft) => save(m, draft)}
                            onCancel={() => {
                              setEditing(null);
                              setProblems({});
                            }}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      )}
    </main>
  );
}
