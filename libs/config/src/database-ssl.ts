import { ConfigError, Env, readChoice, readFileNamedBy, readRaw } from './env';

/**
 * The `ssl` option of node-postgres: false for plaintext, an object for TLS; `undefined` leaves the driver's
 * default (and sslmode in the URL) alone.
 */
export type DatabaseSslOptions = false | { rejectUnauthorized: boolean; ca?: string } | undefined;

const MODES = ['disable', 'require', 'verify-full'] as const;

/**
 * DATABASE_SSL: unset keeps today's behaviour; `disable` forces plaintext; `require` encrypts without checking
 * the server's certificate (libpq's sslmode=require); `verify-full` checks it against the system's roots or
 * DATABASE_SSL_CA (a PEM file), host name included.
 */
export function loadDatabaseSsl(env: Env = process.env): DatabaseSslOptions {
  const mode = readRaw(env, 'DATABASE_SSL') ? readChoice(env, 'DATABASE_SSL', MODES, 'disable') : undefined;
  const caFile = readFileNamedBy(env, 'DATABASE_SSL_CA');
  if (caFile && mode !== 'verify-full')
    throw new ConfigError('DATABASE_SSL_CA', 'is only used with DATABASE_SSL=verify-full');
  if (caFile && !caFile.content.toString('utf8').includes('-----BEGIN CERTIFICATE-----')) {
    throw new ConfigError('DATABASE_SSL_CA', `must name a PEM certificate file, ${caFile.path} is not one`);
  }
  switch (mode) {
    case undefined:
      return undefined;
    case 'disable':
      return false;
    case 'require':
      return { rejectUnauthorized: false };
    case 'verify-full':
      return { rejectUnauthorized: true, ...(caFile ? { ca: caFile.content.toString('utf8') } : {}) };
  }
}
