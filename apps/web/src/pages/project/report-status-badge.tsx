import type { ReportStatus } from '../../api/types';
import { Badge, Tone } from '../../components/badge';
import { useI18n } from '../../i18n/i18n';

const TONES: Record<ReportStatus, Tone> = { ON_TIME: 'good', LATE: 'warn', MISSING: 'bad', OPEN: 'info' };

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useI18n();
  return (
    <span data-report-status={status}>
      <Badge tone={TONES[status]}>{t(`reports.status.${status}`)}</Badge>
    </span>
  );
}
