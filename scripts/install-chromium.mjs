#!/usr/bin/env node
// Makes sure Debian's Chromium is on this machine for the browser tests (test/browser/); run by `npm run setup`
// after the Temporal CLI step. Plain Node, no dependencies. It never downloads a browser build of its own:
// Chromium comes from the distribution's package (`apt-get install chromium`), and only when we are root.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command, args) {
  console.log(`install-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

function main() {
  if (isExecutable(CHROMIUM)) {
    console.log(`install-chromium: ${CHROMIUM} is already installed; nothing to do`);
    return;
  }
  if (process.platform !== 'linux' || !isExecutable('/usr/bin/apt-get')) {
    console.log(
      `install-chromium: ${CHROMIUM} is missing and this machine has no apt-get; install Chromium so that it is at ` +
        `${CHROMIUM} to run the browser tests (test/browser/)`,
    );
    return;
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    console.log(
      `install-chromium: ${CHROMIUM} is missing and we are not root; run as root: ` +
        'apt-get update && apt-get install -y chromium (the browser tests in test/browser/ need it)',
    );
    return;
  }
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']);
  if (!isExecutable(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing`);
  console.log(`install-chromium: ${CHROMIUM} installed`);
}

try {
  main();
} catch (err) {
  console.error(`install-chromium: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
