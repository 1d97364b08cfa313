/**
 * A Temporal server on PostgreSQL for one run: its two databases made fresh with a random suffix (so parallel runs on
 * one PostgreSQL never meet), its services on free ports, and stop() that ends the server and drops both databases.
 * `npm run test:cluster` and `npm run test:load -- --stack cluster` run on one.
 */
import { randomBytes } from 'node:crypto';
import { PostgresServer, dropDatabase } from './cluster-postgres';
import { findFreePortBlock } from './free-ports';
import { TemporalDatabaseNames, setupTemporalDatabases } from './temporal-databases';
import { TemporalServer, startTemporalServer } from './temporal-server';
import type { TemporalServerBinaries } from './temporal-server-binaries';

export interface FreshTemporalServer {
  server: TemporalServer;
  databases: TemporalDatabaseNames;
  /** Stops the server, then drops its two databases; what could not be done is in the returned problems. */
  stop(): Promise<string[]>;
}

export async function startFreshTemporalServer(options: {
  binaries: TemporalServerBinaries;
  postgres: PostgresServer;
  /** The databases are `kc_temporal_<prefix><suffix>` and the same with `_visibility`. */
  prefix: string;
  namespace: string;
  /** The setup's lines (schema versions). */
  log: (line: string) => void;
  /** The server's own output. */
  serverLog: (line: string) => void;
}): Promise<FreshTemporalServer> {
  const { postgres } = options;
  const suffix = randomBytes(4).toString('hex');
  const base = `kc_temporal_${options.prefix}${suffix}`;
  const databases: TemporalDatabaseNames = { persistence: base, visibility: `${base}_visibility` };
  const dropDatabases = async (): Promise<string[]> => {
    const problems: string[] = [];
    for (const name of [databases.persistence, databases.visibility]) {
      await dropDatabase(postgres, name).catch((err: Error) => problems.push(`dropping ${name}: ${err.message}`));
    }
    return problems;
  };
  try {
    await setupTemporalDatabases(options.binaries, postgres, databases, options.log);
    const server = await startTemporalServer({
      binaries: options.binaries,
      postgres,
      databases,
      ports: {
        frontend: await findFreePortBlock([0, 1, 2, 6]),
        membership: await findFreePortBlock([0, 1, 2, 6]),
        http: await findFreePortBlock([0]),
      },
      namespace: options.namespace,
      retentionDays: 1,
      log: options.serverLog,
    });
    const stop = async (): Promise<string[]> => {
      const problems: string[] = [];
      await server.stop().catch((err: Error) => problems.push(`Temporal server: ${err.message}`));
      return [...problems, ...(await dropDatabases())];
    };
    return { server, databases, stop };
  } catch (err) {
    await dropDatabases();
    throw err;
  }
}
