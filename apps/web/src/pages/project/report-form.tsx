import { FormEvent, useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../../api/http';
import type { ReportPeriod } from '../../api/types';
import { ErrorMessage } from '../../components/error-message';
import { EvidenceInput } from '../../components/evidence-input';
import { Field } from '../../components/field';
import { MoneyInput } from '../../components/money-input';
import { SuccessMessage } from '../../components/success-message';
import { parseWholeNumber } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';

interface Props {
  projectId: string;
  periods: ReportPeriod[];
  onSubmitted(): void;
  requestedPeriod?: string | null;
}

/** The period still waiting for a report comes first; a period already reported needs "correction". */
function defaultPeriod(periods: ReportPeriod[]): string {
  return (
    (periods.find((p) => !p.submittedAt && p.status !== 'OPEN') ?? periods.find((p) => !p.submittedAt) ?? periods[0])
      ?.period ?? ''
  );
}

/** POST /api/projects/:id/reports, for the implementing unit or the officer. */
export function ReportForm({ projectId, periods, onSubmitted, requestedPeriod = null }: Props) {
  const { t, pick } = useI18n();
  const api = useApi();
  const requested = periods.some((p) => p.period === requestedPeriod) ? requestedPeriod : null;
  const [period, setPeriod] = useState(() => requested ?? defaultPeriod(periods));
  const selected = periods.find((p) => p.period === period);
  const form = useRef<HTMLFormElement | null>(null);
  const wanted = requestedPeriod !== null;
  useEffect(() => {
    // Opened from the inbox or a project card (?report=…): bring the form into view, ready to type.
    if (!wanted || !form.current) return;
    form.current.scrollIntoView({ block: 'center' });
    form.current.querySelector<HTMLInputElement>('input[name=physicalProgressPct]')?.focus();
  }, [wanted]);
  const [progress, setProgress] = useState('');
  const [funds, setFunds] = useState('');
  const [issues, setIssues] = useState('');
  const [correction, setCorrection] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [evidence, setEvidence] = useState<File | null>(null);
  const [evidenceKey, setEvidenceKey] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const pct = parseWholeNumber(progress);
    const used = parseWholeNumber(funds);
    if (pct === null || pct > 100) return setError(new Error(t('reportForm.invalidPct')));
    if (used === null) return setError(new Error(t('reportForm.invalidFunds')));
    setBusy(true);
    setError(null);
    try {
      const receipt = await api.submitReport(projectId, {
        period,
        physicalProgressPct: pct,
        fundsUsedVnd: used,
        issues: issues.trim() || undefined,
        correction: correction || undefined,
      });
      setDone(
        t('reportForm.done', {
          period: receipt.periodKey,
          version: receipt.version,
          timing: receipt.onTime ? t('reportForm.onTime') : t('reportForm.late'),
        }),
      );
      setIssues('');
      if (evidence) {
        // The report stands whatever happens to its evidence: a refused file is said, not hidden.
        await api
          .uploadAttachment(projectId, evidence, { kind: 'REPORT', reportPeriod: period })
          .then(() => {
            setEvidence(null);
            setEvidenceKey((k) => k + 1);
          })
          .catch((err: unknown) =>
            setError(new Error(t('attachments.evidenceFailed', { message: err instanceof Error ? err.message : '' }))),
          );
      }
      onSubmitted();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="report-form" id="report-form" ref={form} onSubmit={submit} noValidate>
      <h3>{selected ? t('reportForm.titleFor', { label: pick(selected.label) }) : t('reportForm.title')}</h3>
      <div className="field-row">
        <Field label={t('reportForm.period')}>
          {(id) => (
            <select id={id} name="period" value={period} onChange={(e) => setPeriod(e.target.value)}>
              {periods.map((p) => (
                <option key={p.period} value={p.period}>
                  {pick(p.label)} ({p.period})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('reportForm.progress')}>
          {(id) => (
            <input
              id={id}
              name="physicalProgressPct"
              inputMode="numeric"
              value={progress}
              onChange={(e) => setProgress(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('reportForm.funds')}>
          {(id, describedBy) => (
            <MoneyInput id={id} name="fundsUsedVnd" value={funds} onChange={setFunds} describedBy={describedBy} />
          )}
        </Field>
      </div>
      <Field label={t('reportForm.issues')}>
        {(id) => <textarea id={id} name="issues" rows={3} value={issues} onChange={(e) => setIssues(e.target.value)} />}
      </Field>
      <EvidenceInput onChange={setEvidence} resetKey={evidenceKey} />
      <label className="checkbox">
        <input
          type="checkbox"
          name="correction"
          checked={correction}
          onChange={(e) => setCorrection(e.target.checked)}
        />
        {t('reportForm.correction')}
      </label>
      <ErrorMessage error={error} title={error instanceof ApiRequestError ? t('common.refused') : undefined} />
      <SuccessMessage text={done} />
      <button type="submit" className="button button-primary" disabled={busy || !period}>
        {busy
          ? t('common.sending')
          : selected
            ? t('reportForm.titleFor', { label: pick(selected.label) })
            : t('reportForm.submit')}
      </button>
    </form>
  );
}
