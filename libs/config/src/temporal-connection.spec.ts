import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeTemporalConnection, loadTemporalConnectionOptions } from './temporal-connection';

const CERT = '-----BEGIN CERTIFICATE-----\nMIIBcert\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIIBkey\n-----END PRIVATE KEY-----\n';

let dir: string;
let cert: string;
let key: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kc-tls-'));
  cert = join(dir, 'client.pem');
  key = join(dir, 'client.key');
  writeFileSync(cert, CERT);
  writeFileSync(key, KEY);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadTemporalConnectionOptions', () => {
  it('is plaintext to the local default when nothing is set', () => {
    expect(loadTemporalConnectionOptions({})).toEqual({ address: '127.0.0.1:7233' });
  });

  it('builds mTLS from a certificate and key, with a CA and a server name', () => {
    const options = loadTemporalConnectionOptions({
      TEMPORAL_ADDRESS: 'kc.abcde.tmprl.cloud:7233',
      TEMPORAL_TLS_CERT: cert,
      TEMPORAL_TLS_KEY: key,
      TEMPORAL_TLS_CA: cert,
      TEMPORAL_TLS_SERVER_NAME: 'temporal.internal',
    });
    expect(options.address).toBe('kc.abcde.tmprl.cloud:7233');
    expect(options.tls?.clientCertPair?.crt.toString()).toBe(CERT);
    expect(options.tls?.clientCertPair?.key.toString()).toBe(KEY);
    expect(options.tls?.serverRootCACertificate?.toString()).toBe(CERT);
    expect(options.tls?.serverNameOverride).toBe('temporal.internal');
    expect(describeTemporalConnection(options)).toBe('kc.abcde.tmprl.cloud:7233 (mTLS)');
  });

  it('wants the certificate and the key together', () => {
    expect(() => loadTemporalConnectionOptions({ TEMPORAL_TLS_CERT: cert })).toThrow(
      /TEMPORAL_TLS_KEY is required when TEMPORAL_TLS_CERT is set/,
    );
    expect(() => loadTemporalConnectionOptions({ TEMPORAL_TLS_KEY: key })).toThrow(
      /TEMPORAL_TLS_CERT is required when TEMPORAL_TLS_KEY is set/,
    );
  });

  it('refuses a certificate path that is missing or not PEM', () => {
    expect(() =>
      loadTemporalConnectionOptions({ TEMPORAL_TLS_CERT: join(dir, 'nope.pem'), TEMPORAL_TLS_KEY: key }),
    ).toThrow(/TEMPORAL_TLS_CERT names a file that cannot be read/);
    const notPem = join(dir, 'not.pem');
    writeFileSync(notPem, 'hello');
    expect(() => loadTemporalConnectionOptions({ TEMPORAL_TLS_CERT: cert, TEMPORAL_TLS_KEY: notPem })).toThrow(
      /TEMPORAL_TLS_KEY must name a PEM file/,
    );
  });

  it('turns TLS on for an API key (Temporal Cloud), read from a file too', () => {
    const apiKeyFile = join(dir, 'api-key');
    writeFileSync(apiKeyFile, 'cloud-api-key\n');
    const options = loadTemporalConnectionOptions({ TEMPORAL_API_KEY_FILE: apiKeyFile });
    expect(options).toEqual({ address: '127.0.0.1:7233', tls: {}, apiKey: 'cloud-api-key' });
    expect(describeTemporalConnection(options)).toBe('127.0.0.1:7233 (TLS + API key)');
  });

  it('accepts TEMPORAL_TLS=true alone and refuses TEMPORAL_TLS=false with TLS settings', () => {
    expect(loadTemporalConnectionOptions({ TEMPORAL_TLS: 'true' }).tls).toEqual({});
    expect(() => loadTemporalConnectionOptions({ TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'k' })).toThrow(
      /TEMPORAL_TLS is false while/,
    );
    expect(() => loadTemporalConnectionOptions({ TEMPORAL_TLS: 'sometimes' })).toThrow(
      /TEMPORAL_TLS must be true or false/,
    );
  });
});
