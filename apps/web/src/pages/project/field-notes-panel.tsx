import { useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { Section } from '../../components/section';
import { SuccessMessage } from '../../components/success-message';
import { formatDay, todayInVietnam } from '../../format/format';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';
import { FieldProblem, problemProps } from '../admin/field-problem';
import { fieldProblems } from '../admin/field-problems';

const FIELDS = ['observedOn', 'text', 'photoRef'] as const;

/**
 * "Ghi chép hiện trường": the dated notes commune collaborators (and the Department officer) file on what they saw on
 * site, newest first, with the photo reference; the form shows for those the capability table lets write (mayWrite).
 */
export function FieldNotesPanel({ projectId }: { projectId: string }) {
  const { t, pick, locale } = useI18n();
  const api = useApi();
  const notes = useLoad(() => api.fieldNotes(projectId), [api, projectId]);
  const today = todayInVietnam();
  const [form, setForm] = useState({ observedOn: today, text: '', photoRef: '' });
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const problems = { ...fieldProblems(error, FIELDS), ...local };
  const set = (name: keyof typeof form) => (value: string) => {
    setForm((old) => ({ ...old, [name]: value }));
    setLocal((old) => ({ ...old, [name]: '' }));
  };

  const submit = async () => {
    const found: Record<string, string> = {};
    if (!form.text.trim() || form.text.length > 2000) found.text = t('fieldNotes.problem.text');
    if (form.observedOn > today) found.observedOn = t('fieldNotes.problem.future');
    setLocal(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await api.addFieldNote(projectId, {
        observedOn: form.observedOn,
        text: form.text.trim(),
        ...(form.photoRef.trim() ? { photoRef: form.photoRef.trim() } : {}),
      });
      setForm({ observedOn: today, text: '', photoRef: '' });
      setNotice(t('fieldNotes.added'));
      notes.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const items = notes.data?.items ?? [];
  return (
    <Section title={t('fieldNotes.title')} id="field-notes">
      <ErrorMessage error={notes.error} />
      {notes.data && items.length === 0 && <p className="muted">{t('fieldNotes.empty')}</p>}
      {items.length > 0 && (
        <ul className="plain-list" data-testid="field-notes">
          {items.map((n) => (
            <li key={n.id} className="field-note">
              <strong>{formatDay(n.observedOn, locale)}</strong>
              <p>{n.text}</p>
              {n.photoRef && <p className="muted small">{t('fieldNotes.photo', { ref: n.photoRef })}</p>}
              <p className="muted small">
                {t('fieldNotes.by', {
                  name: n.author.fullName ?? n.author.email,
                  position: pick(n.author.positionLabel),
                })}
                {n.author.organisationName && ` · ${n.author.organisationName}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {notes.data?.mayWrite && (
        <form
          className="field-note-form"
          // The form's own checks show their Vietnamese message under the field (the browser's would block the
          // submit on a day after `max` with its own bubble, and nothing in the form).
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <SuccessMessage text={notice} />
          {Object.keys(problems).filter((k) => problems[k]).length === 0 && <ErrorMessage error={error} />}
          <Field label={t('fieldNotes.observedOn')}>
            {(id) => (
              <>
                <input
                  id={id}
                  name="observedOn"
                  type="date"
                  max={today}
                  value={form.observedOn}
                  onChange={(e) => set('observedOn')(e.target.value)}
                  {...problemProps(id, problems.observedOn)}
                />
                <FieldProblem id={id} text={problems.observedOn} />
              </>
            )}
          </Field>
          <Field label={t('fieldNotes.text')}>
            {(id) => (
              <>
                <textarea
                  id={id}
                  name="text"
                  rows={3}
                  maxLength={2000}
                  value={form.text}
                  onChange={(e) => set('text')(e.target.value)}
                  {...problemProps(id, problems.text)}
                />
                <FieldProblem id={id} text={problems.text} />
              </>
            )}
          </Field>
          <Field label={t('fieldNotes.photoRef')} hint={t('fieldNotes.photoRefHint')}>
            {(id) => (
              <>
                <input
                  id={id}
                  name="photoRef"
                  maxLength={500}
                  value={form.photoRef}
                  onChange={(e) => set('photoRef')(e.target.value)}
                  {...problemProps(id, problems.photoRef)}
                />
                <FieldProblem id={id} text={problems.photoRef} />
              </>
            )}
          </Field>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('fieldNotes.add')}
          </button>
        </form>
      )}
    </Section>
  );
}
