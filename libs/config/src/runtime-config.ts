import { DEFAULT_TASK_QUEUE } from '@kc/domain';
import { DatabaseSslOptions, loadDatabaseSsl } from './database-ssl';
import { ConfigError, Env, readBoolean, readOptional, readPort, readPositiveInt, readString } from './env';
import { TemporalConnectionOptions, loadTemporalConnectionOptions } from './temporal-connection';

/** The demo secret is accepted only in embedded mode (KC_EMBEDDED=true, set by `npm start`). */
export const DEMO_JWT_SECRET = 'khuyencong-flow-demo-secret-not-for-production';

export interface DatabaseConfig {
  url: string;
  poolSize: number;
  /** DATABASE_SSL / DATABASE_SSL_CA; undefined when unset (the URL's sslmode, if any, applies). */
  ssl: DatabaseSslOptions;
}

export interface TemporalConfig {
  address: string;
  namespace: string;
  taskQueue: string;
  /** Address, TLS and API key, for Connection.connect and NativeConnection.connect alike. */
  connection: TemporalConnectionOptions;
}

export interface AuthConfig {
  jwtSecret: string;
  tokenTtlSeconds: number;
}

export function loadDatabaseConfig(env: Env = process.env): DatabaseConfig {
  const url = readString(env, 'DATABASE_URL');
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new ConfigError('DATABASE_URL', 'must start with postgres:// or postgresql://');
  return { url, poolSize: readPositiveInt(env, 'DATABASE_POOL_SIZE', 10), ssl: loadDatabaseSsl(env) };
}

export function loadTemporalConfig(env: Env = process.env): TemporalConfig {
  const connection = loadTemporalConnectionOptions(env);
  return {
    address: connection.address,
    namespace: readString(env, 'TEMPORAL_NAMESPACE', 'default'),
    taskQueue: readString(env, 'TEMPORAL_TASK_QUEUE', DEFAULT_TASK_QUEUE),
    connection,
  };
}

export function isEmbeddedMode(env: Env = process.env): boolean {
  return readBoolean(env, 'KC_EMBEDDED', false);
}

export function loadAuthConfig(env: Env = process.env): AuthConfig {
  const embedded = isEmbeddedMode(env);
  const secret = readOptional(env, 'JWT_SECRET') ?? (embedded ? DEMO_JWT_SECRET : undefined);
  if (!secret)
    throw new ConfigError('JWT_SECRET', 'is required outside embedded mode (npm start sets KC_EMBEDDED=true)');
  if (!embedded && secret === DEMO_JWT_SECRET)
    throw new ConfigError('JWT_SECRET', 'must not be the demo secret outside embedded mode');
  if (secret.length < 16) throw new ConfigError('JWT_SECRET', 'must be at least 16 characters');
  return { jwtSecret: secret, tokenTtlSeconds: readPositiveInt(env, 'JWT_TTL_SECONDS', 8 * 3600) };
}

export function loadApiPort(env: Env = process.env): number {
  return readPort(env, 'PORT', 3000);
}

/** Public base URL of the web/API, used in links inside emails. */
export function loadPublicUrl(env: Env = process.env): string {
  return readString(env, 'PUBLIC_URL', `http://127.0.0.1:${loadApiPort(env)}`);
}
