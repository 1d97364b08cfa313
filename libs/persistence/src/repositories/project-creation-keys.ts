import { DataSource } from 'typeorm';

export interface ReservedCreation {
  projectId: string;
  code: string;
}

/** The project id and code each (actor, Idempotency-Key) creation was given, first writer wins. */
export class ProjectCreationKeys {
  constructor(private readonly dataSource: DataSource) {}

  async find(actorId: string, key: string): Promise<ReservedCreation | null> {
    const rows: Array<{ project_id: string; code: string }> = await this.dataSource.query(
      `SELECT project_id, code FROM project_creation_keys WHERE actor_id = $1 AND idempotency_key = $2`,
      [actorId, key],
    );
    return rows[0] ? { projectId: rows[0].project_id, code: rows[0].code } : null;
  }

  /** Keeps this id and code for the key unless a concurrent attempt kept others first; returns what is kept. */
  async reserve(actorId: string, key: string, wanted: ReservedCreation): Promise<ReservedCreation> {
    await this.dataSource.query(
      `INSERT INTO project_creation_keys (actor_id, idempotency_key, project_id, code) VALUES ($1, $2, $3, $4)
       ON CONFLICT (actor_id, idempotency_key) DO NOTHING`,
      [actorId, key, wanted.projectId, wanted.code],
    );
    return (await this.find(actorId, key))!;
  }
}
