/**
 * The Temporal server (v1.29.1, the version inside the pinned CLI v1.5.1) and its SQL schema tool, built from Go
 * modules into ~/.cache/khuyencong-flow/temporal-server-v1.29.1 like scripts/install-temporal-cli.mjs builds the
 * CLI: `go install`, never a downloaded binary. The PostgreSQL schema files are copied from the module next to
 * the binaries, so setting up a database needs only the cache.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

export const TEMPORAL_SERVER_VERSION = '1.29.1';
const MODULE = 'go.temporal.io/server';

export interface TemporalServerBinaries {
  server: string;
  sqlTool: string;
  /** schema/postgresql/v12 of the server module: temporal/versioned and visibility/versioned. */
  postgresSchemaDir: string;
}

export function serverCacheDir(): string {
  const cacheHome = process.env.XDG_CACHE_HOME?.trim() || join(homedir(), '.cache');
  return join(cacheHome, 'khuyencong-flow', `temporal-server-v${TEMPORAL_SERVER_VERSION}`);
}

export function temporalServerBinaries(dir = serverCacheDir()): TemporalServerBinaries {
  return {
    server: join(dir, 'server'),
    sqlTool: join(dir, 'sql'),
    postgresSchemaDir: join(dir, 'schema', 'postgresql', 'v12'),
  };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function isInstalled(binaries: TemporalServerBinaries): boolean {
  return (
    isExecutable(binaries.server) &&
    isExecutable(binaries.sqlTool) &&
    existsSync(join(binaries.postgresSchemaDir, 'temporal', 'versioned')) &&
    existsSync(join(binaries.postgresSchemaDir, 'visibility', 'versioned'))
  );
}

/** The binaries, built once per machine (about 1.5 minutes with a warm Go module cache); a no-op when present. */
export function installTemporalServer(log: (line: string) => void): TemporalServerBinaries {
  const dir = serverCacheDir();
  const binaries = temporalServerBinaries(dir);
  if (isInstalled(binaries)) {
    log(`Temporal server v${TEMPORAL_SERVER_VERSION}: ${dir} (cached)`);
    return binaries;
  }
  const go = findGo();
  mkdirSync(dir, { recursive: true });
  if (!isExecutable(binaries.server) || !isExecutable(binaries.sqlTool)) buildBinaries(go, dir, log);
  if (!existsSync(join(binaries.postgresSchemaDir, 'visibility', 'versioned'))) {
    // Copied whole, then renamed: an interrupted copy never passes for a complete schema.
    const scratch = mkdtempSync(join(dir, '.schema-'));
    cpSync(join(goModuleDir(go), 'schema', 'postgresql', 'v12'), join(scratch, 'v12'), { recursive: true });
    // The module cache is read-only; the copy must not be, or no later setup could replace or remove it.
    execFileSync('chmod', ['-R', 'u+w', scratch]);
    rmSync(binaries.postgresSchemaDir, { recursive: true, force: true });
    mkdirSync(dirname(binaries.postgresSchemaDir), { recursive: true });
    renameSync(join(scratch, 'v12'), binaries.postgresSchemaDir);
    rmSync(scratch, { recursive: true, force: true });
  }
  log(`Temporal server v${TEMPORAL_SERVER_VERSION}: ${dir}`);
  return binaries;
}

function buildBinaries(go: string, dir: string, log: (line: string) => void): void {
  log(`building Temporal server v${TEMPORAL_SERVER_VERSION} and its SQL tool with go install (minutes, once)…`);
  const started = Date.now();
  // Built into a scratch folder and renamed into place: an interrupted build never leaves half a binary behind.
  const scratch = mkdtempSync(join(dir, '.build-'));
  try {
    const version = `@v${TEMPORAL_SERVER_VERSION}`;
    execFileSync(go, ['install', `${MODULE}/cmd/server${version}`, `${MODULE}/cmd/tools/sql${version}`], {
      stdio: 'inherit',
      env: { ...process.env, GOBIN: scratch },
      cwd: homedir(),
    });
    renameSync(join(scratch, 'server'), join(dir, 'server'));
    renameSync(join(scratch, 'sql'), join(dir, 'sql'));
  } catch (err) {
    throw new Error(
      `Dựng Temporal server thất bại / go install of the Temporal server failed: ${err instanceof Error ? err.message : err}`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
}

function findGo(): string {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, 'go');
    if (folder && isExecutable(candidate)) return candidate;
  }
  throw new Error(
    `Không có Go để dựng Temporal server / no Go on PATH to build Temporal server v${TEMPORAL_SERVER_VERSION}: ` +
      'install Go 1.25 or newer (https://go.dev/dl/) and run `npm run cluster:setup` again',
  );
}

/** Where the Go module cache keeps the server module (its schema files); `go install` has just fetched it. */
function goModuleDir(go: string): string {
  const json = execFileSync(go, ['mod', 'download', '-json', `${MODULE}@v${TEMPORAL_SERVER_VERSION}`], {
    encoding: 'utf8',
    // Outside any Go module, so the repository's tools/compose-validate/go.mod plays no part.
    cwd: homedir(),
  });
  const dir = (JSON.parse(json) as { Dir?: string }).Dir;
  if (!dir) throw new Error(`go mod download did not name the folder of ${MODULE}`);
  return dir;
}
