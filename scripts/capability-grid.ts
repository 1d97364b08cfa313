/**
 * npm run capabilities:grid — writes docs/CAPABILITIES.md, the (state × action × position) grid and the other
 * capabilities, from the domain's tables. `--check` writes nothing and fails when the committed file differs (the
 * unit test libs/domain/src/capabilities/capability-grid.spec.ts does the same in every test run).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { capabilityGridMarkdown } from '../libs/domain/src/capabilities/capability-grid';

const ROOT = join(__dirname, '..', '..');
const DOCUMENT = join(ROOT, 'docs', 'CAPABILITIES.md');

function main(): void {
  const markdown = capabilityGridMarkdown();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(DOCUMENT, 'utf8');
    } catch {
      current = '';
    }
    if (current !== markdown) {
      process.stderr.write('docs/CAPABILITIES.md is out of date: run `npm run build && npm run capabilities:grid`\n');
      process.exit(1);
    }
    process.stdout.write('docs/CAPABILITIES.md is current\n');
    return;
  }
  writeFileSync(DOCUMENT, markdown);
  process.stdout.write(`wrote ${DOCUMENT}\n`);
}

main();
