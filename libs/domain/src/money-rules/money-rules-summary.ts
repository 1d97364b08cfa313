/**
 * What the project page shows of a project's money rules: the cap on its support with the figure it allows, the
 * rule of its first advance and whether its condition holds now, and the last certified progress report.
 */
import type { LifecycleStatus, ProjectFacts } from '../project';
import type { BilingualText } from '../project-rules';
import { advanceConditionUnmet, paidOnRegistration } from '../disbursements';
import { describeAdvanceCondition } from './advance-rules';
import { describeSupportCap, supportLimitVnd } from './support-caps';
import type { CertifiedProgress } from './project-money-rules';

export interface MoneyRulesSummary {
  priorityArea: boolean;
  /** Null: the content area has no cap, or the project was created before the rule tables. */
  supportCap: { source: 'NATIONAL' | 'LOCAL'; limitVnd: number; rule: BilingualText; verified: boolean } | null;
  /** Null: a project created before the rule tables (a single 70% advance cap). */
  advance: { percent: number; condition: BilingualText; citation: BilingualText; conditionMet: boolean } | null;
  certifiedProgress: CertifiedProgress | null;
  /** Support for forming an enterprise: paid 100% after base acceptance, each payment naming the registration. */
  enterpriseFormation: boolean;
}

export function moneyRulesSummary(
  facts: Pick<ProjectFacts, 'moneyRules' | 'priorityArea' | 'totalCostVnd'>,
  status: Pick<LifecycleStatus, 'certifiedProgress' | 'acceptance'>,
): MoneyRulesSummary {
  const rules = facts.moneyRules;
  const cap = rules?.supportCap ?? null;
  return {
    priorityArea: facts.priorityArea ?? false,
    supportCap: cap
      ? {
          source: cap.source,
          limitVnd: supportLimitVnd(cap, facts.totalCostVnd),
          rule: describeSupportCap(cap),
          verified: cap.verified,
        }
      : null,
    advance: rules
      ? {
          percent: rules.advance.percent,
          condition: describeAdvanceCondition(rules.advance.condition),
          citation: rules.advance.citation,
          conditionMet: advanceConditionUnmet(facts, status) === null,
        }
      : null,
    certifiedProgress: status.certifiedProgress ?? null,
    enterpriseFormation: paidOnRegistration(facts),
  };
}
