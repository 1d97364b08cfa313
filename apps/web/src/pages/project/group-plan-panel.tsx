import type { ProjectDetail } from '../../api/types';
import { Section } from '../../components/section';
import { formatDay, formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';

type Establishment = NonNullable<ProjectDetail['groupPlan']>['beneficiaries'][number];

/** What an establishment holds of the budget: its advances and final payments less what it refunded. */
const paidOf = (b: Establishment) => b.advancesVnd + b.finalPaymentsVnd - b.refundedVnd;

/**
 * A group project's implementation plan (Mẫu 11): each establishment with its site and support, what was accepted
 * for it (by the work done after force majeure, with who certified it) and what it was paid and refunded, and whether
 * the Department approved the plan.
 */
export function GroupPlanPanel({ project }: { project: ProjectDetail }) {
  const { t, locale } = useI18n();
  const plan = project.groupPlan;
  if (!project.group) return null;
  // The refund column shows only once an establishment was accepted by the work done.
  const refunds = plan?.beneficiaries.some((b) => b.workDone) ?? false;
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
                  {refunds && <th scope="col">{t('group.refund')}</th>}
                </tr>
              </thead>
              <tbody>
                {plan.beneficiaries.map((b) => (
                  <tr key={b.id} data-beneficiary={b.id}>
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
                      {b.workDone && (
                        <span className="work-done" data-testid="work-done">
                          <br />
                          {t('group.workDone', { name: b.workDone.certifierName })}
                        </span>
                      )}
                    </td>
                    <td className="num money">{formatVnd(paidOf(b))}</td>
                    {refunds && (
                      <td data-testid="refund">
                        {[
                          b.refundDueVnd > 0 ? t('group.refundDue', { amount: formatVnd(b.refundDueVnd) }) : null,
                          b.refundedVnd > 0 ? t('group.refunded', { amount: formatVnd(b.refundedVnd) }) : null,
                        ]
                          .filter(Boolean)
                          .join('; ')}
                      </td>
                    )}
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
                  <td className="num money">{formatVnd(plan.beneficiaries.reduce((sum, b) => sum + paidOf(b), 0))}</td>
                  {refunds && <td />}
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
