import { join, resolve } from 'node:path';
import { Env, readBoolean, readPositiveInt } from './env';
import { repoRoot } from './repo-root';

/**
 * The project worker's memory and cache sizes, one place for the worker and every script that starts it (npm start,
 * the bench, the cluster, the fault tests), chosen by measurement on a 2-core box (docs/PERFORMANCE.md, "Worker
 * memory" and "Reminder fan-out"):
 * - WORKER_MAX_CACHED_WORKFLOWS: projects kept in memory between their tasks (about 0.4 MiB each); one evicted is
 *   replayed from its history (under 1,000 events) when its timer fires.
 * - WORKER_HEAP_MIB: the V8 old-space cap (`--max-old-space-size`) of the worker process, so garbage is collected
 *   rather than kept as resident memory.
 * - WORKER_REFERENCE_TTL_SECONDS: how long the officers read for one notice serve the next ones.
 * - WORKER_STACK_TRACES: keep the SDK's per-promise stack capture in the workflow threads, for the Temporal UI's
 *   stack-trace view (off by default: apps/worker/src/workflow-thread-preload.ts says what it costs).
 */
export interface WorkerSizing {
  maxCachedWorkflows: number;
  heapMiB: number;
  referenceTtlSeconds: number;
  stackTraces: boolean;
}

export const DEFAULT_WORKER_SIZING: WorkerSizing = {
  maxCachedWorkflows: 100,
  heapMiB: 256,
  referenceTtlSeconds: 5,
  stackTraces: false,
};

export function loadWorkerSizing(env: Env = process.env): WorkerSizing {
  return {
    maxCachedWorkflows: readPositiveInt(env, 'WORKER_MAX_CACHED_WORKFLOWS', DEFAULT_WORKER_SIZING.maxCachedWorkflows),
    heapMiB: readPositiveInt(env, 'WORKER_HEAP_MIB', DEFAULT_WORKER_SIZING.heapMiB),
    referenceTtlSeconds: readPositiveInt(
      env,
      'WORKER_REFERENCE_TTL_SECONDS',
      DEFAULT_WORKER_SIZING.referenceTtlSeconds,
    ),
    stackTraces: readBoolean(env, 'WORKER_STACK_TRACES', DEFAULT_WORKER_SIZING.stackTraces),
  };
}

/**
 * The Node arguments a script starting the worker process puts before its main.js: the heap cap and, unless stack
 * traces are asked for, the preload that keeps the workflow threads from capturing a stack per promise.
 */
export function workerNodeArgs(env: Env = process.env): string[] {
  const sizing = loadWorkerSizing(env);
  const heap = `--max-old-space-size=${sizing.heapMiB}`;
  return sizing.stackTraces ? [heap] : [heap, '--require', workflowThreadPreload()];
}

/** dist/apps/worker/src/workflow-thread-preload.js of this checkout (written by `npm run build`). */
export function workflowThreadPreload(): string {
  return join(repoRoot(), 'dist', 'apps', 'worker', 'src', 'workflow-thread-preload.js');
}

/** Whether this process was started with the preload (`--require <it>`, a relative path as docker-compose gives it). */
export function startedWithWorkflowThreadPreload(execArgv: string[] = process.execArgv): boolean {
  const preload = workflowThreadPreload();
  return execArgv.some(
    (arg, i) => (execArgv[i - 1] === '--require' || execArgv[i - 1] === '-r') && resolve(arg) === preload,
  );
}

/** "maxCachedWorkflows 100, --max-old-space-size=256": the settings a measurement ran with. */
export function describeWorkerSizing(sizing: WorkerSizing): string {
  return `maxCachedWorkflows ${sizing.maxCachedWorkflows}, --max-old-space-size=${sizing.heapMiB}`;
}
