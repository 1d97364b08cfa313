import { MAX_REMIND_DAYS_BEFORE, longestMonth } from '@kc/domain/planning/calendar-policy';
import type { MilestoneDate, MilestoneOverride } from '../../../api/admin-types';
import type { Translate } from '../../../i18n/i18n';

/** One milestone's date as the form holds it (text from the inputs, checked before it is sent). */
export interface MilestoneDraft {
  yearOffset: '-1' | '0' | '1';
  month: string;
  day: string;
  remindDaysBefore: string;
}

export const DRAFT_FIELDS = ['yearOffset', 'month', 'day', 'remindDaysBefore'] as const;

export function draftOf(date: MilestoneDate): MilestoneDraft {
  return {
    yearOffset: String(date.yearOffset) as MilestoneDraft['yearOffset'],
    month: String(date.month),
    day: String(date.day),
    remindDaysBefore: String(date.remindDaysBefore),
  };
}

const wholeIn = (text: string, min: number, max: number): number | null => {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
};

/**
 * The override to send: only the fields that differ from the default, so a field left at its default keeps
 * following it; `reset` when none differ. Problems by field, in the page's language, when the draft cannot be sent.
 */
export function overrideOf(
  draft: MilestoneDraft,
  defaults: MilestoneDate,
  t: Translate,
): { override: MilestoneOverride | null; reset: boolean; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const month = wholeIn(draft.month, 1, 12);
  if (month === null) problems.month = t('admin.planCalendar.problem.month');
  const most = longestMonth(month ?? defaults.month);
  const day = wholeIn(draft.day, 1, most);
  if (day === null) problems.day = t('admin.planCalendar.problem.day', { max: most, month: month ?? defaults.month });
  const remind = wholeIn(draft.remindDaysBefore, 0, MAX_REMIND_DAYS_BEFORE);
  if (remind === null)
    problems.remindDaysBefore = t('admin.planCalendar.problem.remind', { max: MAX_REMIND_DAYS_BEFORE });
  if (Object.keys(problems).length || month === null || day === null || remind === null)
    return { override: null, reset: false, problems };
  const yearOffset = Number(draft.yearOffset) as -1 | 0 | 1;
  const override: MilestoneOverride = {
    ...(yearOffset !== defaults.yearOffset ? { yearOffset } : {}),
    ...(month !== defaults.month ? { month } : {}),
    ...(day !== defaults.day ? { day } : {}),
    ...(remind !== defaults.remindDaysBefore ? { remindDaysBefore: remind } : {}),
  };
  return Object.keys(override).length
    ? { override, reset: false, problems }
    : { override: null, reset: true, problems };
}
