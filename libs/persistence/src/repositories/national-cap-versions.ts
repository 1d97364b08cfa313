import { DataSource } from 'typeorm';
import type { NationalCapRow, NationalCapVersion } from '@kc/domain';

interface VersionRow {
  code: string;
  name_vi: string;
  name_en: string;
  effective_from: string;
  caps: NationalCapRow[];
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
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  };
}

/** The administrator's versions of the national caps (national_cap_versions), oldest first. */
export class NationalCapVersions {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<StoredNationalCapVersion[]> {
    const rows: VersionRow[] = await this.dataSource.query(
      `SELECT code, name_vi, name_en, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, caps, updated_by,
              updated_at
         FROM national_cap_versions ORDER BY effective_from`,
    );
    return rows.map(versionOf);
  }

  async save(version: NationalCapVersion, updatedBy: string): Promise<StoredNationalCapVersion> {
    const [row]: VersionRow[] = await this.dataSource.query(
      `INSERT INTO national_cap_versions (code, name_vi, name_en, effective_from, caps, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en,
         effective_from = EXCLUDED.effective_from, caps = EXCLUDED.caps, updated_by = EXCLUDED.updated_by,
         updated_at = now()
       RETURNING code, name_vi, name_en, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, caps, updated_by,
         updated_at`,
      [version.code, version.nameVi, version.nameEn, version.effectiveFrom, JSON.stringify(version.caps), updatedBy],
    );
    return versionOf(row);
  }

  /** True when there was a version to remove. */
  async remove(code: string): Promise<boolean> {
    const [, count] = await this.dataSource.query('DELETE FROM national_cap_versions WHERE code = $1', [code]);
    return Number(count) > 0;
  }
}
