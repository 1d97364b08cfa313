import type { Plan } from '../../api/types';
import { formatDay } from '../../format/format';
import { useI18n } from '../../i18n/i18n';

/** What a plan is: its level, province, status, the approving decision and who approves it. */
export function PlanFacts({ plan }: { plan: Plan }) {
  const { t, tCode, pick, locale } = useI18n();
  return (
    <dl className="facts" data-testid="plan-facts">
      <div>
        <dt>{t('plans.level')}</dt>
        <dd>{tCode('plans.level', plan.level)}</dd>
      </div>
      <div>
        <dt>{t('plans.province')}</dt>
        <dd>{plan.provinceName ?? t('common.none')}</dd>
      </div>
      <div>
        <dt>{t('plans.status')}</dt>
        <dd data-plan-status={plan.status}>{tCode('plans.status', plan.status)}</dd>
      </div>
      <div>
        <dt>{t('plans.decision')}</dt>
        <dd>
          {plan.decisionNo
            ? t('plans.decisionValue', { no: plan.decisionNo, date: formatDay(plan.decisionDate, locale) })
            : t('common.none')}
        </dd>
      </div>
      <div>
        <dt>{t('plans.approver')}</dt>
        <dd>{pick(plan.approver)}</dd>
      </div>
    </dl>
  );
}
