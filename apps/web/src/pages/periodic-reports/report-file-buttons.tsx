import { useState } from 'react';
import type { ReportFileFormat } from '../../api/periodic-report-endpoints';
import { ErrorMessage } from '../../components/error-message';
import { saveFile } from '../../components/save-file';
import { useI18n } from '../../i18n/i18n';

const FORMATS: ReportFileFormat[] = ['docx', 'pdf', 'xlsx'];

/** "Tải DOCX", "Tải PDF", "Tải XLSX": the paper drawn by the API, saved under the name it gives. */
export function ReportFileButtons({
  id,
  fetchFile,
}: {
  id: string;
  fetchFile(format: ReportFileFormat): Promise<{ blob: Blob; name: string }>;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<ReportFileFormat | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (format: ReportFileFormat) => {
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
    <div data-testid={id}>
      <div className="button-row" role="group" aria-label={t('reports.formats')}>
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button button-small"
            data-format={format}
            disabled={busy !== null}
            onClick={() => void download(format)}
          >
            {busy === format ? t('reports.busy') : t('reports.download', { format: format.toUpperCase() })}
          </button>
        ))}
      </div>
      <ErrorMessage error={error} />
    </div>
  );
}
