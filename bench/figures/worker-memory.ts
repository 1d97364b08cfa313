/**
 * Worker memory: the production worker's RSS with N open projects waiting on their timers, against the
 * same worker idle (read before any figure ran). The workflow cache (maxCachedWorkflows) should bound it,
 * not the number of projects. Read twice: as the last project reaches its timer (the worker still busy with the
 * burst of starts: V8's young generation and malloc at their high-water mark), and once the worker has held the
 * projects quietly for SETTLE_MS, the state the target speaks of (like the idle reading, a worker between tasks).
 */
import { BenchContext } from '../support/context';
import { carriedCalendar, directProject, inProgressStatus, startDirect } from '../support/direct-projects';
import { FigureResult } from '../support/results';
import { mapConcurrently, sleep, waitUntil } from '../support/stats';
import { rssMiB, settledRssMiB } from '../support/process-memory';
import { describeWorkerSizing } from '@kc/config';

const CODE_PREFIX = 'KCĐP-2026-HN-M';
/** How long the worker holds the started projects, with nothing to do, before the settled reading. */
const SETTLE_MS = 60_000;
const SETTLE_READINGS = 6;

export async function workerMemory(ctx: BenchContext, idleMiB: number): Promise<FigureResult> {
  const { stack, sizes, progress } = ctx;
  const n = sizes.memoryProjects;
  progress(`worker memory: starting ${n} projects that wait on monthly timers`);
  const started = Date.now();
  // RSS after each fifth of the starts: it should level off once the cache is full.
  const curve: Array<{ started: number; rssMiB: number }> = [];
  await mapConcurrently(
    Array.from({ length: n }, (_, i) => i),
    32,
    async (i) => {
      if (i > 0 && i % Math.ceil(n / 5) === 0) curve.push({ started: i, rssMiB: rssMiB(stack.workerPid) });
      await startDirect(
        stack.client,
        stack.taskQueue,
        directProject(`${CODE_PREFIX}${String(i).padStart(6, '0')}`, `mem-${i}@bench.local`, {
          status: inProgressStatus(),
          calendar: carriedCalendar(),
        }),
      );
    },
  );
  // Each project is waiting on its timers once its first report period is in the read model.
  await waitUntil(
    'the memory projects to reach their timers',
    async () => {
      const [row] = await stack.dataSource.query(
        `SELECT count(*)::int AS n FROM report_periods rp JOIN projects p ON p.id = rp.project_id WHERE p.code LIKE $1`,
        [`${CODE_PREFIX}%`],
      );
      return row.n >= n;
    },
    3_600_000,
    1000,
  );
  const readyInMs = Date.now() - started;
  const loadedMiB = await settledRssMiB(stack.workerPid);
  // RSS while the worker only holds the projects: a reading every SETTLE_MS / SETTLE_READINGS, the last one kept.
  const settling: number[] = [];
  const settleMs = sizes.smoke ? 5_000 : SETTLE_MS;
  for (let i = 0; i < SETTLE_READINGS; i += 1) {
    await sleep(settleMs / SETTLE_READINGS);
    settling.push(rssMiB(stack.workerPid));
  }
  const heldMiB = await settledRssMiB(stack.workerPid);
  const ratio = heldMiB / idleMiB;
  return {
    rows: [
      {
        figure: `worker RSS, ${n} projects on timers (${describeWorkerSizing(stack.workerSizing)})`,
        ours: `${heldMiB.toFixed(0)} MiB held ${settleMs / 1000} s (${loadedMiB.toFixed(0)} MiB as the last started)`,
        baseline: `${idleMiB.toFixed(0)} MiB idle`,
        ratio,
        target: '≤ 1.5×',
        met: ratio <= 1.5,
      },
    ],
    details: {
      projects: n,
      sizing: stack.workerSizing,
      idleMiB,
      loadedMiB,
      heldMiB,
      settleMs,
      settling,
      burstRatio: loadedMiB / idleMiB,
      curve,
      readyInMs,
      startsPerSecond: n / (readyInMs / 1000),
    },
  };
}
