import { Injectable } from '@nestjs/common';
import {
  CalendarMilestone,
  MilestoneDate,
  PlanLevel,
  WorkingCalendar,
  calendarPolicyView,
  calendarYearsOf,
  deadlinePolicyMilestones,
  localDayOf,
  milestoneOverrideProblems,
} from '@kc/domain';
import { nonWorkingDaysOfYears } from '@kc/calendar';
import { CalendarOverrides, CalendarPolicies, DeadlinePolicies } from '@kc/persistence';
import { ApiError } from '../common/api-error';
import { toVietnamTime } from '../common/local-time';
import { CalendarPoliciesResponse, SavedCalendarPoliciesResponse } from './calendar-policy.responses';
import { PlanCalendarNotifier } from './plan-calendar-notifier';

/** A level's dates for every province (province absent) or one province's own, shown for one plan year. */
export interface CalendarScope {
  level: PlanLevel;
  provinceCode?: string;
  year?: number;
}

/** The annual calendar's dates as an admin sees and sets them; every change is told to the running calendars. */
@Injectable()
export class CalendarPoliciesService {
  constructor(
    private readonly policies: CalendarPolicies,
    private readonly deadlinePolicies: DeadlinePolicies,
    private readonly holidays: CalendarOverrides,
    private readonly notifier: PlanCalendarNotifier,
  ) {}

  async view({ level, provinceCode, year = thisYear() }: CalendarScope): Promise<CalendarPoliciesResponse> {
    const years = calendarYearsOf(year);
    const stored = await this.holidays.forYears(years);
    const working = new WorkingCalendar(nonWorkingDaysOfYears(years, stored));
    // The same layers the calendar workflow's activity reads (apps/worker/src/plan-calendar.activities.ts).
    const [{ policy }, scope] = await Promise.all([
      this.deadlinePolicies.resolve(level, provinceCode ?? ''),
      this.policies.scopeOf(level, provinceCode ?? ''),
    ]);
    const milestones = calendarPolicyView(year, level, working, {
      deadlinePolicy: deadlinePolicyMilestones(year, policy.stall),
      levelOverrides: scope.level,
      provinceOverrides: provinceCode ? scope.province : undefined,
    }).map((m) => {
      const at = scope.updatedAt[m.milestone];
      return { ...m, updatedAtLocal: m.override && at ? toVietnamTime(at) : null };
    });
    return { level, provinceCode: provinceCode ?? null, year, milestones };
  }

  async set(
    scope: CalendarScope,
    milestone: CalendarMilestone,
    override: Partial<MilestoneDate>,
  ): Promise<SavedCalendarPoliciesResponse> {
    const before = await this.view(scope);
    const inherited = before.milestones.find((m) => m.milestone === milestone)!.default;
    const problems = milestoneOverrideProblems(override, inherited);
    if (Object.keys(problems).length) {
      throw ApiError.badRequest(
        `Mốc lịch không hợp lệ / invalid calendar date: ${Object.values(problems).join('; ')}`,
        { fields: problems },
      );
    }
    await this.policies.set(scope.level, scope.provinceCode ?? '', milestone, override);
    return this.changed(scope);
  }

  async reset(scope: CalendarScope, milestone?: CalendarMilestone): Promise<SavedCalendarPoliciesResponse> {
    await this.policies.reset(scope.level, scope.provinceCode ?? '', milestone);
    return this.changed(scope);
  }

  private async changed(scope: CalendarScope): Promise<SavedCalendarPoliciesResponse> {
    const notifiedCalendars = await this.notifier.dateChanged(scope.level);
    return { ...(await this.view(scope)), notifiedCalendars };
  }
}

function thisYear(): number {
  return Number(localDayOf(new Date().toISOString()).slice(0, 4));
}
