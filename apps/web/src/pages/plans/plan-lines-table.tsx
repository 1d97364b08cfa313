import type { Plan } from '../../api/types';
import { formatVnd } from '../../format/format';
import { useI18n } from '../../i18n/i18n';
import { usePercent } from './money-figures';

/** A plan's lines: the estimate when the plan was made, the assigned one after amendments, and what went on it. */
export function PlanLinesTable({ plan }: { plan: Plan }) {
  const { t, pick } = useI18n();
  const percent = usePercent();
  const headId = `plan-lines-${plan.id}`;
  const money = [
    ['plans.initial', 'initialVnd'],
    ['planFigures.assigned', 'assignedVnd'],
    ['planFigures.approved', 'approvedVnd'],
    ['planFigures.disbursed', 'disbursedVnd'],
    ['plans.remaining', 'remainingVnd'],
  ] as const;
  return (
    <>
      <h3 id={headId}>{t('plans.lines')}</h3>
      <div className="table-wrap">
        <table className="table" aria-labelledby={headId} data-testid="plan-lines">
          <thead>
            <tr>
              <th scope="col">{t('plans.line')}</th>
              {money.map(([label, key]) => (
                <th key={key} scope="col" className="num">
                  {t(label)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('planFigures.percent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.lines.map((line) => (
              <tr key={line.id} data-line-id={line.id}>
                <th scope="row" data-label={t('plans.line')}>
                  {pick(line.label)}
                </th>
                {money.map(([label, key]) => (
                  <td key={key} data-label={t(label)} data-figure={key} className="num money">
                    {formatVnd(line[key])}
                  </td>
                ))}
                <td data-label={t('planFigures.percent')} className="num">
                  {percent(line.percentOfPlan)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
