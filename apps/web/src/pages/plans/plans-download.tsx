import { DownloadButtons } from '../../components/download-buttons';
import { useApi } from '../../session/session';

/** The plans of the year shown, one row per plan line, as Excel or CSV. */
export function PlansDownload({ year }: { year: number }) {
  const api = useApi();
  return <DownloadButtons id="plans-download" fetchFile={(format) => api.download('/plans', { year }, format)} />;
}
