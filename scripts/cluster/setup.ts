/**
 * `npm run cluster:setup`: the Temporal server binaries (go install, cached), then its persistence and visibility
 * databases on the cluster's PostgreSQL with the schema of server v1.29.1. Idempotent: a second run changes nothing.
 */
import { prefixedLog } from '@kc/devstack';
import { clusterDataDir, openPostgresServer } from './cluster-postgres';
import { readClusterSettings } from './cluster-settings';
import { setupTemporalDatabases, temporalDatabaseNames } from './temporal-databases';
import { installTemporalServer } from './temporal-server-binaries';

const log = prefixedLog('cluster:setup', 'green');

async function main(): Promise<void> {
  const started = Date.now();
  const binaries = installTemporalServer(log);
  const settings = readClusterSettings();
  const postgres = await openPostgresServer({
    embeddedPort: settings.embeddedPostgresPort,
    dataDir: clusterDataDir(),
    log: prefixedLog('postgres', 'blue'),
  });
  try {
    await setupTemporalDatabases(binaries, postgres, temporalDatabaseNames(), log);
  } finally {
    await postgres.stop();
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s (PostgreSQL ${postgres.host}:${postgres.port})`);
}

main().catch((err) => {
  log(`LỖI / ERROR: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
