import { DataSource } from 'typeorm';
import type { CalendarMilestone, MilestoneDate, MilestoneOverrides, PlanLevel } from '@kc/domain';

interface PolicyRow {
  province_code: string;
  milestone: CalendarMilestone;
  year_offset: -1 | 0 | 1 | null;
  month: number | null;
  day: number | null;
  remind_days_before: number | null;
  updated_at: Date;
}

const COLUMNS = `province_code, milestone, year_offset, month, day, remind_days_before, updated_at`;

function fieldsOf(r: PolicyRow): Partial<MilestoneDate> {
  return {
    ...(r.year_offset !== null ? { yearOffset: r.year_offset } : {}),
    ...(r.month !== null ? { month: r.month } : {}),
    ...(r.day !== null ? { day: r.day } : {}),
    ...(r.remind_days_before !== null ? { remindDaysBefore: r.remind_days_before } : {}),
  };
}

/**
 * The annual calendar's stored dates (calendar_policies): per level, per province ('' for every province of the
 * level), per milestone; a column left null keeps the value below it (libs/domain/src/planning/calendar-policy.ts).
 */
export class CalendarPolicies {
  constructor(private readonly dataSource: DataSource) {}

  /** Every override of the level, by province code ('' the level's own). */
  async overrides(level: PlanLevel): Promise<Map<string, MilestoneOverrides>> {
    const rows: PolicyRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM calendar_policies WHERE level = $1`, [
      level,
    ]);
    const byProvince = new Map<string, MilestoneOverrides>();
    for (const r of rows) {
      const o: MilestoneOverrides = byProvince.get(r.province_code) ?? {};
      o[r.milestone] = fieldsOf(r);
      byProvince.set(r.province_code, o);
    }
    return byProvince;
  }

  /** The overrides of the level ('' province) and, when asked, of one province, with the time each was last set. */
  async scopeOf(
    level: PlanLevel,
    provinceCode: string,
  ): Promise<{
    level: MilestoneOverrides;
    province: MilestoneOverrides;
    updatedAt: Partial<Record<CalendarMilestone, Date>>;
  }> {
    const rows: PolicyRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM calendar_policies WHERE level = $1 AND province_code IN ('', $2)`,
      [level, provinceCode],
    );
    const out = {
      level: {} as MilestoneOverrides,
      province: {} as MilestoneOverrides,
      updatedAt: {} as Record<string, Date>,
    };
    for (const r of rows) {
      (r.province_code === '' ? out.level : out.province)[r.milestone] = fieldsOf(r);
      if (r.province_code === provinceCode) out.updatedAt[r.milestone] = new Date(r.updated_at);
    }
    return out;
  }

  /** Sets (or replaces) one milestone's override for a level and province ('' for all of them). */
  async set(
    level: PlanLevel,
    provinceCode: string,
    milestone: CalendarMilestone,
    o: Partial<MilestoneDate>,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO calendar_policies (level, province_code, milestone, year_offset, month, day, remind_days_before)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (level, province_code, milestone) DO UPDATE SET year_offset = $4, month = $5, day = $6,
         remind_days_before = $7, updated_at = now()`,
      [
        level,
        provinceCode,
        milestone,
        o.yearOffset ?? null,
        o.month ?? null,
        o.day ?? null,
        o.remindDaysBefore ?? null,
      ],
    );
  }

  /** Back to the default: one milestone's override of the scope, or all of them; the number of rows removed. */
  async reset(level: PlanLevel, provinceCode: string, milestone?: CalendarMilestone): Promise<number> {
    const [, removed]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM calendar_policies WHERE level = $1 AND province_code = $2 AND ($3::varchar IS NULL OR milestone = $3)`,
      [level, provinceCode, milestone ?? null],
    );
    return removed;
  }
}
