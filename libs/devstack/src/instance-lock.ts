import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

export interface InstanceLock {
  release(): void;
}

function isLiveProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
  } catch {
    return true;
  }
}

/**
 * Claims `lockFile` for this process (its pid inside, created exclusively), so that a second `npm start` on the
 * same data folder is refused instead of sharing a file that only one process may write (the Temporal dev
 * server's SQLite database). A lock left by a process that is gone (a crash, a reboot) is taken over.
 */
export function acquireInstanceLock(lockFile: string, what: { vi: string; en: string }): InstanceLock {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return {
        release: () => {
          try {
            if (Number(readFileSync(lockFile, 'utf8').trim()) === process.pid) unlinkSync(lockFile);
          } catch {
            // already gone
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let owner = NaN;
    try {
      owner = Number(readFileSync(lockFile, 'utf8').trim());
    } catch {
      // removed meanwhile: try again
    }
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isLiveProcess(owner)) {
      throw new Error(
        `${what.vi} đang được một phiên khác (pid ${owner}) sử dụng (${lockFile}); dừng phiên đó hoặc đặt DATA_DIR khác` +
          ` / ${what.en} is in use by another instance (pid ${owner}, ${lockFile}): stop it or set another DATA_DIR`,
      );
    }
    try {
      unlinkSync(lockFile); // stale: its owner is gone
    } catch {
      // someone else took it over first: the next attempt says who
    }
  }
  throw new Error(`could not claim ${lockFile}`);
}
