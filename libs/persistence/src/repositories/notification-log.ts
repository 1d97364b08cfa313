import { DataSource } from 'typeorm';

export type NotificationStatus = 'PENDING' | 'SENT' | 'FAILED_PERMANENT' | 'NO_RECIPIENT';

export interface IntendedNotification {
  idempotencyKey: string;
  /** null for province-wide messages such as the nine-month review. */
  projectId: string | null;
  kind: string;
  periodKey: string | null;
  stalledState: string | null;
  repetition: number;
  recipients: string[];
  subject: string;
}

/**
 * One row per intended message, written before anything is sent: its unique key is what makes a
 * retried activity send nothing twice.
 */
export class NotificationLog {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims the message for sending; returns its status (SENT means a previous attempt already delivered it). One
   * statement: the row is written (first attempt) or its attempts counted (a retry), and its status read back.
   */
  async claim(n: IntendedNotification, initialStatus: NotificationStatus = 'PENDING'): Promise<NotificationStatus> {
    const rows: Array<{ status: NotificationStatus }> = await this.dataSource.query(
      `INSERT INTO notification_log (idempotency_key, project_id, kind, period_key, stalled_state, repetition, recipients, subject, status, attempts)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,1)
       ON CONFLICT (idempotency_key) DO UPDATE SET attempts = notification_log.attempts + 1
       RETURNING status`,
      [
        n.idempotencyKey,
        n.projectId,
        n.kind,
        n.periodKey,
        n.stalledState,
        n.repetition,
        n.recipients,
        n.subject,
        initialStatus,
      ],
    );
    return rows[0].status;
  }

  async markSent(key: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_log SET status = 'SENT', sent_at = now(), last_error = NULL WHERE idempotency_key = $1`,
      [key],
    );
  }

  async markFailed(key: string, error: string, permanent: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_log SET last_error = $2, status = CASE WHEN $3 THEN 'FAILED_PERMANENT' ELSE status END WHERE idempotency_key = $1`,
      [key, error.slice(0, 2000), permanent],
    );
  }

  forProject(projectId: string) {
    return this.dataSource.query(PROJECT_NOTIFICATIONS_SQL, [projectId]);
  }
}

/** A project's notices, oldest first, as its page shows them ($1: the project's id). */
export const PROJECT_NOTIFICATIONS_SQL = `SELECT idempotency_key AS "idempotencyKey", kind, period_key AS "periodKey",
  stalled_state AS "stalledState", repetition, recipients, subject, status, attempts, last_error AS "lastError",
  created_at AS "createdAt", sent_at AS "sentAt"
  FROM notification_log WHERE project_id = $1 ORDER BY created_at, id`;

/** The times of a notice row (PROJECT_NOTIFICATIONS_SQL's columns). */
export const PROJECT_NOTIFICATION_TIMES = ['createdAt', 'sentAt'] as const;
