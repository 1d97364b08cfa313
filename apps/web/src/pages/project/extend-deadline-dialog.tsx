import { useState } from 'react';
import type { ReportPeriod } from '../../api/types';
import { Field } from '../../components/field';
import { FormDialog } from '../../components/form-dialog';
import { formatDay } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';

/** The local day a deadline ends (it ends at 24:00 Asia/Ho_Chi_Minh, so the instant just before it). */
export function dueDayOf(period: ReportPeriod): string {
  return new Date(Date.parse(period.dueAt) - 1 + 7 * 3600_000).toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

interface Props {
  projectId: string;
  projectCode: string;
  period: ReportPeriod;
  onDone(message: string): void;
  onClose(): void;
}

/** POST /api/projects/:id/deadlines/extend for one report period: a new due day and the reason. */
export function ExtendDeadlineDialog({ projectId, projectCode, period, onDone, onClose }: Props) {
  const api = useApi();
  const { t, pick, locale } = useI18n();
  const current = dueDayOf(period);
  const [newDueDay, setNewDueDay] = useState(() => addDays(current, 7));
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [checkFailed, setCheckFailed] = useState(false);
  const label = pick(period.label);
  const submit = async () => {
    if (!newDueDay || newDueDay <= current || reason.trim() === '') {
      setError(new Error(t('extend.required')));
      setCheckFailed(true);
      return;
    }
    setCheckFailed(false);
    setBusy(true);
    setError(null);
    try {
      await api.extendDeadline(projectId, { periodKey: period.period, newDueDay, reason: reason.trim() });
      onDone(t('extend.done', { period: label, day: formatDay(newDueDay, locale) }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      title={t('extend.title', { period: label, code: projectCode })}
      errorTitle={checkFailed ? t('action.checkTitle') : t('action.refusedTitle')}
      submitLabel={t('extend.submit')}
      busy={busy}
      error={error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <p className="consequence">{t('extend.current', { due: formatDay(current, locale) })}</p>
      <Field label={t('extend.newDueDay')} hint={t('extend.newDueHint')}>
        {(id, describedBy) => (
          <input
            id={id}
            name="newDueDay"
            type="date"
            min={addDays(current, 1)}
            value={newDueDay}
            onChange={(event) => setNewDueDay(event.target.value)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field label={t('extend.reason')} hint={t('extend.reasonHint')}>
        {(id, describedBy) => (
          <textarea
            id={id}
            name="reason"
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-describedby={describedBy}
            autoFocus
          />
        )}
      </Field>
    </FormDialog>
  );
}
