/** The admin pages' API calls (accounts, deadline policies, the calendar, the system log, the nine-month review). */
import { Query, requestJson, withQuery } from './http';
import type {
  AuditEntry,
  DeadlinePolicies,
  DeadlinePolicy,
  NewUserAccount,
  NineMonthReview,
  NineMonthReviewRun,
  UserAccount,
  UserAccountChange,
  WithPassword,
  YearCalendar,
} from './admin-types';
import type { Page } from './types';

export function adminEndpoints(token: string) {
  const get = <T>(path: string, query?: Query) => requestJson<T>(withQuery(path, query), { token });
  const post = <T>(path: string, body: unknown = {}) => requestJson<T>(path, { method: 'POST', body, token });
  const put = <T>(path: string, body: unknown) => requestJson<T>(path, { method: 'PUT', body, token });
  const user = (id: string) => `/admin/users/${encodeURIComponent(id)}`;
  return {
    users: (query: Query) => get<Page<UserAccount>>('/admin/users', query),
    createUser: (input: NewUserAccount) => post<WithPassword>('/admin/users', input),
    changeUser: (id: string, change: UserAccountChange) => put<UserAccount>(user(id), change),
    disableUser: (id: string) => post<UserAccount>(`${user(id)}/disable`),
    enableUser: (id: string) => post<UserAccount>(`${user(id)}/enable`),
    resetPassword: (id: string, password?: string) =>
      post<WithPassword>(`${user(id)}/reset-password`, password ? { password } : {}),
    deadlinePolicies: () => get<DeadlinePolicies>('/admin/deadline-policies'),
    saveDeadlinePolicy: (scopeKey: string, policy: DeadlinePolicy) =>
      put<{ scopeKey: string; policy: DeadlinePolicy }>(
        `/admin/deadline-policies/${encodeURIComponent(scopeKey)}`,
        policy,
      ),
    calendar: (year: number) => get<YearCalendar>(`/admin/calendar/${year}`),
    saveCalendar: (year: number, days: { extraDaysOff: string[]; makeUpWorkdays: string[] }) =>
      put<{ year: number }>(`/admin/calendar/${year}`, days),
    auditLog: (query: Query) => get<Page<AuditEntry>>('/audit', query),
    latestReview: () => get<NineMonthReview | null>('/reviews/nine-month/latest'),
    runReview: () => post<NineMonthReviewRun>('/reviews/nine-month'),
  };
}
