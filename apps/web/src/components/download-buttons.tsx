import { useState } from 'react';
import type { ExportFormat } from '../api/endpoints';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from './error-message';
import { saveFile } from './save-file';

/** The buttons' wording: "Tải Excel" / "Tải CSV" by default; the queues keep their own "Xuất CSV" / "Xuất Excel". */
export interface DownloadTexts {
  formats: ReadonlyArray<{ format: ExportFormat; label: MessageKey }>;
  group: MessageKey;
  busy: MessageKey;
}

const DOWNLOAD_TEXTS: DownloadTexts = {
  formats: [
    { format: 'xlsx', label: 'download.xlsx' },
    { format: 'csv', label: 'download.csv' },
  ],
  group: 'download.label',
  busy: 'download.busy',
};

/** "Tải Excel" and "Tải CSV": what the page shows, as a file (the API's ?format=xlsx|csv on the same address). */
export function DownloadButtons({
  fetchFile,
  id,
  texts = DOWNLOAD_TEXTS,
}: {
  fetchFile(format: ExportFormat): Promise<{ blob: Blob; name: string }>;
  id?: string;
  texts?: DownloadTexts;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    try {
      const file = await fetchFile(format);
      saveFile(file.blob, file.name);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons" data-testid={id}>
      <div className="button-row" role="group" aria-label={t(texts.group)}>
        {texts.formats.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="button button-small"
            data-export={format}
            disabled={busy !== null}
            onClick={() => void download(format)}
          >
            {busy === format ? t(texts.busy) : t(label)}
          </button>
        ))}
      </div>
      <ErrorMessage error={error} />
    </div>
  );
}
