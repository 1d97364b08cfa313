import { DataSource } from 'typeorm';
import type { NationalAdvanceRow, NationalCapRow, NationalCapVersion } from '@kc/domain';
import { ExpiringReads } from './expiring-reads';

const COLUMNS = `code, name_vi, name_en, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, caps, advances,
  priority_factor_percent, unit_overhead_permille, programme_management_permille, updated_by, updated_at`;

interface VersionRow {
  code: string;
  name_vi: string;
  name_en: string;
  effective_from: string;
  caps: NationalCapRow[];
  advances: NationalAdvanceRow[];
  priority_factor_percent: number | null;
  unit_overhead_permille: number | null;
  programme_management_permille: number | null;
  updated_by: string;
  updated_at: Date;
}

export interface StoredNationalCapVersion extends NationalCapVersion {
  updatedBy: string;
  updatedAt: Date;
}

function versionOf(r: VersionRow): StoredNationalCapVersion {
  return {
    code: r.code,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    effectiveFrom: r.effective_from,
    caps: r.caps,
    advances: r.advances,
    priorityFactorPercent: r.priority_factor_percent,
    unitOverheadPermille: r.unit_overhead_permille,
    programmeManagementPermille: r.programme_management_permille,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  };
}

/** The administrator's versions of the national caps (national_cap_versions), oldest first. */
export class NationalCapVersions {
  /** Read by every creation (the caps in force that day). */
  private readonly versions = new ExpiringReads();

  constructor(private readonly dataSource: DataSource) {}

  /** `cached`: as read in the last few seconds (a creation's caps); else from the database (the admin's checks). */
  list({ cached = false } = {}): Promise<StoredNationalCapVersion[]> {
    const read = async () => {
      const rows: VersionRow[] = await this.dataSource.query(
        `SELECT ${COLUMNS} FROM national_cap_versions ORDER BY effective_from`,
      );
      return rows.map(versionOf);
    };
    return this.versions.read('all', read, { cached });
  }

  async save(version: NationalCapVersion, updatedBy: string): Promise<StoredNationalCapVersion> {
    const [row]: VersionRow[] = await this.dataSource.query(
      `INSERT INTO national_cap_versions (code, name_vi, name_en, effective_from, caps, advances,
         priority_factor_percent, unit_overhead_permille, programme_management_permille, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en,
         effective_from = EXCLUDED.effective_from, caps = EXCLUDED.caps, advances = EXCLUDED.advances,
         priority_factor_percent = EXCLUDED.priority_factor_percent,
         unit_overhead_permille = EXCLUDED.unit_overhead_permille,
         programme_management_permille = EXCLUDED.programme_management_permille, updated_by = EXCLUDED.updated_by,
         updated_at = now()
       RETURNING ${COLUMNS}`,
      [
        version.code,
        version.nameVi,
        version.nameEn,
        version.effectiveFrom,
        JSON.stringify(version.caps),
        JSON.stringify(version.advances ?? []),
        version.priorityFactorPercent ?? null,
        version.unitOverheadPermille ?? null,
        version.programmeManagementPermille ?? null,
        updatedBy,
      ],
    );
    this.versions.forget();
    return versionOf(row);
  }

  /** True when there was a version to remove. */
  async remove(code: string): Promise<boolean> {
    const [, count] = await this.dataSource.query('DELETE FROM national_cap_versions WHERE code = $1', [code]);
    this.versions.forget();
    return Number(count) > 0;
  }
}
