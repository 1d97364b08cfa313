import { DataSource } from 'typeorm';
import type { PlanLevel, ProjectState } from '@kc/domain';

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
 * Who is late for a milestone of the annual calendar (its dates: ./calendar-policies.ts), read from the projects read
 * model only (scope, state, province, plan year = the year of planned_start), never from plans.
 */
export class PlanCalendarQueries {
  constructor(private readonly dataSource: DataSource) {}

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
