/**
 * DATABASE_SSL against the real PostgreSQL of the test run: `require` encrypts the connection (or, on a server
 * without SSL, refuses to connect rather than fall back), `verify-full` refuses a certificate it cannot check,
 * `disable` does not encrypt, unset keeps the driver's default.
 */
import { loadDatabaseSsl } from '@kc/config';
import { createDataSource } from '@kc/persistence';
import { testEnv } from '../support/test-env';

async function connectionIsEncrypted(ssl: ReturnType<typeof loadDatabaseSsl>): Promise<boolean> {
  const dataSource = await createDataSource(testEnv().databaseUrl, 1, ssl).initialize();
  try {
    const [row] = await dataSource.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
    return row.ssl;
  } finally {
    await dataSource.destroy();
  }
}

async function serverOffersSsl(): Promise<boolean> {
  const dataSource = await createDataSource(testEnv().databaseUrl, 1).initialize();
  try {
    const [row] = await dataSource.query('SHOW ssl');
    return row.ssl === 'on';
  } finally {
    await dataSource.destroy();
  }
}

it('encrypts with DATABASE_SSL=require, not with disable, and leaves the default alone when unset', async () => {
  expect(await connectionIsEncrypted(loadDatabaseSsl({ DATABASE_SSL: 'disable' }))).toBe(false);
  expect(await connectionIsEncrypted(loadDatabaseSsl({}))).toBe(false); // node-postgres' default: no TLS
  if (await serverOffersSsl()) {
    expect(await connectionIsEncrypted(loadDatabaseSsl({ DATABASE_SSL: 'require' }))).toBe(true);
    // verify-full checks the certificate: a test server's is self-signed (or names another host), so it is refused.
    await expect(connectionIsEncrypted(loadDatabaseSsl({ DATABASE_SSL: 'verify-full' }))).rejects.toThrow(
      /self-signed|certificate|altnames|Hostname/i,
    );
  } else {
    await expect(connectionIsEncrypted(loadDatabaseSsl({ DATABASE_SSL: 'require' }))).rejects.toThrow(/SSL/);
  }
});
