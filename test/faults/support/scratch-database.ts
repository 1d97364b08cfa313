import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '@kc/persistence';
import { testEnv } from '../../support/test-env';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A migrated database of its own on the run's PostgreSQL server, so that `npm run reconcile` sees only this
 * test's projects (the shared database holds other tests' projects, whose workers are gone).
 */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const admin = new URL(testEnv().databaseUrl);
  const name = `kc_fault_${randomBytes(5).toString('hex')}`;
  await adminQuery(admin.toString(), `CREATE DATABASE ${name}`);
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  return {
    url: url.toString(),
    drop: () => adminQuery(admin.toString(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
