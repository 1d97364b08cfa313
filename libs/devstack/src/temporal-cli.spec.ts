import { join } from 'node:path';
import {
  CliProbe,
  TEMPORAL_CLI_VERSION,
  cachedTemporalCliPath,
  locateTemporalCli,
  parseCliVersion,
} from './temporal-cli';

const CACHE = cachedTemporalCliPath({ XDG_CACHE_HOME: '/cache' });

function probe(files: { executable?: string[]; onPath?: string; pinned?: string[] }): CliProbe {
  return {
    isExecutable: (path) => (files.executable ?? []).includes(path),
    findOnPath: () => files.onPath,
    isPinnedVersion: (path) => (files.pinned ?? []).includes(path),
  };
}

describe('cachedTemporalCliPath', () => {
  it('lives under XDG_CACHE_HOME, in a folder named by the pinned version', () => {
    expect(CACHE).toBe(join('/cache', 'khuyencong-flow', `temporal-cli-v${TEMPORAL_CLI_VERSION}`, 'temporal'));
  });

  it('falls back to ~/.cache', () => {
    expect(cachedTemporalCliPath({}, '/home/an')).toBe(
      join('/home/an', '.cache', 'khuyencong-flow', 'temporal-cli-v1.5.1', 'temporal'),
    );
  });
});

describe('locateTemporalCli', () => {
  const env = { XDG_CACHE_HOME: '/cache' };

  it('takes TEMPORAL_CLI_PATH first, even when PATH and the cache have one', () => {
    const found = locateTemporalCli(
      { ...env, TEMPORAL_CLI_PATH: '/opt/temporal' },
      probe({ executable: ['/opt/temporal', CACHE], onPath: '/usr/bin/temporal', pinned: ['/usr/bin/temporal'] }),
    );
    expect(found).toBe('/opt/temporal');
  });

  it('refuses a TEMPORAL_CLI_PATH that is not there rather than quietly using another', () => {
    expect(() =>
      locateTemporalCli({ ...env, TEMPORAL_CLI_PATH: '/nope/temporal' }, probe({ executable: [CACHE] })),
    ).toThrow(/TEMPORAL_CLI_PATH=\/nope\/temporal/);
  });

  it('takes `temporal` on PATH when it is the pinned version', () => {
    const found = locateTemporalCli(
      env,
      probe({ executable: [CACHE], onPath: '/usr/bin/temporal', pinned: ['/usr/bin/temporal'] }),
    );
    expect(found).toBe('/usr/bin/temporal');
  });

  it('skips another version on PATH for the cached copy', () => {
    expect(locateTemporalCli(env, probe({ executable: [CACHE], onPath: '/usr/bin/temporal', pinned: [] }))).toBe(CACHE);
  });

  it('tells to run npm run setup when there is none', () => {
    expect(() => locateTemporalCli(env, probe({ onPath: '/usr/bin/temporal' }))).toThrow(/npm run setup/);
  });
});

describe('parseCliVersion', () => {
  it('reads a release build and a go-install build', () => {
    expect(parseCliVersion('temporal version 1.5.1 (Server 1.29.1, UI 2.42.1)\n')).toBe('1.5.1');
    expect(parseCliVersion('temporal version 0.0.0-DEV (Server 1.29.1, UI 2.42.1)')).toBe('0.0.0-DEV');
    expect(parseCliVersion('command not found')).toBeUndefined();
  });
});
