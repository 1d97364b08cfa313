#!/usr/bin/env node
// Makes sure the pinned Temporal CLI (v1.5.1) is on this machine; run by `npm run setup` right after `npm ci`,
// before the build, so it is plain Node with no dependencies. It looks where libs/devstack/src/temporal-cli.ts
// looks (keep the two in step): TEMPORAL_CLI_PATH, then `temporal` on PATH if it is v1.5.1, then the cache.
// When none is there it builds the CLI with `go install` into the cache. It never downloads a binary itself.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  accessSync,
  closeSync,
  constants,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

const VERSION = '1.5.1';
const MODULE = 'github.com/temporalio/cli';
const EXE = process.platform === 'win32' ? 'temporal.exe' : 'temporal';
const cacheHome = process.env.XDG_CACHE_HOME?.trim() || join(homedir(), '.cache');
const cached = join(cacheHome, 'khuyencong-flow', `temporal-cli-v${VERSION}`, EXE);

function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** `temporal version 1.5.1 (…)`; a `go install` build says 0.0.0-DEV and keeps its module version inside. */
function isPinned(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 15000 });
  const version = /temporal version (\S+)/.exec(result.stdout ?? '')?.[1];
  if (version === VERSION) return true;
  return version === '0.0.0-DEV' && binaryContains(path, `mod\t${MODULE}\tv${VERSION}\t`);
}

function binaryContains(path, marker) {
  const needle = Buffer.from(marker);
  const chunk = Buffer.alloc(8 * 1024 * 1024);
  const fd = openSync(path, 'r');
  try {
    for (let position = 0; ;) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      if (read === 0) return false;
      if (chunk.subarray(0, read).includes(needle)) return true;
      if (read < chunk.length) return false;
      position += read - needle.length;
    }
  } finally {
    closeSync(fd);
  }
}

function found(path, how) {
  console.log(`Temporal CLI v${VERSION}: ${path} (${how})`);
  process.exit(0);
}

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const explicit = process.env.TEMPORAL_CLI_PATH?.trim();
if (explicit) {
  if (isExecutable(explicit)) found(explicit, 'TEMPORAL_CLI_PATH');
  fail(
    `TEMPORAL_CLI_PATH=${explicit} không phải tệp chạy được / is not an executable file: fix or unset TEMPORAL_CLI_PATH.`,
  );
}
const fromPath = onPath(EXE);
if (fromPath && isPinned(fromPath)) found(fromPath, 'on PATH');
if (isExecutable(cached)) found(cached, 'cached by an earlier setup');

const go = onPath(process.platform === 'win32' ? 'go.exe' : 'go');
if (!go) {
  fail(
    [
      `Không tìm thấy Temporal CLI v${VERSION} và không có Go để dựng nó / Temporal CLI v${VERSION} not found, and no Go to build it.`,
      'Do one of these, then run `npm run setup` again:',
      '  - install Go 1.25 or newer (https://go.dev/dl/) so setup can build the CLI with `go install`;',
      `  - put the Temporal CLI v${VERSION} on PATH as \`temporal\` (https://github.com/temporalio/cli/releases/tag/v${VERSION});`,
      `  - or set TEMPORAL_CLI_PATH to a Temporal CLI v${VERSION} binary.`,
    ].join('\n'),
  );
}

console.log(
  `Building Temporal CLI v${VERSION} with Go (go install ${MODULE}/cmd/temporal@v${VERSION}); this takes a few minutes the first time…`,
);
const started = Date.now();
mkdirSync(dirname(dirname(cached)), { recursive: true });
// Built into a scratch folder and renamed into place, so an interrupted build never leaves half a binary behind.
const scratch = mkdtempSync(join(dirname(dirname(cached)), '.temporal-cli-build-'));
try {
  execFileSync(go, ['install', `${MODULE}/cmd/temporal@v${VERSION}`], {
    stdio: 'inherit',
    env: { ...process.env, GOBIN: scratch },
  });
  mkdirSync(dirname(cached), { recursive: true });
  renameSync(join(scratch, EXE), cached);
} catch (err) {
  fail(
    `go install failed / dựng Temporal CLI thất bại: ${err.message}\nPut Temporal CLI v${VERSION} on PATH or set TEMPORAL_CLI_PATH instead.`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
found(cached, 'built with go install');
