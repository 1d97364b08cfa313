import { DataSource } from 'typeorm';
import { Scope, formatProjectCode } from '@kc/domain';

/** Hands out the next running number per (scope, plan year, province) atomically. */
export class ProjectCodeAllocator {
  constructor(private readonly dataSource: DataSource) {}

  async allocate(scope: Scope, planYear: number, provinceCode: string): Promise<string> {
    const rows: Array<{ last_serial: number }> = await this.dataSource.query(
      `INSERT INTO project_code_counters (scope, plan_year, province_code, last_serial) VALUES ($1, $2, $3, 1)
       ON CONFLICT (scope, plan_year, province_code)
       DO UPDATE SET last_serial = project_code_counters.last_serial + 1
       RETURNING last_serial`,
      [scope, planYear, provinceCode],
    );
    return formatProjectCode(scope, planYear, provinceCode, rows[0].last_serial);
  }
}
