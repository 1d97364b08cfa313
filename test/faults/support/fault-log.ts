import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const LOG_DIR = join(__dirname, '..', '..', '..', 'test-output');

/** A component log of a fault test, in test-output/<name>.log (kept after the run, git-ignored). */
export function faultLog(name: string): { log: (line: string) => void; close: () => Promise<void> } {
  mkdirSync(LOG_DIR, { recursive: true });
  const file = createWriteStream(join(LOG_DIR, `${name}.log`));
  return {
    log: (line) => file.write(`${line}\n`),
    close: () => new Promise((resolve) => file.end(resolve)),
  };
}
