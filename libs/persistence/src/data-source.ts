/** Entry point for the TypeORM CLI (`npm run migration:generate`); reads DATABASE_URL. */
import { loadDatabaseConfig } from '@kc/config';
import { createDataSource } from './data-source-factory';

const db = loadDatabaseConfig();
export default createDataSource(db.url, db.poolSize, db.ssl);
