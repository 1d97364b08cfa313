import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigError,
  readBoolean,
  readChoice,
  readOptional,
  readOptionalPort,
  readPemFile,
  readPort,
  readRaw,
  readString,
} from './env';

let dir: string;
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kc-env-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('X_FILE', () => {
  it('reads the trimmed content of the file X_FILE names', () => {
    const env = { JWT_SECRET_FILE: file('jwt', '  s3cret-from-a-file-0123\n') };
    expect(readString(env, 'JWT_SECRET')).toBe('s3cret-from-a-file-0123');
    expect(readOptional(env, 'JWT_SECRET')).toBe('s3cret-from-a-file-0123');
  });

  it('serves every typed reader', () => {
    expect(readPort({ PORT_FILE: file('port', '8080\n') }, 'PORT', 3000)).toBe(8080);
    expect(readBoolean({ FLAG_FILE: file('flag', 'true') }, 'FLAG', false)).toBe(true);
  });

  it('refuses X and X_FILE together, naming both', () => {
    const env = { DATABASE_URL: 'postgres://a', DATABASE_URL_FILE: file('db', 'postgres://b') };
    expect(() => readRaw(env, 'DATABASE_URL')).toThrow(ConfigError);
    expect(() => readRaw(env, 'DATABASE_URL')).toThrow(/DATABASE_URL and DATABASE_URL_FILE are both set/);
  });

  it('names X_FILE when its file is missing or empty', () => {
    expect(() => readRaw({ SMTP_PASSWORD_FILE: join(dir, 'nope') }, 'SMTP_PASSWORD')).toThrow(
      /SMTP_PASSWORD_FILE names a file that cannot be read: .*nope \(ENOENT\)/,
    );
    expect(() => readRaw({ SMTP_PASSWORD_FILE: file('empty', ' \n') }, 'SMTP_PASSWORD')).toThrow(
      /SMTP_PASSWORD_FILE names an empty file/,
    );
  });

  it('leaves an unset variable unset', () => {
    expect(readRaw({}, 'X')).toBeUndefined();
    expect(readString({}, 'X', 'fallback')).toBe('fallback');
  });
});

describe('readChoice and readOptionalPort', () => {
  it('accepts a listed value in any case and names the variable otherwise', () => {
    expect(readChoice({ MODE: 'Require' }, 'MODE', ['disable', 'require'] as const, 'disable')).toBe('require');
    expect(() => readChoice({ MODE: 'maybe' }, 'MODE', ['disable', 'require'] as const, 'disable')).toThrow(
      /MODE must be one of disable, require, got "maybe"/,
    );
  });

  it('reads 0 or unset as off', () => {
    expect(readOptionalPort({}, 'P')).toBeUndefined();
    expect(readOptionalPort({ P: '0' }, 'P')).toBeUndefined();
    expect(readOptionalPort({ P: '9464' }, 'P')).toBe(9464);
    expect(() => readOptionalPort({ P: '70000' }, 'P')).toThrow(/P must be a port number/);
  });
});

describe('readPemFile', () => {
  const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

  it('reads a PEM file', () => {
    expect(readPemFile({ CERT: file('c.pem', PEM) }, 'CERT')?.toString()).toBe(PEM);
  });

  it('refuses a file that is not PEM, or missing, naming the variable', () => {
    expect(() => readPemFile({ CERT: file('c.der', 'binary junk') }, 'CERT')).toThrow(/CERT must name a PEM file/);
    expect(() => readPemFile({ CERT: join(dir, 'missing.pem') }, 'CERT')).toThrow(
      /CERT names a file that cannot be read/,
    );
  });
});
