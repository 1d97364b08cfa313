/** The shapes the admin routes answer with (apps/api/src/users, deadlines/admin.controller.ts, audit, reviews). */
import type { Bilingual } from '../i18n/i18n';
import type { Role } from './types';

export interface UserAccount {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  roleLabel: Bilingual;
  provinceCode: string | null;
  organisationName: string | null;
  disabled: boolean;
  disabledAt: string | null;
  sessionsValidFrom: string | null;
  createdAt: string;
}

export interface NewUserAccount {
  email: string;
  fullName: string;
  role: Role;
  provinceCode: string | null;
  organisationName: string | null;
  password?: string;
}

export type UserAccountChange = Partial<
  Pick<NewUserAccount, 'fullName' | 'role' | 'provinceCode' | 'organisationName'>
>;

export interface WithPassword {
  id: string;
  user: UserAccount;
  /** Shown once: the API keeps only its hash. Null when the admin typed the password. */
  generatedPassword: string | null;
}

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

export interface AuditEntry {
  id: string;
  occurredAt: string;
  kind: 'LOGIN' | 'REQUEST';
  route: string;
  targetId: string | null;
  projectCode: string | null;
  statusCode: number;
  actor: { userId: string | null; email: string | null; role: string | null; provinceCode: string | null };
  requestId: string;
  clientIp: string | null;
  details: Record<string, string | number | boolean | null>;
}

export type { NineMonthReview, NineMonthReviewRun, ReviewRow } from './types';
