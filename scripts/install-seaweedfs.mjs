#!/usr/bin/env node
// Makes sure the pinned SeaweedFS (the S3-compatible server the attachment store's S3 tests start) is on this machine;
// not run by `npm run setup` (its build took over 20 minutes on a 2-core machine: see the README), plain Node with no dependencies, like install-temporal-cli.mjs. It
// looks at SEAWEEDFS_PATH, then the cache (~/.cache/khuyencong-flow/seaweedfs-<version>/weed); when neither is there it
// builds `weed` with Go from the module proxy's source. It never downloads a binary.
//
// `go install github.com/seaweedfs/seaweedfs/weed@<version>` refuses this module (its go.mod has replace directives),
// so the source is fetched with `go mod download` and built in place, where it is the main module and its replace
// directives apply, exactly as its own Makefile builds it.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

const VERSION = 'v0.0.0-20261109003541-7506e5f91cd6';
const MODULE = 'github.com/seaweedfs/seaweedfs';
const EXE = process.platform === 'win32' ? 'weed.exe' : 'weed';
const cacheHome = process.env.XDG_CACHE_HOME?.trim() || join(homedir(), '.cache');
const cached = join(cacheHome, 'khuyencong-flow', `seaweedfs-${VERSION}`, EXE);

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

function found(path, how) {
  console.log(`SeaweedFS ${VERSION}: ${path} (${how})`);
  process.exit(0);
}

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const explicit = process.env.SEAWEEDFS_PATH?.trim();
if (explicit) {
  if (isExecutable(explicit)) found(explicit, 'SEAWEEDFS_PATH');
  fail(`SEAWEEDFS_PATH=${explicit} không phải tệp chạy được / is not an executable file: fix or unset SEAWEEDFS_PATH.`);
}
if (isExecutable(cached)) found(cached, 'cached by an earlier setup');

const go = onPath(process.platform === 'win32' ? 'go.exe' : 'go');
if (!go) {
  fail(
    [
      `Không có Go để dựng SeaweedFS / SeaweedFS ${VERSION} not found, and no Go to build it.`,
      'Install Go 1.26 or newer (https://go.dev/dl/) and run `npm run setup` again, or set SEAWEEDFS_PATH to a `weed` binary.',
      'Only the S3 attachment-store test needs it (test/api/attachments-s3.test.ts).',
    ].join('\n'),
  );
}

console.log(`Building SeaweedFS ${VERSION} with Go (${MODULE}/weed); this takes several minutes the first time…`);
const started = Date.now();
mkdirSync(dirname(dirname(cached)), { recursive: true });
const scratch = mkdtempSync(join(dirname(dirname(cached)), '.seaweedfs-build-'));
try {
  const download = JSON.parse(
    execFileSync(go, ['mod', 'download', '-json', `${MODULE}@${VERSION}`], { encoding: 'utf8' }),
  );
  if (!download.Dir) throw new Error(download.Error ?? 'go mod download gave no folder');
  const build = spawnSync(go, ['build', '-trimpath', '-o', join(scratch, EXE), './weed'], {
    cwd: download.Dir,
    stdio: 'inherit',
    env: { ...process.env, GOFLAGS: `${process.env.GOFLAGS ?? ''} -mod=readonly`.trim() },
  });
  if (build.status !== 0) throw new Error(`go build exited with ${build.status ?? build.signal}`);
  mkdirSync(dirname(cached), { recursive: true });
  renameSync(join(scratch, EXE), cached);
} catch (err) {
  fail(
    `dựng SeaweedFS thất bại / building SeaweedFS failed: ${err.message}\nSet SEAWEEDFS_PATH to a weed binary instead.`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
found(cached, 'built with go build');
