/**
 * The annual planning calendar of industrial promotion (DOMAIN.md §5, §10.3): every date of plan year N as a policy
 * value per level and province, with its legal basis, and the Civil Code roll-over (BLDS 2015 art. 148: a last day on
 * a weekend or public holiday moves to the next working day). Pure: the working calendar is passed in.
 */
import { CalendarDay, WorkingCalendar, addDays, endOfLocalDayUtc, startOfLocalDayUtc } from '../calendar';
import {
  DEFAULT_NATIONAL_REGISTRATION_BY,
  DEFAULT_YEAR_END_CHECKPOINT,
  StallPolicy,
} from '../deadlines/deadline-policy';
import { registrationDeadline } from '../deadlines/registration-deadline';

export type { PlanLevel } from '../plans/funding';
import type { PlanLevel } from '../plans/funding';

export const CALENDAR_MILESTONES = [
  'GUIDANCE',
  'DOSSIERS_TO_DEPARTMENT',
  'REGISTRATION_TO_CUC',
  'PLAN_APPROVAL',
  'NINE_MONTH_REVIEW',
  'COMPLETION_CHECKPOINT',
  'FISCAL_YEAR_END',
  'SETTLEMENT_CUTOFF',
] as const;
export type CalendarMilestone = (typeof CALENDAR_MILESTONES)[number];

/** A day of a year relative to the plan year N: yearOffset -1 is N-1, +1 is N+1. */
export interface MilestoneDate {
  yearOffset: -1 | 0 | 1;
  month: number;
  day: number;
  /** Calendar days before the (rolled) due day on which the reminder goes; 0 sends none. */
  remindDaysBefore: number;
}

export interface MilestoneDefinition extends MilestoneDate {
  label: { vi: string; en: string };
  legalBasis: string;
}

/** Per-province (or per-level) overrides of some milestones' dates, e.g. a province's own regulation for local plans. */
export type MilestoneOverrides = Partial<Record<CalendarMilestone, Partial<MilestoneDate>>>;

const NATIONAL_DEFAULTS: Record<CalendarMilestone, MilestoneDefinition> = {
  GUIDANCE: {
    yearOffset: -1,
    month: 3,
    day: 31,
    remindDaysBefore: 0,
    label: { vi: 'Hướng dẫn xây dựng kế hoạch khuyến công', en: 'Guidance for building the plan' },
    legalBasis: 'TT 46/2012/TT-BCT Điều 8 (đầu năm N-1; ngày là giá trị mặc định của hệ thống)',
  },
  DOSSIERS_TO_DEPARTMENT: {
    yearOffset: -1,
    month: 5,
    day: 20,
    remindDaysBefore: 10,
    label: { vi: 'Gửi hồ sơ đề án về Sở Công Thương', en: 'Dossiers to the Department' },
    legalBasis: 'TT 36/2013/TT-BCT Điều 10 khoản 1, sửa đổi bởi TT 17/2018/TT-BCT',
  },
  REGISTRATION_TO_CUC: {
    yearOffset: -1,
    ...DEFAULT_NATIONAL_REGISTRATION_BY,
    remindDaysBefore: 10,
    label: { vi: 'Sở Công Thương đăng ký kế hoạch với Cục', en: 'Registration with the Cục' },
    legalBasis: 'TT 36/2013/TT-BCT Điều 10 khoản 2, sửa đổi bởi TT 17/2018/TT-BCT',
  },
  PLAN_APPROVAL: {
    yearOffset: -1,
    month: 12,
    day: 31,
    remindDaysBefore: 15,
    label: { vi: 'Phê duyệt, giao kế hoạch khuyến công quốc gia', en: 'Plan approval' },
    legalBasis: 'TT 36/2013/TT-BCT Điều 11 (cuối năm N-1 / đầu năm N)',
  },
  NINE_MONTH_REVIEW: {
    yearOffset: 0,
    month: 9,
    day: 30,
    remindDaysBefore: 0,
    label: { vi: 'Rà soát 9 tháng', en: 'Nine-month review' },
    legalBasis: 'Chính sách của hệ thống: rà soát tiến độ giải ngân 9 tháng so với dự toán được giao',
  },
  COMPLETION_CHECKPOINT: {
    yearOffset: 0,
    ...DEFAULT_YEAR_END_CHECKPOINT,
    remindDaysBefore: 10,
    label: { vi: 'Mốc hoàn thành, nghiệm thu đề án', en: 'Completion checkpoint' },
    legalBasis: 'TT 36/2013/TT-BCT Điều 14 (nghiệm thu trong năm kế hoạch); mốc 30/11 là giá trị mặc định của hệ thống',
  },
  FISCAL_YEAR_END: {
    yearOffset: 0,
    month: 12,
    day: 31,
    remindDaysBefore: 10,
    label: { vi: 'Kết thúc năm ngân sách', en: 'Fiscal year end' },
    legalBasis: 'Luật Ngân sách nhà nước 2015 Điều 14 (năm ngân sách từ 01/01 đến 31/12)',
  },
  SETTLEMENT_CUTOFF: {
    yearOffset: 1,
    month: 1,
    day: 22,
    remindDaysBefore: 10,
    label: { vi: 'Thanh lý hợp đồng, quyết toán kinh phí', en: 'Settlement cut-off' },
    legalBasis: 'TT 36/2013/TT-BCT Điều 16; TTLT 26/2014 Điều 8 (chậm nhất 22/01 năm N+1)',
  },
};

/**
 * Local plans follow the same shape; the province's regulation sets its own days (DOMAIN §11), stored as overrides.
 * There is no registration with the Cục for a local plan, so that milestone sends nothing by default.
 */
const LOCAL_DEFAULTS: Record<CalendarMilestone, MilestoneDefinition> = {
  ...NATIONAL_DEFAULTS,
  REGISTRATION_TO_CUC: { ...NATIONAL_DEFAULTS.REGISTRATION_TO_CUC, remindDaysBefore: 0 },
  PLAN_APPROVAL: { ...NATIONAL_DEFAULTS.PLAN_APPROVAL, legalBasis: 'Quy chế quản lý kinh phí khuyến công địa phương của UBND tỉnh' },
};

export function milestoneDefaults(level: PlanLevel): Readonly<Record<CalendarMilestone, MilestoneDefinition>> {
  return level === 'NATIONAL' ? NATIONAL_DEFAULTS : LOCAL_DEFAULTS;
}

export interface CalendarEntry {
  milestone: CalendarMilestone;
  label: { vi: string; en: string };
  legalBasis: string;
  /** The day the rule names (e.g. 2025-06-20). */
  nominalDay: CalendarDay;
  /** The day it really falls due, rolled forward to a working day (BLDS 2015 art. 148). */
  dueDay: CalendarDay;
  /** End of the due day (24:00 Asia/Ho_Chi_Minh) as UTC ISO. */
  dueAt: string;
  /** Start of the reminder day (00:00 local) as UTC ISO, or null when the milestone sends no reminder. */
  remindAt: string | null;
  overridden: boolean;
}

/** Every milestone of plan year `year` for one level and province, in date order, the overrides applied. */
export function annualCalendar(
  year: number,
  level: PlanLevel,
  calendar: WorkingCalendar,
  overrides: MilestoneOverrides = {},
): CalendarEntry[] {
  const defaults = milestoneDefaults(level);
  return CALENDAR_MILESTONES.map((milestone) => {
    const own = overrides[milestone];
    const def = { ...defaults[milestone], ...own };
    const nominalDay = dayOf(year + def.yearOffset, def.month, def.day);
    const dueDay = calendar.dueDateByCivilCode(nominalDay);
    return {
      milestone,
      label: def.label,
      legalBasis: def.legalBasis,
      nominalDay,
      dueDay,
      dueAt: endOfLocalDayUtc(dueDay),
      remindAt: def.remindDaysBefore > 0 ? startOfLocalDayUtc(addDays(dueDay, -def.remindDaysBefore)) : null,
      overridden: own !== undefined && Object.keys(own).length > 0,
    };
  }).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/**
 * The dates the deadline policy already holds for a province (the stall clock's): the registration with the Cục
 * (stall.nationalRegistrationBy, read through registrationDeadline as the stall clock reads it), the 30/11 completion
 * checkpoint and the 22/01 settlement cut-off. They are the calendar's defaults for that province, so the calendar
 * and the project workflows never disagree; calendar_policies overrides come on top.
 */
export function deadlinePolicyMilestones(
  year: number,
  stall: Partial<Pick<StallPolicy, 'nationalRegistrationBy' | 'yearEndCheckpoint' | 'settlementCutoff'>>,
): MilestoneOverrides {
  const registration = registrationDeadline(
    { scope: 'NATIONAL', state: 'BASE_APPRAISAL', plannedStart: `${year}-01-01` },
    stall,
  )!;
  const [, month, day] = registration.dueDay.split('-').map(Number);
  const out: MilestoneOverrides = { REGISTRATION_TO_CUC: { month, day } };
  if (stall.yearEndCheckpoint) out.COMPLETION_CHECKPOINT = { ...stall.yearEndCheckpoint };
  if (stall.settlementCutoff) out.SETTLEMENT_CUTOFF = { ...stall.settlementCutoff };
  return out;
}

/** The years whose holidays the calendar of plan year N needs. */
export function calendarYearsOf(year: number): number[] {
  return [year - 1, year, year + 1];
}

/** Problems in a stored override, each naming its field; an empty list is a valid override. */
export function validateCalendarOverrides(overrides: MilestoneOverrides): string[] {
  const problems: string[] = [];
  for (const [milestone, o] of Object.entries(overrides)) {
    if (!(CALENDAR_MILESTONES as readonly string[]).includes(milestone)) {
      problems.push(`${milestone} is not a calendar milestone`);
      continue;
    }
    if (!o) continue;
    if (o.yearOffset !== undefined && ![-1, 0, 1].includes(o.yearOffset))
      problems.push(`${milestone}.yearOffset must be -1, 0 or 1`);
    if (o.month !== undefined && (!Number.isInteger(o.month) || o.month < 1 || o.month > 12))
      problems.push(`${milestone}.month must be 1 to 12`);
    if (o.day !== undefined && (!Number.isInteger(o.day) || o.day < 1 || o.day > 31))
      problems.push(`${milestone}.day must be 1 to 31`);
    if (o.remindDaysBefore !== undefined && (!Number.isInteger(o.remindDaysBefore) || o.remindDaysBefore < 0))
      problems.push(`${milestone}.remindDaysBefore must be a whole number of days, 0 or more`);
  }
  return problems;
}

function dayOf(year: number, month: number, day: number): CalendarDay {
  // A 31st in a 30-day month (an override) is read as the month's last day, as the Civil Code reads month ends.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
