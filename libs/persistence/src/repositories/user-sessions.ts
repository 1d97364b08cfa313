import { DataSource } from 'typeorm';

/** What the API checks on every request: whether the account still exists, is enabled, and since when tokens count. */
export interface SessionHolder {
  id: string;
  email: string;
  role: string;
  provinceCode: string | null;
  organisationId: string | null;
  disabledAt: Date | null;
  sessionsValidFrom: Date | null;
}

/** Ends a user's sessions and changes their password: the writes behind logout and password change. */
export class UserSessions {
  constructor(private readonly dataSource: DataSource) {}

  async holder(userId: string): Promise<SessionHolder | null> {
    const rows: SessionHolder[] = await this.dataSource.query(
      `SELECT id, email, role, province_code AS "provinceCode", organisation_id AS "organisationId",
              disabled_at AS "disabledAt",
              sessions_valid_from AS "sessionsValidFrom"
         FROM users WHERE id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  /** Tokens issued before `from` are refused from now on. */
  async endSessions(userId: string, from: Date): Promise<void> {
    await this.dataSource.query(`UPDATE users SET sessions_valid_from = $2 WHERE id = $1`, [userId, from]);
  }

  /** A new password, and the end of every token issued before `from`, in one statement. */
  async changePassword(userId: string, passwordHash: string, from: Date): Promise<void> {
    await this.dataSource.query(`UPDATE users SET password_hash = $2, sessions_valid_from = $3 WHERE id = $1`, [
      userId,
      passwordHash,
      from,
    ]);
  }
}
