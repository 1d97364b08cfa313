import { devServerArgs } from './temporal-dev-server';

const base = {
  port: 7233,
  uiPort: 8233,
  namespace: 'default',
  searchAttributes: [
    { name: 'KcState', type: 'Keyword' },
    { name: 'KcProvince', type: 'Keyword' },
  ],
  log: () => undefined,
};

describe('devServerArgs', () => {
  it('binds 127.0.0.1, keeps state in the SQLite file, registers the search attributes', () => {
    // prettier-ignore
    expect(devServerArgs({ ...base, dbFile: '/data/temporal/temporal.db' })).toEqual([
      'server', 'start-dev', '--ip', '127.0.0.1', '--port', '7233', '--ui-port', '8233',
      '--db-filename', '/data/temporal/temporal.db', '--namespace', 'default',
      '--search-attribute', 'KcState=Keyword', '--search-attribute', 'KcProvince=Keyword',
      '--dynamic-config-value', 'history.maxInFlightUpdates=256',
      '--dynamic-config-value', 'system.enableActivityEagerExecution=true', '--log-level', 'warn',
    ]);
  });

  it('runs in memory without a UI for the tests', () => {
    const args = devServerArgs({ ...base, headless: true });
    expect(args).toContain('--headless');
    expect(args).not.toContain('--ui-port');
    expect(args).not.toContain('--db-filename');
  });
});
