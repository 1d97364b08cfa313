#!/usr/bin/env node
// Makes sure the generated papers (libs/documents/) have what they need from Debian; run by `npm run setup`.
// - fonts-liberation2: Liberation Serif 2, metric-compatible with Times New Roman and with the Vietnamese letters
//   (version 1, Debian's fonts-liberation, lacks them), embedded in every PDF; nothing is downloaded at run time.
// - poppler-utils: pdftotext, which the tests read PDFs back with, and pdftoppm, which draws docs/documents/*.png.
// Plain Node, no dependencies; installs only as root with apt-get, otherwise says what to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const NEEDS = [
  { path: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf', pkg: 'fonts-liberation2' },
  { path: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
];

function present(path) {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command, args) {
  console.log(`install-document-tools: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

function main() {
  const missing = NEEDS.filter((n) => !present(n.path));
  if (missing.length === 0) {
    console.log('install-document-tools: fonts-liberation2 and poppler-utils are installed; nothing to do');
    return;
  }
  const packages = missing.map((n) => n.pkg);
  if (process.platform !== 'linux' || !present('/usr/bin/apt-get')) {
    console.log(
      `install-document-tools: missing ${missing.map((n) => n.path).join(', ')} and this machine has no apt-get; ` +
        'install Liberation Serif 2 and poppler (pdftotext, pdftoppm) to make PDF papers and run their tests',
    );
    return;
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    console.log(
      `install-document-tools: missing ${packages.join(', ')} and we are not root; run as root: ` +
        `apt-get update && apt-get install -y ${packages.join(' ')}`,
    );
    return;
  }
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', ...packages]);
  const still = NEEDS.filter((n) => !present(n.path));
  if (still.length) throw new Error(`apt-get installed ${packages.join(' ')} but ${still[0].path} is still missing`);
  console.log(`install-document-tools: ${packages.join(', ')} installed`);
}

try {
  main();
} catch (err) {
  console.error(`install-document-tools: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
