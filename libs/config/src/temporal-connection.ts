import { ConfigError, Env, readOptional, readPemFile, readString } from './env';

/** The shape of TLSConfig in @temporalio/common, restated so this library needs no Temporal package. */
export interface TemporalTlsOptions {
  serverNameOverride?: string;
  serverRootCACertificate?: Buffer;
  clientCertPair?: { crt: Buffer; key: Buffer };
}

/**
 * Options accepted as they are by both `Connection.connect` (@temporalio/client) and
 * `NativeConnection.connect` (@temporalio/worker): every process connects through this one object.
 */
export interface TemporalConnectionOptions {
  address: string;
  tls?: TemporalTlsOptions;
  apiKey?: string;
}

/**
 * TEMPORAL_ADDRESS; mTLS with TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY (PEM files, both or neither), optional
 * TEMPORAL_TLS_CA and TEMPORAL_TLS_SERVER_NAME; or TEMPORAL_API_KEY (Temporal Cloud), which implies TLS.
 * TEMPORAL_TLS=true turns TLS on with the system's trusted roots when nothing else asks for it.
 */
export function loadTemporalConnectionOptions(env: Env = process.env): TemporalConnectionOptions {
  const address = readString(env, 'TEMPORAL_ADDRESS', '127.0.0.1:7233');
  const crt = readPemFile(env, 'TEMPORAL_TLS_CERT');
  const key = readPemFile(env, 'TEMPORAL_TLS_KEY');
  if (crt && !key) throw new ConfigError('TEMPORAL_TLS_KEY', 'is required when TEMPORAL_TLS_CERT is set');
  if (key && !crt) throw new ConfigError('TEMPORAL_TLS_CERT', 'is required when TEMPORAL_TLS_KEY is set');
  const ca = readPemFile(env, 'TEMPORAL_TLS_CA');
  const serverName = readOptional(env, 'TEMPORAL_TLS_SERVER_NAME');
  const apiKey = readOptional(env, 'TEMPORAL_API_KEY');
  const tlsAsked = readOptional(env, 'TEMPORAL_TLS')?.toLowerCase();
  if (tlsAsked && !['true', 'false'].includes(tlsAsked)) {
    throw new ConfigError('TEMPORAL_TLS', `must be true or false, got "${tlsAsked}"`);
  }
  const tlsNeeded = Boolean(crt || ca || serverName || apiKey) || tlsAsked === 'true';
  if (tlsAsked === 'false' && tlsNeeded) {
    throw new ConfigError(
      'TEMPORAL_TLS',
      'is false while TEMPORAL_TLS_CERT, TEMPORAL_TLS_CA, TEMPORAL_TLS_SERVER_NAME or TEMPORAL_API_KEY asks for TLS',
    );
  }
  const options: TemporalConnectionOptions = { address };
  if (tlsNeeded) {
    options.tls = {
      ...(serverName ? { serverNameOverride: serverName } : {}),
      ...(ca ? { serverRootCACertificate: ca } : {}),
      ...(crt && key ? { clientCertPair: { crt, key } } : {}),
    };
  }
  if (apiKey) options.apiKey = apiKey;
  return options;
}

/** For log lines: how the connection is secured, never the secrets themselves. */
export function describeTemporalConnection(options: TemporalConnectionOptions): string {
  const security = options.apiKey
    ? 'TLS + API key'
    : options.tls?.clientCertPair
      ? 'mTLS'
      : options.tls
        ? 'TLS'
        : 'plaintext';
  return `${options.address} (${security})`;
}
