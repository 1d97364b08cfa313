import type { components } from '../../api/schema';
import { DownloadButtons } from '../../components/download-buttons';
import { useApi } from '../../session/session';

type Dashboard = components['schemas']['DashboardResponse'];

/** The plan figures shown (the year, the region or province of the view, how provinces are read) as Excel or CSV. */
export function PlanFiguresDownload({ data }: { data: Dashboard }) {
  const api = useApi();
  const query = {
    year: data.year,
    region: data.region?.key,
    provinceCode: data.provinceCode ?? undefined,
    provinceBy: data.provinceBy === 'CURRENT' ? data.provinceBy : undefined,
  };
  return (
    <DownloadButtons id="plan-figures-download" fetchFile={(format) => api.download('/dashboard', query, format)} />
  );
}
