import type { DatabaseSslOptions } from '@kc/config';
import { PROVINCES } from '@kc/domain';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source-factory';

/** Applies pending migrations, then brings the province reference table in line with the domain's list. */
export async function runMigrations(databaseUrl: string, ssl?: DatabaseSslOptions): Promise<void> {
  const dataSource = createDataSource(databaseUrl, 2, ssl);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await syncProvinces(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export async function revertLastMigration(databaseUrl: string, ssl?: DatabaseSslOptions): Promise<void> {
  const dataSource = createDataSource(databaseUrl, 2, ssl);
  await dataSource.initialize();
  try {
    await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

async function syncProvinces(dataSource: DataSource): Promise<void> {
  for (const p of PROVINCES) {
    await dataSource.query(
      `INSERT INTO provinces (code, name, region) VALUES ($1, $2, $3)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, region = EXCLUDED.region`,
      [p.code, p.name, p.region],
    );
  }
}
