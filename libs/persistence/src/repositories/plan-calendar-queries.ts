import { DataSource } from 'typeorm';
import type { CalendarMilestone, MilestoneOverrides, PlanLevel, ProjectState } from '@kc/domain';

/** A late project as a reminder lists it. */
export interface LateProject {
  id: string;
  code: string;
  title: string;
  provinceCode: string;
  state: ProjectState;
  unitName: string;
  unitEmail: string;
}

/** States before the Department's registration with the Cục, and the ones a plan never reaches after a refusal. */
const NOT_REGISTERED: readonly ProjectState[] = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'BASE_APPRAISAL',
  'REJECTED',
  'WITHDRAWN',
];

/**
 * The per-province overrides of the annual calendar (calendar_policies) and who is late for a milestone, read from
 * the projects read model only (scope, state, province, plan year = the year of planned_start), never from plans.
 */
export class PlanCalendarQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Overrides by province code; '' holds the level's overrides for every province. */
  async overrides(level: PlanLevel): Promise<Map<string, MilestoneOverrides>> {
    const rows: Array<{
      province_code: string;
      milestone: CalendarMilestone;
      year_offset: -1 | 0 | 1 | null;
      month: number | null;
      day: number | null;
      remind_days_before: number | null;
    }> = await this.dataSource.query(
      `SELECT province_code, milestone, year_offset, month, day, remind_days_before
       FROM calendar_policies WHERE level = $1`,
      [level],
    );
    const byProvince = new Map<string, MilestoneOverrides>();
    for (const r of rows) {
      const o: MilestoneOverrides = byProvince.get(r.province_code) ?? {};
      o[r.milestone] = {
        ...(r.year_offset !== null ? { yearOffset: r.year_offset } : {}),
        ...(r.month !== null ? { month: r.month } : {}),
        ...(r.day !== null ? { day: r.day } : {}),
        ...(r.remind_days_before !== null ? { remindDaysBefore: r.remind_days_before } : {}),
      };
      byProvince.set(r.province_code, o);
    }
    return byProvince;
  }

  /** Sets (or replaces) one milestone's override for a level and province ('' for all of them). */
  async setOverride(
    level: PlanLevel,
    provinceCode: string,
    milestone: CalendarMilestone,
    o: { yearOffset?: number; month?: number; day?: number; remindDaysBefore?: number },
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

  /** Projects of the plan year, the level and the province, in the given states. */
  projectsIn(
    year: number,
    level: PlanLevel,
    provinceCode: string | null,
    states: readonly ProjectState[],
  ): Promise<LateProject[]> {
    return this.dataSource.query(
      `SELECT id, code, title, province_code AS "provinceCode", state, implementing_unit_name AS "unitName",
              lower(implementing_unit_email) AS "unitEmail"
       FROM projects
       WHERE scope = $1 AND extract(year FROM planned_start) = $2 AND state = ANY($3)
         AND ($4::varchar IS NULL OR province_code = $4)
       ORDER BY code`,
      [level, year, states, provinceCode],
    );
  }

  /** Whether the province has a project of the plan year registered with the Cục (REGISTERED or any later state). */
  async hasRegistered(year: number, provinceCode: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM projects
       WHERE scope = 'NATIONAL' AND province_code = $1 AND extract(year FROM planned_start) = $2
         AND NOT (state = ANY($3)) LIMIT 1`,
      [provinceCode, year, NOT_REGISTERED],
    );
    return rows.length > 0;
  }
}
