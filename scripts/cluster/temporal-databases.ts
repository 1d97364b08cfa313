/**
 * The Temporal server's two PostgreSQL databases (persistence and visibility), created and brought to the schema
 * of server v1.29.1 with its own temporal-sql-tool. Every step is idempotent: a second run changes nothing.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PostgresServer } from './cluster-postgres';
import type { TemporalServerBinaries } from './temporal-server-binaries';

const run = promisify(execFile);

export interface TemporalDatabaseNames {
  persistence: string;
  visibility: string;
}

export function temporalDatabaseNames(env: NodeJS.ProcessEnv = process.env): TemporalDatabaseNames {
  return {
    persistence: env.KC_TEMPORAL_DB?.trim() || 'kc_temporal',
    visibility: env.KC_TEMPORAL_VISIBILITY_DB?.trim() || 'kc_temporal_visibility',
  };
}

export async function setupTemporalDatabases(
  binaries: TemporalServerBinaries,
  server: PostgresServer,
  names: TemporalDatabaseNames,
  log: (line: string) => void,
): Promise<void> {
  const schemas: Array<[string, string]> = [
    [names.persistence, 'temporal'],
    [names.visibility, 'visibility'],
  ];
  for (const [database, schema] of schemas) {
    const sql = (...args: string[]) => sqlTool(binaries, server, database, args);
    await sql('create-database');
    await sql('setup-schema', '-v', '0.0');
    const output = await sql('update-schema', '-d', join(binaries.postgresSchemaDir, schema, 'versioned'));
    const updated = [...output.matchAll(/Schema updated from (\S+) to (\S+)/g)];
    log(
      updated.length
        ? `${database}: schema ${schema} updated to ${updated[updated.length - 1][2]}`
        : `${database}: schema ${schema} already current`,
    );
  }
}

async function sqlTool(
  binaries: TemporalServerBinaries,
  server: PostgresServer,
  database: string,
  args: string[],
): Promise<string> {
  try {
    const { stdout, stderr } = await run(binaries.sqlTool, ['--db', database, ...args], {
      env: {
        ...process.env,
        SQL_PLUGIN: 'postgres12',
        SQL_HOST: server.host,
        SQL_PORT: String(server.port),
        SQL_USER: server.user,
        SQL_PASSWORD: server.password,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout + stderr;
  } catch (err) {
    const output = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `temporal-sql-tool ${args[0]} on ${database} failed / lỗi khi dựng schema: ${output.message}\n${output.stderr ?? ''}`,
    );
  }
}
