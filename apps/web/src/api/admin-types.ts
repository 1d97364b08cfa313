/** The admin routes' shapes (accounts, deadline policies, the calendar, the system log), generated from the OpenAPI document. */
import type { components } from './schema';

type Schemas = components['schemas'];

export type UserAccount = Schemas['UserAccountResponse'];
export type UserPage = Schemas['UserPageResponse'];
export type NewUserAccount = Schemas['CreateUserDto'];
export type UserAccountChange = Schemas['ChangeUserDto'];
/** The generated password is shown once: the API keeps only its hash. Null when the admin typed the password. */
export type WithPassword = Schemas['WithPasswordResponse'];

export type Span = DeadlinePolicy['reporting']['overdueRepeatEvery'];
export type StallLimit = DeadlinePolicy['stall']['limits'][string];
export type DeadlinePolicy = Schemas['DeadlinePolicyBody'];
export type DeadlinePolicies = Schemas['DeadlinePoliciesResponse'];
export type SavedDeadlinePolicy = Schemas['SavedDeadlinePolicyResponse'];
export type YearCalendar = Schemas['YearCalendarResponse'];
export type CalendarDays = Schemas['CalendarOverridesDto'];

/** The annual plan calendar's dates per level and province ("Mốc kế hoạch năm"). */
export type CalendarPolicies = Schemas['CalendarPoliciesResponse'];
export type MilestonePolicy = Schemas['MilestonePolicyResponse'];
export type MilestoneDate = Schemas['MilestoneDateResponse'];
export type MilestoneOverride = Schemas['MilestoneOverrideDto'];
export type CalendarMilestone = Schemas['CalendarMilestone'];
export type CalendarLevel = CalendarPolicies['level'];
/** The level, the province (absent: the level's own dates) and the plan year shown. */
export interface CalendarScope {
  level: CalendarLevel;
  provinceCode?: string;
  year: number;
}

export type AuditEntry = Schemas['AuditEntryResponse'];
export type AuditPage = Schemas['AuditPageResponse'];

export type { NineMonthReview, NineMonthReviewRun, ReviewRow } from './types';
