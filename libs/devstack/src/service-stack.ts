import type { ProcessWatcher } from './parent-death-reaper';

/** Something the orchestrator started and must stop; pid when it is a separate process (for a forced stop). */
export interface RunningService {
  stop(): Promise<void>;
  pid?: number;
}

/** Thrown to a start-up step that finishes after the stop began: the caller stops what it was doing. */
export class StackStoppingError extends Error {
  constructor(service: string) {
    super(`${service} started after the stop began; stopped it again`);
    this.name = 'StackStoppingError';
  }
}

/**
 * The services of one run, stopped in a fixed order (say API, worker, Temporal, mail, PostgreSQL) whatever
 * order they started in. A service that finishes starting after the stop began is stopped at once.
 */
export class ServiceStack {
  private readonly services = new Map<string, RunningService>();
  private readonly lateStops: Promise<void>[] = [];
  private stopped?: Promise<void>;
  private watcher?: ProcessWatcher;

  constructor(
    private readonly stopOrder: readonly string[],
    private readonly log: (line: string) => void,
  ) {}

  /** Every child process of the stack, those added already and those to come, is told to the watcher. */
  watchWith(watcher: ProcessWatcher): void {
    this.watcher = watcher;
    for (const service of this.services.values()) if (service.pid !== undefined) watcher.watch(service.pid);
  }

  /** A child that is still starting (not added yet): watched from its spawn, so a kill -9 then ends it too. */
  watchStarting(pid: number): void {
    this.watcher?.watch(pid);
  }

  get stopping(): boolean {
    return this.stopped !== undefined;
  }

  add(name: string, service: RunningService): void {
    if (!this.stopOrder.includes(name)) throw new Error(`unknown service "${name}"`);
    if (this.stopping) {
      this.lateStops.push(this.stopOne(name, service));
      throw new StackStoppingError(name);
    }
    this.services.set(name, service);
    if (service.pid !== undefined) this.watcher?.watch(service.pid);
  }

  /** Stops everything once, in order; later calls get the same promise. */
  stopAll(): Promise<void> {
    this.stopped ??= this.stopInOrder();
    return this.stopped;
  }

  /** For a second Ctrl-C: SIGKILL every process still running, no waiting. */
  killAll(): void {
    for (const service of this.services.values()) {
      if (service.pid === undefined) continue;
      try {
        process.kill(service.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }

  private async stopInOrder(): Promise<void> {
    for (const name of this.stopOrder) {
      const service = this.services.get(name);
      if (service) await this.stopOne(name, service);
    }
    await Promise.all(this.lateStops);
  }

  private async stopOne(name: string, service: RunningService): Promise<void> {
    const started = Date.now();
    try {
      await service.stop();
      this.services.delete(name);
      if (service.pid !== undefined) this.watcher?.forget(service.pid);
      this.log(`${name} stopped (${Date.now() - started} ms)`);
    } catch (err) {
      this.log(`${name} did not stop cleanly: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
