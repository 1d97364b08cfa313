import { useState } from 'react';
import type { ExportFormat } from '../../api/endpoints';
import type { QueueName } from '../../api/types';
import type { Query } from '../../api/http';
import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../i18n/i18n';
import { useApi } from '../../session/session';

const FORMATS: Array<{ format: ExportFormat; label: 'queue.exportCsv' | 'queue.exportXlsx' }> = [
  { format: 'csv', label: 'queue.exportCsv' },
  { format: 'xlsx', label: 'queue.exportXlsx' },
];

/** Saves a file the browser received with the token (a plain link could not send the Authorization header). */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The same queue and filters as CSV or Excel (format=csv|xlsx on the same URL). */
export function ExportButtons({ queue, query }: { queue: QueueName; query: Query }) {
  const { t } = useI18n();
  const api = useApi();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    try {
      const file = await api.exportQueue(queue, query, format);
      save(file.blob, file.name);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons">
      <div className="button-row" role="group" aria-label={t('queue.export')}>
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="button button-small"
            data-export={format}
            disabled={busy !== null}
            onClick={() => void download(format)}
          >
            {busy === format ? t('queue.exporting') : t(label)}
          </button>
        ))}
      </div>
      <ErrorMessage error={error} />
    </div>
  );
}
