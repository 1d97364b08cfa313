import { useState } from 'react';
import type { MilestonePolicy } from '../../../api/admin-types';
import { Field } from '../../../components/field';
import { useI18n } from '../../../i18n/i18n';
import { FieldProblem, problemProps } from '../field-problem';
import { DRAFT_FIELDS, MilestoneDraft, draftOf } from './milestone-draft';

const OFFSETS: ReadonlyArray<MilestoneDraft['yearOffset']> = ['-1', '0', '1'];
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));

/**
 * One milestone's date in a form: the year of the plan (N-1, N, N+1), the month, the day and the reminder lead,
 * starting from the date that applies now; each problem (the page's check or the API's) under its field.
 */
export function MilestoneEditor({
  milestone,
  problems,
  busy,
  onSave,
  onCancel,
}: {
  milestone: MilestonePolicy;
  problems: Record<string, string>;
  busy: boolean;
  onSave(draft: MilestoneDraft): void;
  onCancel(): void;
}) {
  const { t, pick } = useI18n();
  const [draft, setDraft] = useState<MilestoneDraft>(() => draftOf(milestone.effective));
  const set = (change: Partial<MilestoneDraft>) => setDraft((old) => ({ ...old, ...change }));
  const label = (field: (typeof DRAFT_FIELDS)[number]) => t(`admin.planCalendar.field.${field}`);
  return (
    <form
      className="milestone-editor"
      data-editor={milestone.milestone}
      aria-label={t('admin.planCalendar.editTitle', { label: pick(milestone.label) })}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <div className="policy-grid">
        <Field label={label('yearOffset')}>
          {(id) => (
            <>
              <select
                id={id}
                name="yearOffset"
                value={draft.yearOffset}
                onChange={(e) => set({ yearOffset: e.target.value as MilestoneDraft['yearOffset'] })}
                {...problemProps(id, problems.yearOffset)}
              >
                {OFFSETS.map((o) => (
                  <option key={o} value={o}>
                    {t(`admin.planCalendar.offset.${o}`)}
                  </option>
                ))}
              </select>
              <FieldProblem id={id} text={problems.yearOffset} />
            </>
          )}
        </Field>
        <Field label={label('month')}>
          {(id) => (
            <>
              <select
                id={id}
                name="month"
                value={draft.month}
                onChange={(e) => set({ month: e.target.value })}
                {...problemProps(id, problems.month)}
              >
                {MONTHS.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
              <FieldProblem id={id} text={problems.month} />
            </>
          )}
        </Field>
        <Field label={label('day')} hint={t('admin.planCalendar.dayHint')}>
          {(id) => (
            <>
              <input
                id={id}
                name="day"
                inputMode="numeric"
                value={draft.day}
                onChange={(e) => set({ day: e.target.value })}
                {...problemProps(id, problems.day)}
              />
              <FieldProblem id={id} text={problems.day} />
            </>
          )}
        </Field>
        <Field label={label('remindDaysBefore')} hint={t('admin.planCalendar.remindHint')}>
          {(id) => (
            <>
              <input
                id={id}
                name="remindDaysBefore"
                inputMode="numeric"
                value={draft.remindDaysBefore}
                onChange={(e) => set({ remindDaysBefore: e.target.value })}
                {...problemProps(id, problems.remindDaysBefore)}
              />
              <FieldProblem id={id} text={problems.remindDaysBefore} />
            </>
          )}
        </Field>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" data-save="milestone" disabled={busy}>
          {busy ? t('common.sending') : t('admin.planCalendar.save')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
