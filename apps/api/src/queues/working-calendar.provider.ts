import { Injectable } from '@nestjs/common';
import { WorkingCalendar, mergeNonWorkingDays } from '@kc/domain';
import { vietnamNonWorkingDays } from '@kc/calendar';
import { CalendarOverrides } from '@kc/persistence';

const TTL_MS = 10 * 60_000;

/** The working-day calendar of the years around now (holidays plus the admin table), cached for minutes. */
@Injectable()
export class WorkingCalendarProvider {
  private cached: { at: number; year: number; calendar: WorkingCalendar } | null = null;

  constructor(private readonly overrides: CalendarOverrides) {}

  async current(now = new Date()): Promise<WorkingCalendar> {
    const year = now.getUTCFullYear();
    if (this.cached && this.cached.year === year && now.getTime() - this.cached.at < TTL_MS)
      return this.cached.calendar;
    const years = [year - 1, year, year + 1];
    const stored = await this.overrides.forYears(years);
    const calendar = new WorkingCalendar(
      mergeNonWorkingDays(...years.map((y) => vietnamNonWorkingDays(y, stored.get(y)))),
    );
    this.cached = { at: now.getTime(), year, calendar };
    return calendar;
  }
}
