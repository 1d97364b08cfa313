import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDatabaseSsl } from './database-ssl';
import { loadDatabaseConfig } from './runtime-config';

const CA = '-----BEGIN CERTIFICATE-----\nMIIBca\n-----END CERTIFICATE-----\n';
let dir: string;
let ca: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kc-pgssl-'));
  ca = join(dir, 'ca.pem');
  writeFileSync(ca, CA);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadDatabaseSsl', () => {
  it('leaves the driver alone when unset', () => {
    expect(loadDatabaseSsl({})).toBeUndefined();
  });

  it('maps disable, require and verify-full to pg ssl options', () => {
    expect(loadDatabaseSsl({ DATABASE_SSL: 'disable' })).toBe(false);
    expect(loadDatabaseSsl({ DATABASE_SSL: 'require' })).toEqual({ rejectUnauthorized: false });
    expect(loadDatabaseSsl({ DATABASE_SSL: 'verify-full' })).toEqual({ rejectUnauthorized: true });
    expect(loadDatabaseSsl({ DATABASE_SSL: 'verify-full', DATABASE_SSL_CA: ca })).toEqual({
      rejectUnauthorized: true,
      ca: CA,
    });
  });

  it('names the variable on a bad mode, a CA without verify-full, or a CA that is not a certificate', () => {
    expect(() => loadDatabaseSsl({ DATABASE_SSL: 'prefer' })).toThrow(/DATABASE_SSL must be one of/);
    expect(() => loadDatabaseSsl({ DATABASE_SSL: 'require', DATABASE_SSL_CA: ca })).toThrow(
      /DATABASE_SSL_CA is only used with DATABASE_SSL=verify-full/,
    );
    const junk = join(dir, 'junk');
    writeFileSync(junk, 'junk');
    expect(() => loadDatabaseSsl({ DATABASE_SSL: 'verify-full', DATABASE_SSL_CA: junk })).toThrow(
      /DATABASE_SSL_CA must name a PEM certificate/,
    );
  });

  it('is part of the database configuration, whose URL may come from a file', () => {
    const urlFile = join(dir, 'url');
    writeFileSync(urlFile, 'postgres://kc:pw@db:5432/kc\n');
    expect(loadDatabaseConfig({ DATABASE_URL_FILE: urlFile, DATABASE_SSL: 'require' })).toEqual({
      url: 'postgres://kc:pw@db:5432/kc',
      poolSize: 10,
      ssl: { rejectUnauthorized: false },
    });
  });
});
