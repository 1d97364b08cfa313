import type { components } from '../../api/schema';
import { formatDay, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { useLabels } from '../../reference/reference';
import { Link } from '../../router/router';

type LapseItem = components['schemas']['LapseRadarItemResponse'];

/** One row per project at risk: its code (to its page), where, who, the money at risk, and why. */
export function LapseRadarTable({ items }: { items: LapseItem[] }) {
  const { t, pick, locale } = useI18n();
  const labels = useLabels();
  return (
    <div className="table-wrap">
      <table className="table" aria-labelledby="lapse-table-title" data-testid="lapse-radar-table">
        <thead>
          <tr>
            <th scope="col">{t('lapse.project')}</th>
            <th scope="col">{t('projects.filter.province')}</th>
            <th scope="col">{t('lapse.unit')}</th>
            <th scope="col">{t('lapse.state')}</th>
            <th scope="col">{t('lapse.plannedEnd')}</th>
            <th scope="col" className="num">
              {t('lapse.approved')}
            </th>
            <th scope="col" className="num">
              {t('lapse.paid')}
            </th>
            <th scope="col" className="num">
              {t('lapse.atRisk')}
            </th>
            <th scope="col">{t('lapse.lastReport')}</th>
            <th scope="col">{t('lapse.reasons')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.projectId} data-code={item.code}>
              <td data-label={t('lapse.project')}>
                <Link to={`/projects/${item.projectId}`}>{item.code}</Link>
                <div className="small">{item.title}</div>
              </td>
              <td data-label={t('projects.filter.province')}>{labels.province(item.provinceCode)}</td>
              <td data-label={t('lapse.unit')}>{item.unitName}</td>
              <td data-label={t('lapse.state')}>{labels.state(item.state)}</td>
              <td data-label={t('lapse.plannedEnd')}>{formatDay(item.plannedEnd, locale)}</td>
              <td data-label={t('lapse.approved')} className="num money">
                {formatVnd(item.approvedSupportVnd)}
              </td>
              <td data-label={t('lapse.paid')} className="num money">
                {formatVnd(item.paidVnd)}
              </td>
              <td data-label={t('lapse.atRisk')} className="num money" data-testid="at-risk">
                {formatVnd(item.atRiskVnd)}
              </td>
              <td data-label={t('lapse.lastReport')}>
                {item.lastReportDay ? formatDay(item.lastReportDay, locale) : t('lapse.noReport')}
              </td>
              <td data-label={t('lapse.reasons')}>
                <ul className="plain-list">
                  {item.reasonLabels.map((reason) => (
                    <li key={reason.vi}>{pick(reason)}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
