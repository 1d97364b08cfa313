import { DataSource } from 'typeorm';
import { DEFAULT_LOCAL_APPROVER, PROVINCES } from '@kc/domain';
import type { LocalApprover } from '@kc/domain';
import { ExpiringReads } from './expiring-reads';

export interface ProvinceRule {
  provinceCode: string;
  localApprover: LocalApprover;
  /** null while the province keeps the default (no row written). */
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** Each province's regulation on who approves its local projects (Department leader by default, or the UBND tỉnh). */
export class ProvinceRules {
  /** Read by every creation of a local project. */
  private readonly approvers = new ExpiringReads();

  constructor(private readonly dataSource: DataSource) {}

  /** Every province of the domain's list, with the default where nothing was set. */
  async all(): Promise<ProvinceRule[]> {
    const rows: ProvinceRule[] = await this.dataSource.query(
      `SELECT province_code AS "provinceCode", local_approver AS "localApprover", updated_at AS "updatedAt",
              updated_by AS "updatedBy" FROM province_rules`,
    );
    const byCode = new Map(rows.map((r) => [r.provinceCode, r]));
    return PROVINCES.map(
      (p) =>
        byCode.get(p.code) ?? {
          provinceCode: p.code,
          localApprover: DEFAULT_LOCAL_APPROVER,
          updatedAt: null,
          updatedBy: null,
        },
    );
  }

  /** `cached`: as read in the last few seconds (a creation's check); else from the database. */
  localApproverOf(provinceCode: string, { cached = false } = {}): Promise<LocalApprover> {
    const read = async () => {
      const rows: Array<{ localApprover: LocalApprover }> = await this.dataSource.query(
        `SELECT local_approver AS "localApprover" FROM province_rules WHERE province_code = $1`,
        [provinceCode],
      );
      return rows[0]?.localApprover ?? DEFAULT_LOCAL_APPROVER;
    };
    return this.approvers.read(provinceCode, read, { cached });
  }

  async set(provinceCode: string, localApprover: LocalApprover, updatedBy: string): Promise<ProvinceRule> {
    const rows: ProvinceRule[] = await this.dataSource.query(
      `INSERT INTO province_rules (province_code, local_approver, updated_at, updated_by) VALUES ($1, $2, now(), $3)
       ON CONFLICT (province_code) DO UPDATE
         SET local_approver = EXCLUDED.local_approver, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
       RETURNING province_code AS "provinceCode", local_approver AS "localApprover", updated_at AS "updatedAt",
                 updated_by AS "updatedBy"`,
      [provinceCode, localApprover, updatedBy],
    );
    this.approvers.forget();
    return rows[0];
  }
}
