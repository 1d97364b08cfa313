import { DataSource } from 'typeorm';
import type { LocalSupportCap } from '@kc/domain';
import { ExpiringReads } from './expiring-reads';

interface CapRow {
  province_code: string;
  year: number;
  category: string;
  percent_of_cost: number | null;
  max_vnd: string | null;
  basis: string;
  updated_by: string;
  updated_at: Date;
}

export interface StoredLocalSupportCap extends LocalSupportCap {
  updatedBy: string;
  updatedAt: Date;
}

function capOf(r: CapRow): StoredLocalSupportCap {
  return {
    provinceCode: r.province_code,
    year: r.year,
    category: r.category,
    percentOfCost: r.percent_of_cost,
    maxVnd: r.max_vnd === null ? null : Number(r.max_vnd),
    basis: r.basis,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  };
}

/** The provinces' own funding caps per plan year and content area (local_support_caps), kept by the administrator. */
export class LocalSupportCaps {
  /** A province's caps for a year: read by every creation of a local project. */
  private readonly ofProvinceYear = new ExpiringReads();

  constructor(private readonly dataSource: DataSource) {}

  /** The caps of a province (or every province) for a year (or every year), by province, year and category. */
  async list(filter: { provinceCode?: string; year?: number }): Promise<StoredLocalSupportCap[]> {
    const rows: CapRow[] = await this.dataSource.query(
      `SELECT * FROM local_support_caps
        WHERE ($1::varchar IS NULL OR province_code = $1) AND ($2::integer IS NULL OR year = $2)
        ORDER BY province_code, year DESC, category`,
      [filter.provinceCode ?? null, filter.year ?? null],
    );
    return rows.map(capOf);
  }

  /**
   * The caps a project of this province created in this year may be held to. `cached`: as read in the last few
   * seconds (a creation); else from the database.
   */
  forProvinceYear(provinceCode: string, year: number, { cached = false } = {}): Promise<StoredLocalSupportCap[]> {
    return this.ofProvinceYear.read(`${provinceCode}|${year}`, () => this.list({ provinceCode, year }), { cached });
  }

  async save(cap: LocalSupportCap, updatedBy: string): Promise<StoredLocalSupportCap> {
    const [row]: CapRow[] = await this.dataSource.query(
      `INSERT INTO local_support_caps (province_code, year, category, percent_of_cost, max_vnd, basis, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (province_code, year, category) DO UPDATE SET percent_of_cost = EXCLUDED.percent_of_cost,
         max_vnd = EXCLUDED.max_vnd, basis = EXCLUDED.basis, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING *`,
      [cap.provinceCode, cap.year, cap.category, cap.percentOfCost, cap.maxVnd, cap.basis, updatedBy],
    );
    this.ofProvinceYear.forget();
    return capOf(row);
  }

  /** True when there was a cap to remove. */
  async remove(provinceCode: string, year: number, category: string): Promise<boolean> {
    const [, count] = await this.dataSource.query(
      'DELETE FROM local_support_caps WHERE province_code = $1 AND year = $2 AND category = $3',
      [provinceCode, year, category],
    );
    this.ofProvinceYear.forget();
    return Number(count) > 0;
  }
}
