import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface PeriodicReportFile {
  provinceCode: string;
  period: string;
  format: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export interface StoredPeriodicReport extends PeriodicReportFile {
  version: number;
  sha256: string;
  generatedBy: string;
  generatedAt: Date;
}

export type PeriodicReportListing = Omit<StoredPeriodicReport, 'bytes'> & { size: number };

interface Row {
  province_code: string;
  period: string;
  format: string;
  version: number;
  file_name: string;
  content_type: string;
  bytes?: Buffer;
  size?: number;
  sha256: string;
  generated_by: string;
  generated_at: Date;
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function fileOf(r: Row): StoredPeriodicReport {
  return {
    provinceCode: r.province_code,
    period: r.period,
    format: r.format,
    version: r.version,
    fileName: r.file_name,
    contentType: r.content_type,
    bytes: r.bytes ?? Buffer.alloc(0),
    sha256: r.sha256,
    generatedBy: r.generated_by,
    generatedAt: r.generated_at,
  };
}

/**
 * The periodic reports as generated (periodic_reports). The schedule keeps the first version it assembled, so a
 * retried activity mails the same bytes it stored; a leader's regeneration adds a version.
 */
export class PeriodicReports {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores version 1 unless it is there already; returns version 1 as stored. */
  async keepFirst(file: PeriodicReportFile, generatedBy: string): Promise<StoredPeriodicReport> {
    await this.dataSource.query(
      `INSERT INTO periodic_reports (province_code, period, format, version, file_name, content_type, bytes, sha256,
         generated_by)
       VALUES ($1, $2, $3, 1, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [
        file.provinceCode,
        file.period,
        file.format,
        file.fileName,
        file.contentType,
        file.bytes,
        sha256Of(file.bytes),
        generatedBy,
      ],
    );
    return (await this.get(file.provinceCode, file.period, file.format, 1))!;
  }

  /** Whether version 1 of every format given is stored. */
  async hasFirst(provinceCode: string, period: string, formats: readonly string[]): Promise<boolean> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM periodic_reports
        WHERE province_code = $1 AND period = $2 AND version = 1 AND format = ANY($3)`,
      [provinceCode, period, formats],
    );
    return count === formats.length;
  }

  /** Adds the next version (a regeneration on demand). */
  async addVersion(file: PeriodicReportFile, generatedBy: string): Promise<StoredPeriodicReport> {
    const [row]: Row[] = await this.dataSource.query(
      `INSERT INTO periodic_reports (province_code, period, format, version, file_name, content_type, bytes, sha256,
         generated_by)
       SELECT $1::varchar, $2::varchar, $3::varchar, coalesce(max(version), 0) + 1, $4::varchar, $5::varchar, $6::bytea,
         $7::char(64), $8::varchar
         FROM periodic_reports WHERE province_code = $1 AND period = $2 AND format = $3
       RETURNING province_code, period, format, version, file_name, content_type, sha256, generated_by, generated_at`,
      [
        file.provinceCode,
        file.period,
        file.format,
        file.fileName,
        file.contentType,
        file.bytes,
        sha256Of(file.bytes),
        generatedBy,
      ],
    );
    return { ...fileOf(row), bytes: file.bytes };
  }

  async get(
    provinceCode: string,
    period: string,
    format: string,
    version: number,
  ): Promise<StoredPeriodicReport | null> {
    const [row]: Row[] = await this.dataSource.query(
      `SELECT province_code, period, format, version, file_name, content_type, bytes, sha256, generated_by, generated_at
         FROM periodic_reports WHERE province_code = $1 AND period = $2 AND format = $3 AND version = $4`,
      [provinceCode, period, format, version],
    );
    return row ? fileOf(row) : null;
  }

  /** The stored reports of a province (newest period first), without their bytes. */
  async list(provinceCode: string): Promise<PeriodicReportListing[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT province_code, period, format, version, file_name, content_type, length(bytes) AS size, sha256,
              generated_by, generated_at
         FROM periodic_reports WHERE province_code = $1
        ORDER BY period DESC, version DESC, format`,
      [provinceCode],
    );
    return rows.map((r) => ({
      provinceCode: r.province_code,
      period: r.period,
      format: r.format,
      version: r.version,
      fileName: r.file_name,
      contentType: r.content_type,
      sha256: r.sha256,
      generatedBy: r.generated_by,
      generatedAt: r.generated_at,
      size: Number(r.size),
    }));
  }

  /** The provinces that have something to report: a project or a plan in the system. */
  async reportingProvinces(): Promise<string[]> {
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT province_code AS code FROM projects
       UNION SELECT province_code AS code FROM plans WHERE province_code IS NOT NULL
       ORDER BY code`,
    );
    return rows.map((r) => r.code);
  }
}
