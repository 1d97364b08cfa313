import { lastDayOfMonth } from '../calendar';
import { PROJECT_STATES, ProjectState } from '../lifecycle';
import { Span, describeSpanProblem } from './span';

/** How often the implementing unit reports, and when each report falls due. */
export type ReportCadence =
  /** Due on `dueDay` of every month (DOMAIN.md §8: "trước ngày 25 hằng tháng", read as the 25th inclusive). */
  | { kind: 'MONTHLY'; dueDay: number }
  /** Due on `dueDay` of the last month of each quarter. */
  | { kind: 'QUARTERLY'; dueDay: number }
  /** A fixed interval from the contract, for demos and tests (e.g. PT30S). */
  | { kind: 'EVERY'; every: string };

export interface ReportingPolicy {
  cadence: ReportCadence;
  /** Reminders to the unit this long before the due moment, furthest first (default 5 and 1 working days). */
  remindBefore: Span[];
  /** Overdue notices to the unit and the officer: at the due moment, then repeated every this long. */
  overdueRepeatEvery: Span;
  /** Escalation to the Department (the province's supervisors and approvers). */
  escalateLevel1After: Span;
  /** Two (by default) periods missed in a row escalate to the Department at once. */
  escalateLevel1AfterMissedInARow: number;
  /** Escalation to the national level (national projects) or the province's leadership (local ones). */
  escalateLevel2After: Span;
  /**
   * Level 3, a decision for the Minister (national) or the UBND chairman (local): "still unresolved after 30 days"
   * (DOMAIN.md §10.3). Counted, like levels 1 and 2, from the due moment (one scale of lateness: 5, 20, 30 working
   * days), and only ever after level 2. Absent in policies stored before it: DEFAULT_LEVEL_3_AFTER.
   */
  escalateLevel3After?: Span;
}

/** A waiting state's time limit; 'PLANNED_END' means the project's planned end date. */
export type StallLimit = Span | 'PLANNED_END';

export interface StallPolicy {
  limits: Partial<Record<ProjectState, StallLimit>>;
  /** ACCEPTED also stalls at the latest on this day of the next year (settlement cut-off, 22 January). */
  settlementCutoff: { month: number; day: number };
  escalateLevel1After: Span;
  escalateLevel2After: Span;
  /** As reporting.escalateLevel3After, counted from the state's time limit. */
  escalateLevel3After?: Span;
  /**
   * The completion target of the plan year (DOMAIN.md §10.3: 30/11): a contracted or running project that cannot
   * finish within its fiscal year is flagged at level 3 at the end of this day (see yearEndEscalation).
   * Absent in policies stored before it: DEFAULT_YEAR_END_CHECKPOINT.
   */
  yearEndCheckpoint?: { month: number; day: number };
  /**
   * The day of year N-1 by which the Department registers its national projects for plan year N with the Cục
   * (TT 36/2013 Art. 10.2 as amended by TT 17/2018: 20 June; 15 June before). It is the deadline of a national
   * project waiting in BASE_APPRAISAL for its registration. Absent in policies stored before it:
   * DEFAULT_NATIONAL_REGISTRATION_BY.
   */
  nationalRegistrationBy?: { month: number; day: number };
}

/** "Still unresolved after 30 days" (working days, from the due moment). */
export const DEFAULT_LEVEL_3_AFTER: Span = { workingDays: 30 };

/** 20 June of the year before the plan year (TT 17/2018 amending TT 36/2013 Art. 10.2). */
export const DEFAULT_NATIONAL_REGISTRATION_BY = { month: 6, day: 20 } as const;

/** 30 November of the plan year: the completion target (DOMAIN.md §10.3 year-end checkpoints). */
export const DEFAULT_YEAR_END_CHECKPOINT = { month: 11, day: 30 } as const;

export interface DeadlinePolicy {
  reporting: ReportingPolicy;
  stall: StallPolicy;
}

/** Defaults from issue #3 and DOMAIN.md §10.3; every number is data an admin may override. */
export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = {
  reporting: {
    cadence: { kind: 'MONTHLY', dueDay: 25 },
    remindBefore: [{ workingDays: 5 }, { workingDays: 1 }],
    overdueRepeatEvery: { workingDays: 5 },
    escalateLevel1After: { workingDays: 5 },
    escalateLevel1AfterMissedInARow: 2,
    escalateLevel2After: { workingDays: 20 },
    escalateLevel3After: DEFAULT_LEVEL_3_AFTER,
  },
  stall: {
    limits: {
      SUBMITTED: { workingDays: 10 },
      BASE_APPRAISAL: { workingDays: 15 },
      REGISTERED: { workingDays: 30 },
      MINISTRY_APPRAISAL: { workingDays: 30 },
      APPROVED: { days: 30 },
      CONTRACTED: { days: 90 },
      IN_PROGRESS: 'PLANNED_END',
      COMPLETED_WORK: { workingDays: 15 },
      ACCEPTED: { days: 15 },
      SUSPENSION_REQUESTED: { workingDays: 20 },
      CARRY_OVER_REQUESTED: { workingDays: 20 },
      REFUND_PENDING: { days: 30 },
    },
    settlementCutoff: { month: 1, day: 22 },
    escalateLevel1After: { workingDays: 5 },
    escalateLevel2After: { workingDays: 20 },
    escalateLevel3After: DEFAULT_LEVEL_3_AFTER,
    yearEndCheckpoint: DEFAULT_YEAR_END_CHECKPOINT,
    nationalRegistrationBy: DEFAULT_NATIONAL_REGISTRATION_BY,
  },
};

/** Every problem in a policy, each naming its path, so an admin sees all of them at once. */
export function validateDeadlinePolicy(policy: DeadlinePolicy): string[] {
  const problems: string[] = [];
  const span = (path: string, value: unknown) => {
    const problem = describeSpanProblem(value);
    if (problem) problems.push(`${path} ${problem}`);
  };
  // Like the API's whitelisting of DTO bodies: a misspelt field would otherwise be dropped without a word.
  const unknownFields = (path: string, value: unknown, known: string[]) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) problems.push(`${path ? `${path}.` : ''}${key} is not a known field`);
    }
  };
  unknownFields('', policy, ['reporting', 'stall']);
  unknownFields('reporting', policy?.reporting, [
    'cadence',
    'remindBefore',
    'overdueRepeatEvery',
    'escalateLevel1After',
    'escalateLevel1AfterMissedInARow',
    'escalateLevel2After',
    'escalateLevel3After',
  ]);
  unknownFields('reporting.cadence', policy?.reporting?.cadence, [
    'kind',
    policy?.reporting?.cadence?.kind === 'EVERY' ? 'every' : 'dueDay',
  ]);
  unknownFields('stall', policy?.stall, [
    'limits',
    'settlementCutoff',
    'escalateLevel1After',
    'escalateLevel2After',
    'escalateLevel3After',
    'yearEndCheckpoint',
    'nationalRegistrationBy',
  ]);
  unknownFields('stall.nationalRegistrationBy', policy?.stall?.nationalRegistrationBy, ['month', 'day']);
  unknownFields('stall.settlementCutoff', policy?.stall?.settlementCutoff, ['month', 'day']);
  unknownFields('stall.yearEndCheckpoint', policy?.stall?.yearEndCheckpoint, ['month', 'day']);
  const cadence = policy?.reporting?.cadence;
  if (!cadence || !['MONTHLY', 'QUARTERLY', 'EVERY'].includes(cadence.kind)) {
    problems.push('reporting.cadence.kind must be MONTHLY, QUARTERLY or EVERY');
  } else if (cadence.kind === 'EVERY') {
    span('reporting.cadence.every', { duration: cadence.every });
  } else if (!Number.isInteger(cadence.dueDay) || cadence.dueDay < 1 || cadence.dueDay > 31) {
    problems.push('reporting.cadence.dueDay must be a day of the month from 1 to 31');
  }
  const r = policy?.reporting;
  if (!Array.isArray(r?.remindBefore)) problems.push('reporting.remindBefore must be a list');
  else r.remindBefore.forEach((s, i) => span(`reporting.remindBefore[${i}]`, s));
  span('reporting.overdueRepeatEvery', r?.overdueRepeatEvery);
  span('reporting.escalateLevel1After', r?.escalateLevel1After);
  span('reporting.escalateLevel2After', r?.escalateLevel2After);
  if (r?.escalateLevel3After !== undefined) span('reporting.escalateLevel3After', r.escalateLevel3After);
  if (!Number.isInteger(r?.escalateLevel1AfterMissedInARow) || r.escalateLevel1AfterMissedInARow < 1) {
    problems.push('reporting.escalateLevel1AfterMissedInARow must be a whole number from 1');
  }
  const s = policy?.stall;
  for (const [state, limit] of Object.entries(s?.limits ?? {})) {
    // A misspelt state would silently have no limit at all.
    if (!(PROJECT_STATES as readonly string[]).includes(state))
      problems.push(`stall.limits.${state} is not a project state`);
    else if (limit !== 'PLANNED_END') span(`stall.limits.${state}`, limit);
  }
  // stallLimit builds a day from it every year, so 29 February (missing three years in four) is refused too.
  if (!isDayOfYear(s?.settlementCutoff)) {
    problems.push('stall.settlementCutoff must be a day of the year, e.g. {"month":1,"day":22}');
  }
  if (s?.yearEndCheckpoint !== undefined && !isDayOfYear(s.yearEndCheckpoint)) {
    problems.push('stall.yearEndCheckpoint must be a day of the year, e.g. {"month":11,"day":30}');
  }
  if (s?.nationalRegistrationBy !== undefined && !isDayOfYear(s.nationalRegistrationBy)) {
    problems.push('stall.nationalRegistrationBy must be a day of the year, e.g. {"month":6,"day":20}');
  }
  span('stall.escalateLevel1After', s?.escalateLevel1After);
  span('stall.escalateLevel2After', s?.escalateLevel2After);
  if (s?.escalateLevel3After !== undefined) span('stall.escalateLevel3After', s.escalateLevel3After);
  return problems;
}

function isDayOfYear(value: { month: number; day: number } | undefined): boolean {
  return (
    Number.isInteger(value?.month) &&
    value!.month >= 1 &&
    value!.month <= 12 &&
    Number.isInteger(value!.day) &&
    value!.day >= 1 &&
    value!.day <= lastDayOfMonth(2001, value!.month)
  );
}
