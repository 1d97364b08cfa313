/**
 * The admin pages' API calls (accounts, deadline policies, the calendar, the plan calendar's dates, the system log,
 * the nine-month review).
 */
import type { JsonClient } from './json-client';
import { answer, Query, requestJson, withQuery } from './http';
import type {
  AuditPage,
  CalendarDays,
  CalendarMilestone,
  CalendarScope,
  MilestoneOverride,
  DeadlinePolicy,
  NewUserAccount,
  UserAccountChange,
  UserPage,
} from './admin-types';
import type { NineMonthReview } from './types';

export function adminEndpoints(token: string, client: JsonClient) {
  // The list filters come from forms: withQuery leaves out the empty ones, which openapi-fetch would send.
  const get = <T>(path: string, query?: Query) => requestJson<T>(withQuery(path, query), { token });
  const user = (userId: string) => ({ params: { path: { userId } } });
  return {
    users: (query: Query) => get<UserPage>('/admin/users', query),
    createUser: (input: NewUserAccount) => answer(client.POST('/api/admin/users', { body: input })),
    changeUser: (id: string, change: UserAccountChange) =>
      answer(client.PUT('/api/admin/users/{userId}', { ...user(id), body: change })),
    disableUser: (id: string) => answer(client.POST('/api/admin/users/{userId}/disable', user(id))),
    enableUser: (id: string) => answer(client.POST('/api/admin/users/{userId}/enable', user(id))),
    resetPassword: (id: string, password?: string) =>
      answer(
        client.POST('/api/admin/users/{userId}/reset-password', { ...user(id), body: password ? { password } : {} }),
      ),
    deadlinePolicies: () => answer(client.GET('/api/admin/deadline-policies')),
    saveDeadlinePolicy: (scopeKey: string, policy: DeadlinePolicy) =>
      answer(client.PUT('/api/admin/deadline-policies/{scopeKey}', { params: { path: { scopeKey } }, body: policy })),
    calendar: (year: number) => answer(client.GET('/api/admin/calendar/{year}', { params: { path: { year } } })),
    saveCalendar: (year: number, days: CalendarDays) =>
      answer(client.PUT('/api/admin/calendar/{year}', { params: { path: { year } }, body: days })),
    calendarPolicies: (query: CalendarScope) =>
      answer(client.GET('/api/admin/calendar-policies', { params: { query } })),
    saveCalendarPolicy: ({ level, ...query }: CalendarScope, milestone: CalendarMilestone, body: MilestoneOverride) =>
      answer(
        client.PUT('/api/admin/calendar-policies/{level}/{milestone}', {
          params: { path: { level, milestone }, query },
          body,
        }),
      ),
    resetCalendarPolicy: ({ level, ...query }: CalendarScope, milestone?: CalendarMilestone) =>
      answer(
        milestone
          ? client.DELETE('/api/admin/calendar-policies/{level}/{milestone}', {
              params: { path: { level, milestone }, query },
            })
          : client.DELETE('/api/admin/calendar-policies/{level}', { params: { path: { level }, query } }),
      ),
    auditLog: (query: Query) => get<AuditPage>('/audit', query),
    // An empty answer when no review has run yet, which requestJson reads as undefined.
    latestReview: () => get<NineMonthReview | undefined>('/reviews/nine-month/latest'),
    runReview: () => answer(client.POST('/api/reviews/nine-month', { body: {} })),
  };
}
