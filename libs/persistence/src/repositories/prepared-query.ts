import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** The part of node-postgres' pool that TypeORM's postgres driver keeps as `master`. */
interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a read as a named prepared statement, so PostgreSQL parses and plans it once per pooled connection
 * instead of on every call (planning a queue page took longer than reading it off its index). The name is a
 * hash of the text: each combination of filters is its own statement, and the same text always has the same name.
 * For queries whose text is built from code, never from input; the values are passed as parameters.
 */
export async function preparedQuery<T>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: PgPool }).master;
  const name = `kc_${createHash('sha1').update(text).digest('base64url')}`;
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}
