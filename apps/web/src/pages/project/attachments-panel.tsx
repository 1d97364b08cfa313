import { useState } from 'react';
import type { Attachment, AttachmentKind } from '../../api/attachment-endpoints';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { saveFile } from '../../components/save-file';
import { Section } from '../../components/section';
import { SuccessMessage } from '../../components/success-message';
import { formatDateTime, formatNumber } from '../../format/format';
import { useLoad } from '../../hooks/use-load';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';

const KINDS: readonly AttachmentKind[] = ['CONTRACT', 'MINUTES', 'DECISION', 'REPORT', 'INVOICE', 'PHOTO', 'OTHER'];
const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

/** "12,4 KB" / "3,2 MB" (decimal comma in Vietnamese). */
export function fileSize(bytes: number, locale: string): string {
  return bytes >= 1024 * 1024
    ? `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`
    : `${formatNumber(Math.max(bytes / 1024, 0.1), locale, 1)} KB`;
}

/**
 * "Hồ sơ đính kèm": the evidence on the project (name, type, size, the start of its SHA-256, who uploaded it and
 * when), each downloadable; upload for those the capability table lets (mayUpload), delete with a confirmation for
 * its uploader or a Department leader (mayDelete).
 */
export function AttachmentsPanel({ projectId, version }: { projectId: string; version?: string }) {
  const { t, pick, locale } = useI18n();
  const api = useApi();
  // Reloaded when the project changes: an action's evidence is uploaded right after the action.
  const list = useLoad(() => api.attachments(projectId), [api, projectId, version]);
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [kind, setKind] = useState<AttachmentKind>('OTHER');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const max = list.data ? fileSize(list.data.maxBytes, locale) : '';

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await work());
      list.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const upload = () =>
    run(async () => {
      if (!file) throw new Error(t('attachments.chooseFile'));
      if (list.data && file.size > list.data.maxBytes) throw new Error(t('attachments.tooLarge', { max }));
      const kept = await api.uploadAttachment(projectId, file, { kind, note: note.trim() || undefined });
      setFile(null);
      setNote('');
      setInputKey((k) => k + 1);
      return t('attachments.uploaded', { name: kept.fileName });
    });

  const download = (a: Attachment) =>
    run(async () => {
      const got = await api.downloadAttachment(a);
      saveFile(got.blob, got.name);
      return '';
    });

  const remove = (a: Attachment) => {
    if (!window.confirm(t('attachments.confirmDelete', { name: a.fileName }))) return;
    void run(async () => {
      await api.deleteAttachment(a.id);
      return t('attachments.deleted', { name: a.fileName });
    });
  };

  const items = list.data?.items ?? [];
  return (
    <Section title={t('attachments.title')} id="attachments">
      {list.data && (
        <p className="small muted">{t('attachments.intro', { types: list.data.allowedTypes.join(', '), max })}</p>
      )}
      <ErrorMessage error={list.error ?? error} />
      <SuccessMessage text={notice || null} />
      {list.data && items.length === 0 && <p className="muted">{t('attachments.empty')}</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="attachments">
            <thead>
              <tr>
                <th scope="col">{t('attachments.name')}</th>
                <th scope="col">{t('attachments.type')}</th>
                <th scope="col">{t('attachments.size')}</th>
                <th scope="col">{t('attachments.sha')}</th>
                <th scope="col">{t('attachments.uploader')}</th>
                <th scope="col">{t('attachments.time')}</th>
                <th scope="col">{t('attachments.links')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id} data-attachment={a.id}>
                  <td>
                    {a.fileName}
                    <div className="small muted">
                      {t(`attachments.kind.${a.kind}`)}
                      {a.note ? ` · ${a.note}` : ''}
                    </div>
                  </td>
                  <td>{TYPE_LABELS[a.contentType] ?? a.contentType}</td>
                  <td>{fileSize(a.size, locale)}</td>
                  <td>
                    <code title={a.sha256}>{a.sha256.slice(0, 12)}…</code>
                  </td>
                  <td>
                    {a.uploadedBy.fullName ?? a.uploadedBy.email}
                    <div className="small muted">{pick(a.uploadedBy.positionLabel)}</div>
                  </td>
                  <td>{formatDateTime(a.uploadedAt, locale)}</td>
                  <td>
                    <div className="button-row">
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={t('attachments.downloadOf', { name: a.fileName })}
                        disabled={busy}
                        onClick={() => void download(a)}
                      >
                        {t('attachments.download')}
                      </button>
                      {a.mayDelete && (
                        <button
                          type="button"
                          className="button button-small button-secondary"
                          aria-label={t('attachments.deleteOf', { name: a.fileName })}
                          disabled={busy}
                          onClick={() => remove(a)}
                        >
                          {t('attachments.delete')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data?.mayUpload && (
        <form
          className="attachment-form"
          onSubmit={(e) => {
            e.preventDefault();
            void upload();
          }}
        >
          <Field label={t('attachments.file')}>
            {(id) => (
              <input
                key={inputKey}
                id={id}
                name="file"
                type="file"
                accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </Field>
          <Field label={t('attachments.kind')}>
            {(id) => (
              <select id={id} name="kind" value={kind} onChange={(e) => setKind(e.target.value as AttachmentKind)}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`attachments.kind.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('attachments.note')}>
            {(id) => (
              <input id={id} name="note" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
            )}
          </Field>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('attachments.busy') : t('attachments.upload')}
          </button>
        </form>
      )}
    </Section>
  );
}
