import type { DatabaseSslOptions } from '@kc/config';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * The one way to build a DataSource: shared by the API, the worker, scripts and the migration CLI. `ssl`
 * (DATABASE_SSL) undefined keeps the driver's default, so an sslmode in the URL still applies.
 */
export function createDataSource(databaseUrl: string, poolSize = 10, ssl?: DatabaseSslOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    ...(ssl === undefined ? {} : { ssl }),
    extra: { max: poolSize, connectionTimeoutMillis: 5000 },
  });
}
