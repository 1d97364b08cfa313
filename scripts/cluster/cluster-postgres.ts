/**
 * The PostgreSQL server the cluster keeps its data in: KC_CLUSTER_DATABASE_URL or DATABASE_URL (a server URL; its
 * database part is only where we connect to create the others), else an embedded PostgreSQL whose data stays in
 * $DATA_DIR/cluster/pg between runs.
 */
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgres, findFreePort, startEmbeddedPostgres } from '@kc/devstack';

export interface PostgresServer {
  /** A URL of this server with `database` in place of the one given. */
  urlFor(database: string): string;
  host: string;
  port: number;
  user: string;
  password: string;
  embedded?: EmbeddedPostgres;
  stop(): Promise<void>;
}

export interface PostgresServerOptions {
  /** A port for the embedded server; 0 = any free one. */
  embeddedPort: number;
  dataDir: string;
  log: (line: string) => void;
}

export function configuredPostgresUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.KC_CLUSTER_DATABASE_URL?.trim() || env.DATABASE_URL?.trim() || undefined;
}

export function clusterDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATA_DIR?.trim() || '.data', 'cluster');
}

export async function openPostgresServer(options: PostgresServerOptions): Promise<PostgresServer> {
  const configured = configuredPostgresUrl();
  if (configured) return describeServer(configured);
  const embedded = await startEmbeddedPostgres({
    dataDir: join(options.dataDir, 'pg'),
    port: options.embeddedPort || (await findFreePort()),
    database: 'postgres',
    log: options.log,
  });
  return { ...describeServer(embedded.url), embedded, stop: () => embedded.stop() };
}

function describeServer(serverUrl: string): PostgresServer {
  const url = new URL(serverUrl);
  if (!/^postgres(ql)?:$/.test(url.protocol)) {
    throw new Error(`Cấu hình sai / invalid configuration: ${serverUrl} is not a postgres:// URL`);
  }
  return {
    urlFor(database: string) {
      const copy = new URL(serverUrl);
      copy.pathname = `/${encodeURIComponent(database)}`;
      return copy.toString();
    },
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || 'postgres'),
    password: decodeURIComponent(url.password),
    stop: async () => undefined,
  };
}

export async function createDatabaseIfMissing(server: PostgresServer, name: string): Promise<boolean> {
  const client = new Client({ connectionString: server.urlFor('postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(server: PostgresServer, name: string): Promise<void> {
  const client = new Client({ connectionString: server.urlFor('postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
