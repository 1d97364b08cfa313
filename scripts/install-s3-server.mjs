#!/usr/bin/env node
// Makes sure the S3-compatible test server (tools/s3-fake: gofakes3 v1.2.0 in a small Go main) is on this machine; run
// by `npm run setup` after the Temporal CLI, plain Node with no dependencies, like install-temporal-cli.mjs. The test of
// the attachment store's S3 driver (test/api/attachments-s3.test.ts) starts it. It looks at S3_FAKE_PATH, then the cache
// (~/.cache/khuyencong-flow/s3-fake-<go.sum digest>/s3-fake); when neither is there it builds it with `go build` from
// the module proxy's sources, pinned by tools/s3-fake/go.sum. It never downloads a binary.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TOOL = join(dirname(fileURLToPath(import.meta.url)), '..', 'tools', 's3-fake');
const EXE = process.platform === 'win32' ? 's3-fake.exe' : 's3-fake';
// The digest of go.mod, go.sum and main.go: a change of any of them builds anew (and the test finds the same folder).
const digest = createHash('sha256')
  .update(['go.mod', 'go.sum', 'main.go'].map((f) => readFileSync(join(TOOL, f), 'utf8')).join('\0'))
  .digest('hex')
  .slice(0, 12);
const cacheHome = process.env.XDG_CACHE_HOME?.trim() || join(homedir(), '.cache');
const cached = join(cacheHome, 'khuyencong-flow', `s3-fake-${digest}`, EXE);

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
  console.log(`S3 test server (gofakes3): ${path} (${how})`);
  process.exit(0);
}

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const explicit = process.env.S3_FAKE_PATH?.trim();
if (explicit) {
  if (isExecutable(explicit)) found(explicit, 'S3_FAKE_PATH');
  fail(`S3_FAKE_PATH=${explicit} không phải tệp chạy được / is not an executable file: fix or unset S3_FAKE_PATH.`);
}
if (isExecutable(cached)) found(cached, 'cached by an earlier setup');

const go = onPath(process.platform === 'win32' ? 'go.exe' : 'go');
if (!go) {
  fail(
    [
      'Không có Go để dựng máy chủ S3 thử nghiệm / no Go to build the S3 test server (tools/s3-fake).',
      'Install Go 1.24 or newer (https://go.dev/dl/) and run `npm run setup` again, or set S3_FAKE_PATH to a built s3-fake.',
    ].join('\n'),
  );
}

console.log('Building the S3 test server (tools/s3-fake, gofakes3 v1.2.0) with Go…');
const started = Date.now();
mkdirSync(dirname(dirname(cached)), { recursive: true });
const scratch = mkdtempSync(join(dirname(dirname(cached)), '.s3-fake-build-'));
try {
  const build = spawnSync(go, ['build', '-trimpath', '-mod=readonly', '-o', join(scratch, EXE), '.'], {
    cwd: TOOL,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`go build exited with ${build.status ?? build.signal}`);
  mkdirSync(dirname(cached), { recursive: true });
  renameSync(join(scratch, EXE), cached);
} catch (err) {
  fail(`dựng máy chủ S3 thử nghiệm thất bại / building the S3 test server failed: ${err.message}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
found(cached, 'built with go build');
