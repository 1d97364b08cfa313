import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor } from '@kc/domain';

export interface FieldNoteRow {
  id: string;
  projectId: string;
  /** YYYY-MM-DD: the day the author was on site. */
  observedOn: string;
  text: string;
  photoRef: string | null;
  authorUserId: string;
  authorEmail: string;
  authorRole: string;
  authorProvinceCode: string | null;
  authorOrganisationId: string | null;
  authorOrganisationName: string | null;
  authorFullName: string | null;
  createdAt: Date;
}

export interface NewFieldNote {
  projectId: string;
  observedOn: string;
  text: string;
  photoRef: string | null;
  author: Actor;
}

const SELECT = `SELECT n.id, n.project_id AS "projectId", to_char(n.observed_on, 'YYYY-MM-DD') AS "observedOn", n.text,
    n.photo_ref AS "photoRef", n.author_user_id AS "authorUserId", n.author_email AS "authorEmail",
    n.author_role AS "authorRole", n.author_province_code AS "authorProvinceCode",
    n.author_organisation_id AS "authorOrganisationId", o.name AS "authorOrganisationName",
    u.full_name AS "authorFullName", n.created_at AS "createdAt"
  FROM field_notes n
  LEFT JOIN organisations o ON o.id = n.author_organisation_id
  LEFT JOIN users u ON u.id = n.author_user_id`;

/** Field notes (ghi chép hiện trường) of a project: added, never changed; listed newest observation first. */
export class FieldNotes {
  constructor(private readonly dataSource: DataSource) {}

  async add(note: NewFieldNote): Promise<FieldNoteRow> {
    const id = randomUUID();
    await this.dataSource.query(
      `INSERT INTO field_notes (id, project_id, observed_on, text, photo_ref, author_user_id, author_email, author_role,
         author_province_code, author_organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        note.projectId,
        note.observedOn,
        note.text,
        note.photoRef,
        note.author.userId,
        note.author.email,
        note.author.role,
        note.author.provinceCode,
        note.author.organisationId ?? null,
      ],
    );
    const rows: FieldNoteRow[] = await this.dataSource.query(`${SELECT} WHERE n.id = $1`, [id]);
    return rows[0];
  }

  forProject(projectId: string, limit = 200): Promise<FieldNoteRow[]> {
    return this.dataSource.query(
      `${SELECT} WHERE n.project_id = $1 ORDER BY n.observed_on DESC, n.created_at DESC, n.id LIMIT ${Number(limit)}`,
      [projectId],
    );
  }
}
