import { join } from 'node:path';
import { portsToCheck, readStackConfig, redactUrl } from './stack-config';

describe('readStackConfig', () => {
  it('embeds everything by default, under ./.data, on the documented ports', () => {
    const config = readStackConfig({}, '/srv/kc');
    expect(config).toEqual({
      dataDir: '/srv/kc/.data',
      apiPort: 3000,
      publicUrl: 'http://127.0.0.1:3000',
      namespace: 'default',
      postgres: { embedded: true, port: 54329, dataDir: join('/srv/kc/.data', 'pg'), database: 'khuyencong' },
      temporal: { embedded: true, port: 7233, uiPort: 8233, dbFile: join('/srv/kc/.data', 'temporal', 'temporal.db') },
      mail: { embedded: true, smtpPort: 1025, httpPort: 8025, mailDir: join('/srv/kc/.data', 'mail') },
    });
  });

  it('uses the real components the variables point at', () => {
    const config = readStackConfig(
      {
        DATABASE_URL: 'postgres://kc:secret@db:5432/kc',
        TEMPORAL_ADDRESS: 'temporal:7233',
        SMTP_URL: 'smtp://relay:587',
        PORT: '8080',
      },
      '/srv/kc',
    );
    expect(config.postgres).toEqual({ embedded: false, url: 'postgres://kc:secret@db:5432/kc' });
    expect(config.temporal).toEqual({ embedded: false, address: 'temporal:7233' });
    expect(config.mail).toEqual({ embedded: false, url: 'smtp://relay:587' });
    expect(portsToCheck(config)).toEqual([{ port: 8080, variable: 'PORT' }]);
  });

  it('refuses a bad port, naming the variable', () => {
    expect(() => readStackConfig({ TEMPORAL_PORT: '72330' })).toThrow(/TEMPORAL_PORT/);
    expect(() => readStackConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});

describe('portsToCheck', () => {
  it('lists every embedded port with its variable', () => {
    expect(portsToCheck(readStackConfig({}, '/srv')).map((p) => p.variable)).toEqual([
      'PORT',
      'EMBEDDED_PG_PORT',
      'TEMPORAL_PORT',
      'TEMPORAL_UI_PORT',
      'SMTP_CATCHER_PORT',
      'MAIL_UI_PORT',
    ]);
  });

  it('refuses two services on one port', () => {
    expect(() => portsToCheck(readStackConfig({ MAIL_UI_PORT: '3000' }, '/srv'))).toThrow(/MAIL_UI_PORT.*3000.*PORT/);
  });
});

describe('redactUrl', () => {
  it('hides the password only', () => {
    expect(redactUrl('postgres://kc:secret@db:5432/kc')).toBe('postgres://kc:***@db:5432/kc');
    expect(redactUrl('smtp://relay:587')).toBe('smtp://relay:587');
  });
});
