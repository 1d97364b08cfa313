import { relative } from 'node:path';
import { ConfigError } from './env';
import {
  DEFAULT_WORKER_SIZING,
  describeWorkerSizing,
  loadWorkerSizing,
  startedWithWorkflowThreadPreload,
  workerNodeArgs,
  workflowThreadPreload,
} from './worker-sizing';

describe('worker sizing', () => {
  it('defaults to the measured settings and says them the way the bench prints them', () => {
    expect(loadWorkerSizing({})).toEqual(DEFAULT_WORKER_SIZING);
    expect(
      describeWorkerSizing({ maxCachedWorkflows: 100, heapMiB: 256, referenceTtlSeconds: 5, stackTraces: false }),
    ).toBe('maxCachedWorkflows 100, --max-old-space-size=256');
  });

  it('reads each setting from its variable and gives the heap cap as a Node argument', () => {
    const env = { WORKER_MAX_CACHED_WORKFLOWS: '250', WORKER_HEAP_MIB: '384', WORKER_REFERENCE_TTL_SECONDS: '30' };
    expect(loadWorkerSizing(env)).toEqual({
      maxCachedWorkflows: 250,
      heapMiB: 384,
      referenceTtlSeconds: 30,
      stackTraces: false,
    });
    expect(workerNodeArgs(env)).toEqual(['--max-old-space-size=384', '--require', workflowThreadPreload()]);
  });

  it('preloads the built workflow-thread preload of this checkout, unless stack traces are asked for', () => {
    expect(workflowThreadPreload()).toMatch(/[\\/]dist[\\/]apps[\\/]worker[\\/]src[\\/]workflow-thread-preload\.js$/);
    expect(workerNodeArgs({ WORKER_STACK_TRACES: 'true' })).toEqual(['--max-old-space-size=256']);
    expect(() => workerNodeArgs({ WORKER_STACK_TRACES: 'maybe' })).toThrow(/WORKER_STACK_TRACES/);
  });

  it('tells whether a process was started with the preload, given as workerNodeArgs or docker-compose give it', () => {
    expect(startedWithWorkflowThreadPreload(workerNodeArgs({}))).toBe(true);
    const fromCwd = relative(process.cwd(), workflowThreadPreload());
    expect(startedWithWorkflowThreadPreload(['--require', fromCwd])).toBe(true);
    expect(startedWithWorkflowThreadPreload(['--max-old-space-size=256'])).toBe(false);
    expect(startedWithWorkflowThreadPreload(['--require', '/elsewhere/workflow-thread-preload.js'])).toBe(false);
  });

  it('refuses a bad value, naming the variable', () => {
    expect(() => loadWorkerSizing({ WORKER_HEAP_MIB: '256m' })).toThrow(ConfigError);
    expect(() => loadWorkerSizing({ WORKER_HEAP_MIB: '256m' })).toThrow(/WORKER_HEAP_MIB/);
    expect(() => workerNodeArgs({ WORKER_MAX_CACHED_WORKFLOWS: '0' })).toThrow(/WORKER_MAX_CACHED_WORKFLOWS/);
  });
});
