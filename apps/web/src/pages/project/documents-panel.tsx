import { useState } from 'react';
import type { DocumentForm, DocumentFormat, DocumentFormInfo } from '../../api/document-endpoints';
import type { ProjectDetail } from '../../api/types';
import { ErrorMessage } from '../../components/error-message';
import { saveFile } from '../../components/save-file';
import { Section } from '../../components/section';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';

const FORMATS: ReadonlyArray<{ format: DocumentFormat; label: 'documents.docx' | 'documents.pdf' }> = [
  { format: 'docx', label: 'documents.docx' },
  { format: 'pdf', label: 'documents.pdf' },
];

/**
 * "Văn bản, biểu mẫu": the papers the API can make in the project's state (Mẫu 3b from the contract, 5a and 6 from the
 * acceptance), each as DOCX and PDF; the others say what is missing. Reloaded when the project changes state.
 */
export function DocumentsPanel({ project }: { project: ProjectDetail }) {
  const api = useApi();
  const { t, pick } = useI18n();
  const forms = useLoad(() => api.documentForms(project.id), [api, project.id, project.state, project.updatedAt]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (form: DocumentForm, format: DocumentFormat) => {
    setBusy(`${form}.${format}`);
    setError(null);
    try {
      const file = await api.downloadDocument(project.id, form, format);
      saveFile(file.blob, file.name);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const list: DocumentFormInfo[] = forms.data ?? [];
  const available = list.filter((f) => f.available);
  const later = list.filter((f) => !f.available);
  return (
    <Section title={t('documents.title')} id="documents">
      <p className="small muted">{t('documents.intro')}</p>
      <ErrorMessage error={forms.error ?? error} />
      {forms.data && available.length === 0 && <p className="muted">{t('documents.none')}</p>}
      {available.length > 0 && (
        <ul className="document-list">
          {available.map((f) => (
            <li key={f.form} data-document={f.form}>
              <span>
                <strong>{f.template}</strong> · {pick(f.label)}
              </span>
              <div className="button-row" role="group" aria-label={t('documents.group', { form: pick(f.label) })}>
                {FORMATS.map(({ format, label }) => (
                  <button
                    key={format}
                    type="button"
                    className="button button-small"
                    data-format={format}
                    disabled={busy !== null}
                    onClick={() => void download(f.form, format)}
                  >
                    {busy === `${f.form}.${format}` ? t('documents.busy') : t(label)}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      {later.length > 0 && (
        <ul className="document-list muted small">
          {later.map((f) => (
            <li key={f.form} data-document={f.form} data-available="false">
              <span>
                <strong>{f.template}</strong> · {pick(f.label)} ({t('documents.later')}):{' '}
                {f.notReady ? pick(f.notReady) : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
