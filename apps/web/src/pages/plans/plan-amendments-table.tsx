import type { Plan } from '../../api/types';
import { formatDateTime, formatDay, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';

/** "+100.000.000 ₫" or "−50.000.000 ₫" (a true minus sign). */
export function signedVnd(delta: number): string {
  return `${delta < 0 ? '−' : '+'}${formatVnd(Math.abs(delta))}`;
}

/** Every amendment of a plan, oldest first: the decision, the line, the change, why, who recorded it and when. */
export function PlanAmendmentsTable({ plan }: { plan: Plan }) {
  const { t, pick, locale } = useI18n();
  const headId = `plan-amendments-${plan.id}`;
  if (plan.status !== 'APPROVED' && plan.amendments.length === 0) return null;
  return (
    <>
      <h3 id={headId}>{t('plans.amendments')}</h3>
      {plan.amendments.length === 0 ? (
        <p className="muted">{t('plans.amendments.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-labelledby={headId} data-testid="plan-amendments">
            <thead>
              <tr>
                <th scope="col">{t('plans.amendments.decision')}</th>
                <th scope="col">{t('plans.amendments.line')}</th>
                <th scope="col" className="num">
                  {t('plans.amendments.change')}
                </th>
                <th scope="col">{t('plans.amendments.reason')}</th>
                <th scope="col">{t('plans.amendments.by')}</th>
                <th scope="col">{t('plans.amendments.at')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.amendments.map((a) => (
                <tr key={a.id} data-amendment-id={a.id}>
                  <td data-label={t('plans.amendments.decision')}>
                    {t('plans.decisionValue', { no: a.decisionNo, date: formatDay(a.decisionDate, locale) })}
                  </td>
                  <td data-label={t('plans.amendments.line')}>{pick(a.lineLabel)}</td>
                  <td
                    data-label={t('plans.amendments.change')}
                    className={a.deltaVnd < 0 ? 'num money delta-cut' : 'num money delta-add'}
                  >
                    {signedVnd(a.deltaVnd)}
                  </td>
                  <td data-label={t('plans.amendments.reason')}>{a.reason}</td>
                  <td data-label={t('plans.amendments.by')}>{a.createdByName || t('common.none')}</td>
                  <td data-label={t('plans.amendments.at')} className="nowrap">
                    <time dateTime={a.createdAt}>{formatDateTime(a.createdAt, locale)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
