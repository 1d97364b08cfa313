/** The shapes the admin routes answer with (apps/api/src/users, deadlines/admin.controller.ts, audit, reviews). */
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

export type AuditEntry = Schemas['AuditEntryResponse'];
export type AuditPage = Schemas['AuditPageResponse'];

export type { NineMonthReview, NineMonthReviewRun, ReviewRow } from './types';
