/**
 * `node dist/scripts/cluster/install-server.js`: only the Temporal server binaries of the cluster (go install,
 * cached), without its databases. CI builds them at low priority while `npm test` runs, so the cluster step finds
 * them in the cache; `npm run cluster:setup` and the cluster's tests build them themselves when they are missing.
 */
import { prefixedLog } from '@kc/devstack';
import { installTemporalServer } from './temporal-server-binaries';

const log = prefixedLog('cluster:install-server', 'green');

try {
  installTemporalServer(log);
} catch (err) {
  log(`LỖI / ERROR: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
