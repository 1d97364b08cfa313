import type { ProjectDetail } from '../../api/types';
import { Section } from '../../components/section';
import { formatDay, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';

/**
 * A group project's implementation plan (Mẫu 11): each establishment with its site and support, what was accepted
 * for it and what it was paid, and whether the Department approved the plan.
 */
export function GroupPlanPanel({ project }: { project: ProjectDetail }) {
  const { t, locale } = useI18n();
  const plan = project.groupPlan;
  if (!project.group) return null;
  return (
    <Section title={t('group.title')} id="group-plan">
      {!plan ? (
        <p className="muted">{t('group.none')}</p>
      ) : (
        <>
          <p data-testid="group-plan-status">
            {plan.approval
              ? t('group.approved', {
                  no: plan.approval.decisionNo,
                  day: formatDay(plan.approval.decisionDate, locale),
                })
              : t('group.pending')}
          </p>
          <div className="table-scroll">
            <table data-testid="group-plan">
              <thead>
                <tr>
                  <th scope="col">{t('group.id')}</th>
                  <th scope="col">{t('group.name')}</th>
                  <th scope="col">{t('group.site')}</th>
                  <th scope="col" className="num">
                    {t('group.support')}
                  </th>
                  <th scope="col">{t('group.accepted')}</th>
                  <th scope="col" className="num">
                    {t('group.paid')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.beneficiaries.map((b) => (
                  <tr key={b.id}>
                    <td>{b.id}</td>
                    <th scope="row">{b.name}</th>
                    <td>{b.site}</td>
                    <td className="num money">{formatVnd(b.supportVnd)}</td>
                    <td>
                      {b.acceptedVnd === null
                        ? t('group.notAccepted')
                        : t('group.acceptedValue', {
                            amount: formatVnd(b.acceptedVnd),
                            no: b.minutesNo ?? '',
                            day: b.minutesDate ? formatDay(b.minutesDate, locale) : '',
                          })}
                    </td>
                    <td className="num money">{formatVnd(b.advancesVnd + b.finalPaymentsVnd)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>
                    {t('group.total')}
                  </th>
                  <td className="num money">{formatVnd(plan.totalSupportVnd)}</td>
                  <td />
                  <td className="num money">
                    {formatVnd(plan.beneficiaries.reduce((sum, b) => sum + b.advancesVnd + b.finalPaymentsVnd, 0))}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
