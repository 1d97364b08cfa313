/**
 * A deadline policy as the form edits it (texts, so a half-typed number is kept) and back, with every problem
 * named by the policy path the API uses (reporting.cadence.dueDay, stall.limits.SUBMITTED, …).
 */
import type { DeadlinePolicy, Span, StallLimit } from '../../../api/admin-types';
import type { Translate } from '../../../i18n/i18n';

export type SpanUnit = 'workingDays' | 'days' | 'duration';
export interface SpanDraft {
  unit: SpanUnit | 'PLANNED_END' | 'NONE';
  text: string;
}

export interface PolicyDraft {
  cadenceKind: 'MONTHLY' | 'QUARTERLY' | 'EVERY';
  dueDay: string;
  every: string;
  remindBefore: SpanDraft[];
  overdueRepeatEvery: SpanDraft;
  reportLevel1: SpanDraft;
  missedInARow: string;
  reportLevel2: SpanDraft;
  limits: Record<string, SpanDraft>;
  cutoffMonth: string;
  cutoffDay: string;
  registrationMonth: string;
  registrationDay: string;
  /** What the form does not edit (level 3, the year-end checkpoint), saved back as it was. */
  kept: { reporting: Partial<DeadlinePolicy['reporting']>; stall: Partial<DeadlinePolicy['stall']> };
  stallLevel1: SpanDraft;
  stallLevel2: SpanDraft;
}

/** 20 June (TT 17/2018), as the API's default for a stored policy that has no registration day. */
const REGISTRATION_DEFAULT = { month: 6, day: 20 };

function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A day of the year from day and month texts (29 February refused: it is missing three years in four). */
function dayOfYear(dayText: string, monthText: string): { month: number; day: number } | null {
  const month = wholeNumber(monthText, 1, 12);
  const day = wholeNumber(dayText, 1, 31);
  const lastDay = month ? new Date(Date.UTC(2001, month, 0)).getUTCDate() : 31;
  return month === null || day === null || day > lastDay ? null : { month, day };
}

function spanDraft(span: StallLimit | undefined): SpanDraft {
  if (span === undefined) return { unit: 'NONE', text: '' };
  if (span === 'PLANNED_END') return { unit: 'PLANNED_END', text: '' };
  if ('workingDays' in span) return { unit: 'workingDays', text: String(span.workingDays) };
  if ('days' in span) return { unit: 'days', text: String(span.days) };
  return { unit: 'duration', text: span.duration };
}

export function draftOf(policy: DeadlinePolicy, states: readonly string[]): PolicyDraft {
  const cadence = policy.reporting.cadence;
  return {
    cadenceKind: cadence.kind,
    dueDay: cadence.kind === 'EVERY' ? '25' : String(cadence.dueDay),
    every: cadence.kind === 'EVERY' ? cadence.every : 'PT30S',
    remindBefore: policy.reporting.remindBefore.map(spanDraft),
    overdueRepeatEvery: spanDraft(policy.reporting.overdueRepeatEvery),
    reportLevel1: spanDraft(policy.reporting.escalateLevel1After),
    missedInARow: String(policy.reporting.escalateLevel1AfterMissedInARow),
    reportLevel2: spanDraft(policy.reporting.escalateLevel2After),
    limits: Object.fromEntries(states.map((state) => [state, spanDraft(policy.stall.limits[state])])),
    cutoffMonth: String(policy.stall.settlementCutoff.month),
    cutoffDay: String(policy.stall.settlementCutoff.day),
    registrationMonth: String((policy.stall.nationalRegistrationBy ?? REGISTRATION_DEFAULT).month),
    registrationDay: String((policy.stall.nationalRegistrationBy ?? REGISTRATION_DEFAULT).day),
    kept: {
      reporting: defined({ escalateLevel3After: policy.reporting.escalateLevel3After }),
      stall: defined({
        escalateLevel3After: policy.stall.escalateLevel3After,
        yearEndCheckpoint: policy.stall.yearEndCheckpoint,
      }),
    },
    stallLevel1: spanDraft(policy.stall.escalateLevel1After),
    stallLevel2: spanDraft(policy.stall.escalateLevel2After),
  };
}

const DURATION = /^P(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

/** The policy the draft describes, or the problems that stop it, by path. */
export function policyOf(
  draft: PolicyDraft,
  t: Translate,
): { policy: DeadlinePolicy | null; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const span = (path: string, value: SpanDraft): Span | null => {
    if (value.unit === 'duration') {
      const text = value.text.trim().toUpperCase();
      if (!DURATION.test(text) || text === 'P' || text.endsWith('T') || !/\d/.test(text)) {
        problems[path] = t('admin.policy.problem.duration');
        return null;
      }
      return { duration: text };
    }
    const n = wholeNumber(value.text, 0, 3660);
    if (n === null) {
      problems[path] = t('admin.policy.problem.days');
      return null;
    }
    return value.unit === 'days' ? { days: n } : { workingDays: n };
  };
  const dueDay = wholeNumber(draft.dueDay, 1, 31);
  if (draft.cadenceKind !== 'EVERY' && dueDay === null)
    problems['reporting.cadence.dueDay'] = t('admin.policy.problem.dueDay');
  const every =
    draft.cadenceKind === 'EVERY' ? span('reporting.cadence.every', { unit: 'duration', text: draft.every }) : null;
  const remindBefore = draft.remindBefore.map((s, i) => span(`reporting.remindBefore[${i}]`, s));
  const overdueRepeatEvery = span('reporting.overdueRepeatEvery', draft.overdueRepeatEvery);
  const reportLevel1 = span('reporting.escalateLevel1After', draft.reportLevel1);
  const missed = wholeNumber(draft.missedInARow, 1, 120);
  if (missed === null) problems['reporting.escalateLevel1AfterMissedInARow'] = t('admin.policy.problem.missed');
  const reportLevel2 = span('reporting.escalateLevel2After', draft.reportLevel2);
  const limits: Record<string, StallLimit> = {};
  for (const [state, value] of Object.entries(draft.limits)) {
    if (value.unit === 'NONE') continue;
    if (value.unit === 'PLANNED_END') limits[state] = 'PLANNED_END';
    else {
      const limit = span(`stall.limits.${state}`, value);
      if (limit) limits[state] = limit;
    }
  }
  const cutoff = dayOfYear(draft.cutoffDay, draft.cutoffMonth);
  if (!cutoff) problems['stall.settlementCutoff'] = t('admin.policy.problem.cutoff');
  const registration = dayOfYear(draft.registrationDay, draft.registrationMonth);
  if (!registration) problems['stall.nationalRegistrationBy'] = t('admin.policy.problem.registration');
  const stallLevel1 = span('stall.escalateLevel1After', draft.stallLevel1);
  const stallLevel2 = span('stall.escalateLevel2After', draft.stallLevel2);
  if (Object.keys(problems).length > 0) return { policy: null, problems };
  return {
    problems,
    policy: {
      reporting: {
        ...draft.kept.reporting,
        cadence:
          draft.cadenceKind === 'EVERY'
            ? { kind: 'EVERY', every: (every as { duration: string }).duration }
            : { kind: draft.cadenceKind, dueDay: dueDay as number },
        remindBefore: remindBefore as Span[],
        overdueRepeatEvery: overdueRepeatEvery as Span,
        escalateLevel1After: reportLevel1 as Span,
        escalateLevel1AfterMissedInARow: missed as number,
        escalateLevel2After: reportLevel2 as Span,
      },
      stall: {
        ...draft.kept.stall,
        limits,
        settlementCutoff: cutoff as { month: number; day: number },
        nationalRegistrationBy: registration as { month: number; day: number },
        escalateLevel1After: stallLevel1 as Span,
        escalateLevel2After: stallLevel2 as Span,
      },
    },
  };
}
