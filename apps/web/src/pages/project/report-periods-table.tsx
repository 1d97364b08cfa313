import type { ReportPeriod } from '../../api/types';
import { formatDue, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { ReportStatusBadge } from './report-status-badge';

/** Every report period: when it was due, when the report came, and the latest figures. */
export function ReportPeriodsTable({
  periods,
  onExtend,
}: {
  periods: ReportPeriod[];
  /** Given to the roles that may move a deadline: a "Gia hạn" button on each period still waiting for its report. */
  onExtend?(period: ReportPeriod): void;
}) {
  const { t, pick, locale } = useI18n();
  return (
    <table className="table">
      <thead>
        <tr>
          <th>{t('reports.period')}</th>
          <th>{t('reports.due')}</th>
          <th>{t('reports.submitted')}</th>
          <th>{t('reports.status')}</th>
          <th>{t('reports.progress')}</th>
          {onExtend && <th>{t('reports.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {periods.map((p) => {
          const latest = p.versions[p.versions.length - 1];
          return (
            <tr key={p.period} data-period={p.period}>
              <td data-label={t('reports.period')}>
                <strong>{pick(p.label)}</strong> <span className="muted small">{p.period}</span>
              </td>
              <td data-label={t('reports.due')}>
                {formatDue(p.dueAt, locale)}
                {p.extended && <span className="muted small"> ({t('reports.extended')})</span>}
              </td>
              <td data-label={t('reports.submitted')}>{p.submittedAtLocal ?? t('common.none')}</td>
              <td data-label={t('reports.status')}>
                <ReportStatusBadge status={p.status} />
              </td>
              <td data-label={t('reports.progress')}>
                {latest
                  ? t('reports.progressValue', {
                      pct: latest.physicalProgressPct,
                      funds: formatVnd(latest.fundsUsedVnd),
                    })
                  : t('common.none')}
                {p.versions.length > 1 && (
                  <span className="muted small"> · {t('reports.versions', { n: p.versions.length })}</span>
                )}
              </td>
              {onExtend && (
                <td data-label={t('reports.actions')}>
                  {!p.submittedAt && (
                    <button
                      type="button"
                      className="button button-small"
                      data-extend={p.period}
                      onClick={() => onExtend(p)}
                    >
                      {t('extend.button')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
