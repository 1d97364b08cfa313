import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/** What identifies a request sent under an Idempotency-Key: a retry must match all three. */
export interface KeyedRequest {
  method: string;
  routePath: string;
  /** SHA-256 (hex) of the body in canonical JSON. */
  fingerprint: string;
}

export interface StoredIdempotencyKey extends KeyedRequest {
  /** null while the first request is still running. */
  responseStatus: number | null;
  responseBody: unknown;
  createdAt: Date;
}

export type KeyReservation =
  /** This request owns the key now; it must `complete` or `release` it with this token. */
  | { kind: 'reserved'; token: string }
  /** The key was used before (or is being used right now); its record says for what. */
  | { kind: 'existing'; record: StoredIdempotencyKey };

export interface ReservationTimes {
  /** How long a finished outcome is kept and replayed. */
  ttlSeconds: number;
  /** A reservation older than this is taken to belong to a process that died mid-request. */
  abandonAfterSeconds: number;
}

const MAX_RESERVE_ATTEMPTS = 3;

/**
 * The idempotency_keys table. Reservation is one INSERT ... ON CONFLICT, so of two racers with one key only one runs;
 * an expired row or an abandoned reservation is taken over in the same statement (PostgreSQL re-checks the WHERE on
 * the row's latest version, so two takers cannot both win either).
 */
export class IdempotencyKeys {
  constructor(private readonly dataSource: DataSource) {}

  async reserve(userId: string, key: string, request: KeyedRequest, times: ReservationTimes): Promise<KeyReservation> {
    // An expired key starts a new request: the project a creation kept for its earlier life is not resumed.
    await this.dataSource.query(
      `DELETE FROM project_creation_keys c USING idempotency_keys k
       WHERE k.user_id = $1 AND k.key = $2 AND k.expires_at <= now()
         AND c.actor_id = k.user_id AND c.idempotency_key = k.key`,
      [userId, key],
    );
    for (let attempt = 1; ; attempt += 1) {
      const token = randomUUID();
      const taken: unknown[] = await this.dataSource.query(
        `INSERT INTO idempotency_keys (user_id, key, method, route_path, request_fingerprint, reservation, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, now(), now() + make_interval(secs => $7))
         ON CONFLICT (user_id, key) DO UPDATE SET
           method = EXCLUDED.method, route_path = EXCLUDED.route_path,
           request_fingerprint = EXCLUDED.request_fingerprint, reservation = EXCLUDED.reservation,
           response_status = NULL, response_body = NULL, completed_at = NULL,
           created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
         WHERE idempotency_keys.expires_at <= now()
            OR (idempotency_keys.response_status IS NULL
                AND idempotency_keys.created_at <= now() - make_interval(secs => $8))
         RETURNING 1`,
        [
          userId,
          key,
          request.method,
          request.routePath,
          request.fingerprint,
          token,
          times.ttlSeconds,
          times.abandonAfterSeconds,
        ],
      );
      if (taken.length > 0) return { kind: 'reserved', token };
      const record = await this.find(userId, key);
      if (record) return { kind: 'existing', record };
      // Released between the two statements: try again (a released key is free).
      if (attempt >= MAX_RESERVE_ATTEMPTS) throw new Error(`idempotency key ${key} kept changing while reserving it`);
    }
  }

  /** Stores the outcome; false if the reservation was taken over meanwhile (the newer run stores its own). */
  async complete(userId: string, key: string, token: string, status: number, body: unknown): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `UPDATE idempotency_keys SET response_status = $4, response_body = $5::json, completed_at = now()
       WHERE user_id = $1 AND key = $2 AND reservation = $3 AND response_status IS NULL
       RETURNING 1`,
      [userId, key, token, status, JSON.stringify(body ?? null)],
    );
    return rows.length > 0;
  }

  /** Frees the key after a failure that changed nothing for sure (or nothing known), so a retry runs again. */
  async release(userId: string, key: string, token: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND reservation = $3 AND response_status IS NULL`,
      [userId, key, token],
    );
  }

  async find(userId: string, key: string): Promise<StoredIdempotencyKey | undefined> {
    const rows: StoredIdempotencyKey[] = await this.dataSource.query(
      `SELECT method, route_path AS "routePath", request_fingerprint AS "fingerprint",
         response_status AS "responseStatus", response_body AS "responseBody", created_at AS "createdAt"
       FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    return rows[0];
  }

  /** Deletes at most `limit` expired rows (oldest first, off the expiry index); returns how many. */
  async deleteExpired(limit: number): Promise<number> {
    await this.dataSource.query(
      `DELETE FROM project_creation_keys c USING idempotency_keys k
       WHERE c.actor_id = k.user_id AND c.idempotency_key = k.key AND k.expires_at <= now()`,
    );
    const rows: unknown[] = await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE (user_id, key) IN (
         SELECT user_id, key FROM idempotency_keys WHERE expires_at <= now() ORDER BY expires_at LIMIT $1
       ) RETURNING 1`,
      [limit],
    );
    return rows.length;
  }
}
