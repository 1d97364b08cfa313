/** npm run migration:run | migration:revert — against DATABASE_URL. */
import 'reflect-metadata';
import { loadDatabaseConfig } from '@kc/config';
import { revertLastMigration, runMigrations } from '@kc/persistence';

async function main(): Promise<void> {
  const command = process.argv[2];
  const { url, ssl } = loadDatabaseConfig();
  if (command === 'run') await runMigrations(url, ssl);
  else if (command === 'revert') await revertLastMigration(url, ssl);
  else throw new Error('usage: migrate.js run|revert');
  console.log(`migration ${command}: done`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
