import type { QueueName } from '../../api/types';
import type { Query } from '../../api/http';
import { DownloadButtons, type DownloadTexts } from '../../components/download-buttons';
import { useApi } from '../../session/session';

const QUEUE_TEXTS: DownloadTexts = {
  formats: [
    { format: 'csv', label: 'queue.exportCsv' },
    { format: 'xlsx', label: 'queue.exportXlsx' },
  ],
  group: 'queue.export',
  busy: 'queue.exporting',
};

/** The same queue and filters as CSV or Excel (format=csv|xlsx on the same URL). */
export function ExportButtons({ queue, query }: { queue: QueueName; query: Query }) {
  const api = useApi();
  return <DownloadButtons texts={QUEUE_TEXTS} fetchFile={(format) => api.exportQueue(queue, query, format)} />;
}
