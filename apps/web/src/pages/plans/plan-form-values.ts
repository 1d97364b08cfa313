/**
 * The "Lập kế hoạch" form as typed, its checks before sending, and the body of POST /api/plans. Problems are keyed
 * by the API's field paths (provinceCode, lines.0.assignedVnd, …), so the form's own checks and the API's 400 show
 * in the same place.
 */
import { parseVnd } from '@kc/domain/money';
import { defaultFundingSource, type FundingSource, type PlanLevel } from '@kc/domain/plans/funding';
import type { PlanCreationTargets } from '@kc/domain/plans/plan-abilities';
import { ApiRequestError } from '../../api/http';
import type { PlanInput } from '../../api/types';
import type { Translate } from '../../i18n/i18n';

export interface PlanLineValues {
  /** Stable across removals, for React's list keys and the inputs' names. */
  key: number;
  category: string;
  fundingSource: FundingSource;
  /** As typed, grouped ("500.000.000"). */
  assigned: string;
}

export interface PlanFormValues {
  level: PlanLevel;
  year: string;
  provinceCode: string;
  title: string;
  lines: PlanLineValues[];
}

export type PlanFormProblems = Record<string, string>;

let nextKey = 1;

export function emptyLine(level: PlanLevel): PlanLineValues {
  return { key: nextKey++, category: '', fundingSource: defaultFundingSource(level), assigned: '' };
}

/** The levels the person may choose, the national plan first. */
export function levelsOf(targets: PlanCreationTargets): PlanLevel[] {
  return [
    ...(targets.national ? (['NATIONAL'] as const) : []),
    ...(targets.provinces.length ? (['LOCAL'] as const) : []),
  ];
}

export function initialPlanForm(targets: PlanCreationTargets, year: number): PlanFormValues {
  const level = levelsOf(targets)[0] ?? 'LOCAL';
  return {
    level,
    year: String(year),
    provinceCode: targets.provinces.length === 1 ? targets.provinces[0] : '',
    title: '',
    lines: [emptyLine(level)],
  };
}

/** What the API would refuse, found before sending (the API checks it all again). */
export function planFormProblems(values: PlanFormValues, t: Translate): PlanFormProblems {
  const found: PlanFormProblems = {};
  if (values.level === 'LOCAL' && !values.provinceCode) found.provinceCode = t('plans.problem.province');
  const seen = new Map<string, number>();
  values.lines.forEach((line, i) => {
    if (!line.category) found[`lines.${i}.category`] = t('plans.problem.category');
    if (parseVnd(line.assigned) === null) found[`lines.${i}.assignedVnd`] = t('plans.problem.amount');
    const pair = `${line.category}/${line.fundingSource}`;
    const first = seen.get(pair);
    if (line.category && first !== undefined) found[`lines.${i}`] = t('plans.problem.duplicate', { n: first + 1 });
    else seen.set(pair, i);
  });
  return found;
}

export function planInputOf(values: PlanFormValues): PlanInput {
  const title = values.title.trim();
  return {
    level: values.level,
    year: Number(values.year),
    ...(values.level === 'LOCAL' ? { provinceCode: values.provinceCode } : {}),
    ...(title ? { title } : {}),
    lines: values.lines.map((line) => ({
      category: line.category,
      fundingSource: line.fundingSource,
      assignedVnd: parseVnd(line.assigned) ?? 0,
    })),
  };
}

/**
 * The API's 400 by field path, each without the path the message starts with ("lines.0.category: lines[].category
 * phải là…" → "lines[].category phải là…"); none for any other refusal.
 */
export function serverProblems(error: unknown): PlanFormProblems {
  if (!(error instanceof ApiRequestError) || error.status !== 400) return {};
  const fields = (error.body as { fields?: Record<string, string> } | undefined)?.fields ?? {};
  const found: PlanFormProblems = {};
  for (const [path, message] of Object.entries(fields)) {
    found[path] = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  }
  return found;
}

/** The problems of one line (its category, source, amount, or the line as a whole). */
export function lineProblem(problems: PlanFormProblems, index: number, field?: string): string | undefined {
  return problems[field ? `lines.${index}.${field}` : `lines.${index}`];
}
