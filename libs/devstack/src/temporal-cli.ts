import { execFileSync } from 'node:child_process';
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The Temporal CLI this project is tested with; `npm run setup` installs it (scripts/install-temporal-cli.mjs). */
export const TEMPORAL_CLI_VERSION = '1.5.1';

const CLI_FILE = process.platform === 'win32' ? 'temporal.exe' : 'temporal';

/** Where `npm run setup` puts the pinned CLI: `${XDG_CACHE_HOME or ~/.cache}/khuyencong-flow/temporal-cli-v1.5.1/`. */
export function cachedTemporalCliPath(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const cacheHome = env.XDG_CACHE_HOME?.trim() || join(home, '.cache');
  return join(cacheHome, 'khuyencong-flow', `temporal-cli-v${TEMPORAL_CLI_VERSION}`, CLI_FILE);
}

/** The file-system questions the locator asks, apart so the order of the search can be tested. */
export interface CliProbe {
  isExecutable(path: string): boolean;
  findOnPath(name: string): string | undefined;
  isPinnedVersion(path: string): boolean;
}

/**
 * The pinned Temporal CLI: TEMPORAL_CLI_PATH when set, else `temporal` on PATH when it is v1.5.1,
 * else the copy `npm run setup` built into the cache. Throws a message saying what to do when none is there.
 */
export function locateTemporalCli(env: NodeJS.ProcessEnv = process.env, probe: CliProbe = systemProbe(env)): string {
  const explicit = env.TEMPORAL_CLI_PATH?.trim();
  if (explicit) {
    if (probe.isExecutable(explicit)) return explicit;
    throw new Error(
      `TEMPORAL_CLI_PATH=${explicit} không phải tệp chạy được / is not an executable file: fix or unset TEMPORAL_CLI_PATH`,
    );
  }
  const onPath = probe.findOnPath(CLI_FILE);
  if (onPath && probe.isPinnedVersion(onPath)) return onPath;
  const cached = cachedTemporalCliPath(env);
  if (probe.isExecutable(cached)) return cached;
  throw new Error(
    `Không tìm thấy Temporal CLI v${TEMPORAL_CLI_VERSION}; hãy chạy \`npm run setup\`` +
      ` / Temporal CLI v${TEMPORAL_CLI_VERSION} not found (looked at TEMPORAL_CLI_PATH, PATH and ${cached}): run \`npm run setup\``,
  );
}

/** `temporal version 1.5.1 (Server 1.29.1, UI 2.42.1)` → `1.5.1`; a `go install` build says `0.0.0-DEV`. */
export function parseCliVersion(output: string): string | undefined {
  return /temporal version (\S+)/.exec(output)?.[1];
}

export function systemProbe(env: NodeJS.ProcessEnv = process.env): CliProbe {
  return {
    isExecutable,
    findOnPath(name) {
      for (const dir of (env.PATH ?? '').split(delimiter)) {
        if (dir && isExecutable(join(dir, name))) return join(dir, name);
      }
      return undefined;
    },
    isPinnedVersion(path) {
      let output: string;
      try {
        output = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 15000, stdio: 'pipe' });
      } catch {
        return false;
      }
      const version = parseCliVersion(output);
      if (version === TEMPORAL_CLI_VERSION) return true;
      // `go install …@v1.5.1` reports 0.0.0-DEV; the module version is in the binary's build information.
      return (
        version === '0.0.0-DEV' && binaryContains(path, `mod\tgithub.com/temporalio/cli\tv${TEMPORAL_CLI_VERSION}\t`)
      );
    },
  };
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Streams the file looking for a marker (the Go build information sits deep inside a 250 MB binary). */
function binaryContains(path: string, marker: string): boolean {
  const needle = Buffer.from(marker);
  const chunk = Buffer.alloc(8 * 1024 * 1024);
  const fd = openSync(path, 'r');
  try {
    let position = 0;
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      if (read === 0) return false;
      if (chunk.subarray(0, read).includes(needle)) return true;
      if (read < chunk.length) return false;
      position += read - needle.length; // overlap, so a marker across two chunks is still found
    }
  } finally {
    closeSync(fd);
  }
}
