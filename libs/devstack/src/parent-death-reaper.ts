import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'node:net';

/** What a ServiceStack tells about its child processes, so that they never outlive the orchestrator. */
export interface ProcessWatcher {
  watch(pid: number): void;
  forget(pid: number): void;
  /** The stack was stopped in order: nothing is left to reap. */
  release(): void;
}

const REAPER_SCRIPT = join(__dirname, 'reaper-process.js');

/**
 * Starts the reaper (reaper-process.ts) with a pipe on its stdin; this process holds the only write end. If this
 * process dies by any signal, kill -9 of it or of its process group included, the pipe closes and the reaper
 * stops every child it was told about. Returns a watcher that does nothing when the compiled reaper is missing
 * (running from TypeScript sources), saying so once.
 */
export function startParentDeathReaper(log: (line: string) => void): ProcessWatcher {
  if (!existsSync(REAPER_SCRIPT)) {
    log(`no parent-death reaper (${REAPER_SCRIPT} not built): children may outlive a killed orchestrator`);
    return { watch: () => undefined, forget: () => undefined, release: () => undefined };
  }
  const reaper = spawn(process.execPath, [REAPER_SCRIPT], { stdio: ['pipe', 'ignore', 'inherit'], detached: true });
  reaper.unref();
  const pipe = reaper.stdin as Socket;
  pipe.on('error', () => undefined);
  // The pipe must not keep this process alive: its end closes when this process exits, which is the point.
  pipe.unref();
  const send = (line: string) => {
    if (!pipe.destroyed) pipe.write(`${line}\n`);
  };
  return {
    watch: (pid) => send(`watch ${pid}`),
    forget: (pid) => send(`forget ${pid}`),
    release: () => {
      send('exit');
      pipe.end();
    },
  };
}
