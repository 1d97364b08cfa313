import { useState } from 'react';
import type { Plan } from '../../api/types';
import { Section } from '../../components/section';
import { SuccessMessage } from '../../components/success-message';
import { useI18n } from '../../i18n/i18n';
import { MoneyCards } from './money-figures';
import { PlanActionButtons } from './plan-action-buttons';
import { PlanAmendmentsTable } from './plan-amendments-table';
import { PlanFacts } from './plan-facts';
import { PlanLinesTable } from './plan-lines-table';
import { PlanRankings } from './plan-ranking-panel';

/**
 * One plan: its facts and figures, its lines with the order each line's candidates are considered in, the actions
 * the caller may take, and its amendments.
 */
export function PlanCard({ plan, onChanged }: { plan: Plan; onChanged(plan: Plan): void }) {
  const { t } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  return (
    <Section
      title={plan.title}
      id={`plan-${plan.id}`}
      actions={
        <PlanActionButtons
          plan={plan}
          onDone={(saved, action) => {
            setDone(t(`plans.done.${action}`, { title: saved.title }));
            onChanged(saved);
          }}
        />
      }
    >
      <SuccessMessage text={done} />
      <PlanFacts plan={plan} />
      <MoneyCards figures={plan} id={`plan-cards-${plan.id}`} />
      <PlanLinesTable plan={plan} />
      <PlanRankings plan={plan} />
      <PlanAmendmentsTable plan={plan} />
    </Section>
  );
}
