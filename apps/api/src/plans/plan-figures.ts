import { type FundingSource, percentOfPlan, planLineLabel } from '@kc/domain';
import type { MoneyFigures, PlanLineRow } from '@kc/persistence';
import type { PlanFiguresResponse, PlanLineResponse } from './plan.responses';

const ZERO: MoneyFigures = {
  assignedVnd: '0',
  committedVnd: '0',
  approvedVnd: '0',
  contractedVnd: '0',
  advancedVnd: '0',
  settledVnd: '0',
};

/** Sums figures as bigint (a region's money passes 2^53 only in theory, but sums never go through floats). */
export function sumFigures(rows: ReadonlyArray<Partial<MoneyFigures>>): MoneyFigures {
  const total = { ...ZERO };
  for (const key of Object.keys(ZERO) as Array<keyof MoneyFigures>) {
    total[key] = rows.reduce((s, r) => s + BigInt(r[key] ?? '0'), 0n).toString();
  }
  return total;
}

/** The figures a person reads: disbursed = advanced + settled, percent of plan = disbursed ÷ assigned. */
export function figuresView(f: MoneyFigures): PlanFiguresResponse {
  const disbursed = BigInt(f.advancedVnd) + BigInt(f.settledVnd);
  return {
    assignedVnd: Number(f.assignedVnd),
    approvedVnd: Number(f.approvedVnd),
    contractedVnd: Number(f.contractedVnd),
    advancedVnd: Number(f.advancedVnd),
    settledVnd: Number(f.settledVnd),
    disbursedVnd: Number(disbursed),
    percentOfPlan: percentOfPlan(disbursed, BigInt(f.assignedVnd)),
  };
}

export function lineView(line: PlanLineRow, figures: MoneyFigures | undefined): PlanLineResponse {
  const held = figures ?? ZERO;
  const money = figuresView({ ...held, assignedVnd: String(line.assignedVnd) });
  return {
    id: line.id,
    category: line.category,
    fundingSource: line.fundingSource as FundingSource,
    label: planLineLabel(line.category, line.fundingSource),
    initialVnd: line.initialVnd,
    remainingVnd: line.assignedVnd - Number(held.committedVnd),
    ...money,
  };
}
