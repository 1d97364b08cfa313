import { DataSource } from 'typeorm';
import type { Actor } from '@kc/domain';

/** What an attachment evidences, at most one of them: a report period, a lifecycle action, an adjustment request. */
export interface AttachmentLink {
  reportPeriod: string | null;
  action: string | null;
  adjustmentId: string | null;
}

export interface AttachmentRow extends AttachmentLink {
  id: string;
  projectId: string;
  storageKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  kind: string;
  note: string | null;
  uploadedByUserId: string;
  uploadedByEmail: string;
  uploadedByRole: string;
  uploadedByProvinceCode: string | null;
  uploadedByOrganisationName: string | null;
  uploadedByFullName: string | null;
  uploadedAt: Date;
  deletedAt: Date | null;
  deletedByEmail: string | null;
}

export interface NewAttachment extends AttachmentLink {
  id: string;
  projectId: string;
  storageKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  kind: string;
  note: string | null;
  uploader: Actor;
}

const SELECT = `SELECT a.id, a.project_id AS "projectId", a.storage_key AS "storageKey", a.file_name AS "fileName",
    a.content_type AS "contentType", a.size_bytes::float8 AS "size", a.sha256, a.kind, a.note,
    a.report_period AS "reportPeriod", a.action, a.adjustment_id AS "adjustmentId",
    a.uploaded_by_user_id AS "uploadedByUserId", a.uploaded_by_email AS "uploadedByEmail",
    a.uploaded_by_role AS "uploadedByRole", a.uploaded_by_province_code AS "uploadedByProvinceCode",
    o.name AS "uploadedByOrganisationName", u.full_name AS "uploadedByFullName", a.uploaded_at AS "uploadedAt",
    a.deleted_at AS "deletedAt", a.deleted_by_email AS "deletedByEmail"
  FROM attachments a
  LEFT JOIN organisations o ON o.id = a.uploaded_by_organisation_id
  LEFT JOIN users u ON u.id = a.uploaded_by_user_id`;

/**
 * The attachments of projects: recorded after their bytes are stored, never changed but for a soft delete. Reach is
 * the project's: callers find the project in the actor's reach first (ProjectQueries.findVisible).
 */
export class Attachments {
  constructor(private readonly dataSource: DataSource) {}

  async add(a: NewAttachment): Promise<AttachmentRow> {
    await this.dataSource.query(
      `INSERT INTO attachments (id, project_id, storage_key, file_name, content_type, size_bytes, sha256, kind, note,
         report_period, action, adjustment_id, uploaded_by_user_id, uploaded_by_email, uploaded_by_role,
         uploaded_by_province_code, uploaded_by_organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        a.id,
        a.projectId,
        a.storageKey,
        a.fileName,
        a.contentType,
        a.size,
        a.sha256,
        a.kind,
        a.note,
        a.reportPeriod,
        a.action,
        a.adjustmentId,
        a.uploader.userId,
        a.uploader.email,
        a.uploader.role,
        a.uploader.provinceCode,
        a.uploader.organisationId ?? null,
      ],
    );
    return (await this.findLive(a.id))!;
  }

  /** An attachment not deleted, or undefined (a malformed id finds nothing rather than failing the query). */
  async findLive(id: string): Promise<AttachmentRow | undefined> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
    const rows: AttachmentRow[] = await this.dataSource.query(`${SELECT} WHERE a.id = $1 AND a.deleted_at IS NULL`, [
      id,
    ]);
    return rows[0];
  }

  /** A project's attachments not deleted, newest first. */
  liveForProject(projectId: string, limit = 500): Promise<AttachmentRow[]> {
    return this.dataSource.query(
      `${SELECT} WHERE a.project_id = $1 AND a.deleted_at IS NULL
       ORDER BY a.uploaded_at DESC, a.id LIMIT ${Number(limit)}`,
      [projectId],
    );
  }

  /** Marks it deleted (once: a second delete finds nothing); the row and the stored bytes stay. */
  async softDelete(id: string, by: Actor): Promise<AttachmentRow | undefined> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `UPDATE attachments SET deleted_at = now(), deleted_by_user_id = $2, deleted_by_email = $3
       WHERE id = $1 AND deleted_at IS NULL RETURNING id`,
      [id, by.userId, by.email],
    );
    if (rows.length === 0) return undefined;
    const found: AttachmentRow[] = await this.dataSource.query(`${SELECT} WHERE a.id = $1`, [id]);
    return found[0];
  }

  /** Whether the adjustment request belongs to the project (evidence linked to it). */
  async adjustmentOfProject(adjustmentId: string, projectId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM project_adjustments WHERE id = $1 AND project_id = $2`,
      [adjustmentId, projectId],
    );
    return rows.length > 0;
  }
}
