import { WorkflowHandle } from '@temporalio/client';
import { noopUpdate } from '../baseline/workflows';
import { elapsedMs } from './stats';

export interface ClosedLoopWindow {
  /** Milliseconds of each request that succeeded. */
  latencies: number[];
  perSecond: number;
  failures: number;
  seconds: number;
}

/**
 * Closed-loop clients: every lane sends one request after another until the window closes (a lane's last request
 * may finish after it). `send` says whether the request succeeded; only successes are timed and counted.
 */
export async function closedLoop<T>(
  lanes: readonly T[],
  seconds: number,
  send: (lane: T, index: number) => Promise<boolean>,
): Promise<ClosedLoopWindow> {
  const latencies: number[] = [];
  let failures = 0;
  const began = Date.now();
  const end = began + seconds * 1000;
  await Promise.all(
    lanes.map(async (lane, index) => {
      while (Date.now() < end) {
        const sent = process.hrtime.bigint();
        if (await send(lane, index)) latencies.push(elapsedMs(sent));
        else failures += 1;
      }
    }),
  );
  const elapsed = (Date.now() - began) / 1000;
  return { latencies, perSecond: latencies.length / elapsed, failures, seconds: elapsed };
}

/** `count` bare no-op updates to the baseline's update target, one after another, each timed. */
export async function timedBareUpdates(target: WorkflowHandle, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = process.hrtime.bigint();
    await target.executeUpdate(noopUpdate, { args: [i] });
    samples.push(elapsedMs(started));
  }
  return samples;
}
