import type { DatabaseSslOptions } from '@kc/config';
import { CUC_NAMES, FORMER_PROVINCES, PROVINCES, standardOrganisations } from '@kc/domain';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source-factory';

/** Applies pending migrations, then brings the province reference table in line with the domain's list. */
export async function runMigrations(databaseUrl: string, ssl?: DatabaseSslOptions): Promise<void> {
  const dataSource = createDataSource(databaseUrl, 2, ssl);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await syncProvinces(dataSource);
    await syncStandardOrganisations(dataSource);
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
  // The provinces merged away on 1/7/2025 that the domain knows (all of the North): rows of earlier years name them.
  for (const p of FORMER_PROVINCES) {
    await dataSource.query(
      `INSERT INTO provinces (code, name, region) VALUES ($1, $2, 'NORTH')
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
      [p.code, p.name],
    );
  }
}

/** Every province's Sở, UBND and centre exist (a province added to the domain's list gets them); names kept as set. */
async function syncStandardOrganisations(dataSource: DataSource): Promise<void> {
  for (const seed of standardOrganisations()) {
    await dataSource.query(
      `INSERT INTO organisations (code, kind, name, province_code, name_history) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (code) DO NOTHING`,
      [seed.code, seed.kind, seed.name, seed.provinceCode, seed.kind === 'CUC' ? JSON.stringify(CUC_NAMES) : null],
    );
  }
}
