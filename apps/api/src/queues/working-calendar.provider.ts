import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '@kc/domain';
import { nonWorkingDaysOfYears } from '@kc/calendar';
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
    const calendar = new WorkingCalendar(nonWorkingDaysOfYears(years, await this.overrides.forYears(years)));
    this.cached = { at: now.getTime(), year, calendar };
    return calendar;
  }
}
