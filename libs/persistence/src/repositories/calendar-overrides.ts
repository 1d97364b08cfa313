import { DataSource } from 'typeorm';
import { ExpiringReads } from './expiring-reads';

export interface YearOverrides {
  extraDaysOff: string[];
  makeUpWorkdays: string[];
}

/** The admin-editable yearly table of extra days off and make-up working days. */
export class CalendarOverrides {
  private readonly reads = new ExpiringReads();

  constructor(private readonly dataSource: DataSource) {}

  /** `cached`: as read in the last few seconds (a creation); else from the database. */
  forYears(years: number[], { cached = false } = {}): Promise<Map<number, YearOverrides>> {
    return this.reads.read(years.join(','), () => this.storedFor(years), { cached });
  }

  private async storedFor(years: number[]): Promise<Map<number, YearOverrides>> {
    const rows: Array<{ year: number; extra: string[]; makeup: string[] }> = await this.dataSource.query(
      `SELECT year, ARRAY(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(extra_days_off) d) AS extra,
              ARRAY(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(make_up_workdays) d) AS makeup
       FROM calendar_overrides WHERE year = ANY($1)`,
      [years],
    );
    return new Map(rows.map((r) => [r.year, { extraDaysOff: r.extra, makeUpWorkdays: r.makeup }]));
  }

  async save(year: number, overrides: YearOverrides, userId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO calendar_overrides (year, extra_days_off, make_up_workdays, updated_by, updated_at)
       VALUES ($1, $2::date[], $3::date[], $4, now())
       ON CONFLICT (year) DO UPDATE SET extra_days_off = EXCLUDED.extra_days_off,
         make_up_workdays = EXCLUDED.make_up_workdays, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [year, overrides.extraDaysOff, overrides.makeUpWorkdays, userId],
    );
    this.reads.forget();
  }
}
