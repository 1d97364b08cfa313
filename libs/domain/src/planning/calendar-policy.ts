/**
 * The annual calendar's dates as policy values (issue 14): the layers a milestone's date comes from, the checks an
 * override must pass, and the view an admin edits (the default, the override, the day it really falls due after the
 * Civil Code roll-over). Pure, like ./annual-calendar.ts; the stored layers are read by the caller.
 *
 * The layers, lowest first:
 *   1. the domain's table (milestoneDefaults, per level);
 *   2. the deadline policy's days for the level and province (deadlinePolicyMilestones: the stall clock's
 *      registration day, 30/11 checkpoint, 22/01 cut-off), so the calendar and the project workflows agree;
 *   3. the level's own override (calendar_policies, province_code '');
 *   4. the province's own override (calendar_policies, its code).
 * Each layer sets only the fields it names; a field it leaves out keeps the layer below.
 */
import { WorkingCalendar } from '../calendar';
import {
  CALENDAR_MILESTONES,
  CalendarEntry,
  CalendarMilestone,
  MilestoneDate,
  MilestoneOverrides,
  PlanLevel,
  annualCalendar,
  milestoneDefaults,
} from './annual-calendar';

export const MILESTONE_DATE_FIELDS = ['yearOffset', 'month', 'day', 'remindDaysBefore'] as const;
export type MilestoneDateField = (typeof MILESTONE_DATE_FIELDS)[number];

/** The longest reminder lead an admin may set (issue 14): two months before the due day. */
export const MAX_REMIND_DAYS_BEFORE = 60;

export function isCalendarMilestone(value: unknown): value is CalendarMilestone {
  return typeof value === 'string' && (CALENDAR_MILESTONES as readonly string[]).includes(value);
}

/** Only the fields a layer really sets (undefined and null are "not set"). */
function setFields(o: Partial<MilestoneDate> | undefined): Partial<MilestoneDate> {
  const out: Partial<MilestoneDate> = {};
  if (!o) return out;
  for (const field of MILESTONE_DATE_FIELDS) {
    const value = o[field];
    if (value !== undefined && value !== null) (out as Record<string, number>)[field] = value;
  }
  return out;
}

/** Layers merged field by field, lowest first: a later layer's field wins, a field it leaves out keeps the one below. */
export function mergeMilestoneOverrides(...layers: Array<MilestoneOverrides | undefined>): MilestoneOverrides {
  const out: MilestoneOverrides = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const milestone of CALENDAR_MILESTONES) {
      const own = setFields(layer[milestone]);
      if (Object.keys(own).length) out[milestone] = { ...out[milestone], ...own };
    }
  }
  return out;
}

/**
 * The most days the month can have. February has 29: in a common year 29/02 is read as 28/02, the month's last day,
 * as the Civil Code reads a period that ends on a day the month lacks (BLDS 2015 art. 147.2).
 */
export function longestMonth(month: number): number {
  return new Date(Date.UTC(2024, month, 0)).getUTCDate();
}

/** Each field's problem, "Vietnamese / English", starting with the field's name (the API's field messages). */
export const MILESTONE_FIELD_PROBLEMS: Record<MilestoneDateField, string> = {
  yearOffset: 'yearOffset phải là -1 (năm N-1), 0 (năm N) hoặc 1 (năm N+1) / yearOffset must be -1, 0 or 1',
  month: 'month phải là số nguyên từ 1 đến 12 / month must be a whole number from 1 to 12',
  day: 'day phải là số nguyên từ 1 đến 31 / day must be a whole number from 1 to 31',
  remindDaysBefore: `remindDaysBefore phải là số nguyên từ 0 đến ${MAX_REMIND_DAYS_BEFORE} / remindDaysBefore must be a whole number from 0 to ${MAX_REMIND_DAYS_BEFORE}`,
};

const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/**
 * The problems of one milestone's override, by field, each "Vietnamese / English"; empty when it may be stored.
 * The day is checked against the month the override names, or else the month it inherits (31 is refused for a
 * milestone whose month is June). An override that sets nothing is refused: resetting is a delete.
 */
export function milestoneOverrideProblems(
  override: Partial<Record<MilestoneDateField, unknown>>,
  inherited: Pick<MilestoneDate, 'month'>,
): Partial<Record<MilestoneDateField | 'override', string>> {
  const problems: Partial<Record<MilestoneDateField | 'override', string>> = {};
  const given = MILESTONE_DATE_FIELDS.filter((f) => override[f] !== undefined && override[f] !== null);
  if (given.length === 0) {
    problems.override =
      'Cần nêu ít nhất một trong yearOffset, month, day, remindDaysBefore; muốn trở về mặc định thì đặt lại (DELETE) / give at least one of yearOffset, month, day, remindDaysBefore; to go back to the default, reset it (DELETE)';
    return problems;
  }
  const { yearOffset, month, day, remindDaysBefore } = override;
  if (yearOffset !== undefined && yearOffset !== null && !(isWhole(yearOffset) && [-1, 0, 1].includes(yearOffset)))
    problems.yearOffset = MILESTONE_FIELD_PROBLEMS.yearOffset;
  const monthOk = isWhole(month) && month >= 1 && month <= 12;
  if (month !== undefined && month !== null && !monthOk) problems.month = MILESTONE_FIELD_PROBLEMS.month;
  if (day !== undefined && day !== null) {
    const inMonth = monthOk ? month : month === undefined || month === null ? inherited.month : null;
    const most = inMonth === null ? 31 : longestMonth(inMonth);
    if (!isWhole(day) || day < 1 || day > most) {
      problems.day =
        inMonth === null
          ? MILESTONE_FIELD_PROBLEMS.day
          : `day phải từ 1 đến ${most}: tháng ${inMonth} có ${most} ngày / day must be from 1 to ${most}, the days of month ${inMonth}`;
    }
  }
  if (
    remindDaysBefore !== undefined &&
    remindDaysBefore !== null &&
    !(isWhole(remindDaysBefore) && remindDaysBefore >= 0 && remindDaysBefore <= MAX_REMIND_DAYS_BEFORE)
  )
    problems.remindDaysBefore = MILESTONE_FIELD_PROBLEMS.remindDaysBefore;
  return problems;
}

/** Where a milestone's default (what applies without the edited override) comes from. */
export type MilestoneDefaultSource = 'BUILT_IN' | 'DEADLINE_POLICY' | 'LEVEL';

export interface MilestonePolicyView {
  milestone: CalendarMilestone;
  label: { vi: string; en: string };
  legalBasis: string;
  /** The date fields without the edited override: the domain's table with the layers below it applied. */
  default: MilestoneDate;
  defaultSource: MilestoneDefaultSource;
  /** The fields the edited scope sets itself, or null. */
  override: Partial<MilestoneDate> | null;
  /** The date as it applies to the plan year: the day named, the day it falls due after the roll-over, the reminder. */
  effective: MilestoneDate & Pick<CalendarEntry, 'nominalDay' | 'dueDay' | 'dueAt' | 'remindAt'> & { rolled: boolean };
}

/**
 * Every milestone of plan year `year` as an admin edits it: for the level (province absent, `levelOverrides` is the
 * edited scope) or for one province (`provinceOverrides` edited, the level's override part of its default).
 * Sorted by the day each falls due.
 */
export function calendarPolicyView(
  year: number,
  level: PlanLevel,
  calendar: WorkingCalendar,
  layers: {
    deadlinePolicy: MilestoneOverrides;
    levelOverrides?: MilestoneOverrides;
    /** Present when the view is a province's (even empty): the level's override is then part of the default. */
    provinceOverrides?: MilestoneOverrides;
  },
): MilestonePolicyView[] {
  const forProvince = layers.provinceOverrides !== undefined;
  const below = forProvince
    ? mergeMilestoneOverrides(layers.deadlinePolicy, layers.levelOverrides)
    : mergeMilestoneOverrides(layers.deadlinePolicy);
  const edited = mergeMilestoneOverrides(forProvince ? layers.provinceOverrides : layers.levelOverrides);
  const merged = mergeMilestoneOverrides(below, edited);
  const entries = annualCalendar(year, level, calendar, merged);
  const defaults = milestoneDefaults(level);
  return entries.map((entry) => {
    const m = entry.milestone;
    const { label, legalBasis, ...builtIn } = defaults[m];
    const inherited: MilestoneDate = { ...builtIn, ...below[m] };
    const source: MilestoneDefaultSource =
      forProvince && Object.keys(setFields(layers.levelOverrides?.[m])).length
        ? 'LEVEL'
        : Object.keys(setFields(layers.deadlinePolicy[m])).some(
              (f) => layers.deadlinePolicy[m]![f as MilestoneDateField] !== builtIn[f as MilestoneDateField],
            )
          ? 'DEADLINE_POLICY'
          : 'BUILT_IN';
    return {
      milestone: m,
      label,
      legalBasis,
      default: inherited,
      defaultSource: source,
      override: edited[m] ?? null,
      effective: {
        ...inherited,
        ...edited[m],
        nominalDay: entry.nominalDay,
        dueDay: entry.dueDay,
        dueAt: entry.dueAt,
        remindAt: entry.remindAt,
        rolled: entry.nominalDay !== entry.dueDay,
      },
    };
  });
}
