/** The shapes the admin routes answer with (apps/api/src/users, deadlines/admin.controller.ts, audit, reviews). */
import type { Bilingual } from '../i18n/i18n';
import type { components } from './schema';

type Schemas = components['schemas'];

export type UserAccount = Schemas['UserAccountResponse'];
export type UserPage = Schemas['UserPageResponse'];
export type NewUserAccount = Schemas['CreateUserDto'];
export type UserAccountChange = Schemas['ChangeUserDto'];
/** The generated password is shown once: the API keeps only its hash. Null when the admin typed the password. */
export type WithPassword = Schemas['WithPasswordResponse'];

export type Span = { workingDays: number } | { days: number } | { duration: string };
export type StallLimit = Span | 'PLANNED_END';

export interface DeadlinePolicy {
  reporting: {
    cadence: { kind: 'MONTHLY' | 'QUARTERLY'; dueDay: number } | { kind: 'EVERY'; every: string };
    remindBefore: Span[];
    overdueRepeatEvery: Span;
    escalateLevel1After: Span;
    escalateLevel1AfterMissedInARow: number;
    escalateLevel2After: Span;
  };
  stall: {
    limits: Partial<Record<string, StallLimit>>;
    settlementCutoff: { month: number; day: number };
    escalateLevel1After: Span;
    escalateLevel2After: Span;
  };
}

export interface DeadlinePolicies {
  builtIn: DeadlinePolicy;
  stored: Array<{ scopeKey: string; policy: DeadlinePolicy; updatedAt: string }>;
  scopeKeys: string[];
}

export interface YearCalendar {
  year: number;
  source: 'STORED' | 'BUILT_IN' | 'NONE';
  publicHolidays: Array<{ day: string; name: Bilingual }>;
  extraDaysOff: string[];
  makeUpWorkdays: string[];
}

export type AuditEntry = Schemas['AuditEntryResponse'];
export type AuditPage = Schemas['AuditPageResponse'];

export type { NineMonthReview, NineMonthReviewRun, ReviewRow } from './types';
