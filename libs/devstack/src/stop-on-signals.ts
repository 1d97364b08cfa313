import { startParentDeathReaper } from './parent-death-reaper';
import { ServiceStack } from './service-stack';

export interface StackLifecycle {
  /** Stops everything in order, then exits; the first caller's code wins. */
  shutdown(code: number): void;
  /** Logs the reason and stops with exit code 1. */
  fail(reason: string): void;
}

/**
 * The orchestrators' (npm start, cluster:start) way to end: SIGINT/SIGTERM/SIGHUP stop the stack in order, a second
 * Ctrl-C more than a second later kills what is left, and an unexpected error stops everything with code 1. The
 * children are also watched by a parent-death reaper, so they end even when this process is killed outright.
 */
export function stopStackOnSignals(
  stack: ServiceStack,
  log: (line: string) => void,
  startedAt: number,
): StackLifecycle {
  // Children end with this process however it ends, kill -9 included (see reaper-process.ts).
  const reaper = startParentDeathReaper(log);
  stack.watchWith(reaper);
  let exitCode: number | undefined;
  const shutdown = (code: number): void => {
    if (exitCode !== undefined) return;
    exitCode = code;
    void stack.stopAll().then(() => {
      reaper.release();
      log(`stopped after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
      process.exit(exitCode);
    });
  };
  const fail = (reason: string): void => {
    if (exitCode !== undefined) return;
    log(`LỖI / ERROR: ${reason}`);
    shutdown(1);
  };
  let firstSignalAt: number | undefined;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (firstSignalAt === undefined) {
        firstSignalAt = Date.now();
        log(`${signal}: đang dừng / stopping (press Ctrl-C again to force)`);
        shutdown(0);
      } else if (Date.now() - firstSignalAt > 1000) {
        log('forced stop: killing what is still running');
        stack.killAll();
        process.exit(130);
      }
      // Within a second of the first, it is the same Ctrl-C arriving twice (from the terminal and from npm,
      // which forwards it): not a request to force.
    });
  }
  process.on('uncaughtException', (err) => fail(`unexpected error: ${err.stack ?? err.message}`));
  process.on('unhandledRejection', (err) =>
    fail(`unexpected error: ${err instanceof Error ? err.stack : String(err)}`),
  );
  // A closed terminal must not turn our own log lines into a crash.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  return { shutdown, fail };
}
