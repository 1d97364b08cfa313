/**
 * The bare floor the benchmarks compare against: workflows that do nothing but what Temporal itself must do.
 * Deterministic, like every workflow: no I/O, no clock but the workflow's own.
 */
import { condition, defineSignal, defineUpdate, proxyActivities, setHandler, sleep } from '@temporalio/workflow';

export const noopUpdate = defineUpdate<number, [number]>('noop');
export const finishSignal = defineSignal('finish');

export interface BaselineActivities {
  noop(index: number): Promise<void>;
}

const { noop } = proxyActivities<BaselineActivities>({ startToCloseTimeout: '30 seconds' });

/** Starts and ends: the cheapest workflow a start can create. */
export async function emptyWorkflow(): Promise<void> {}

/** Answers a no-op update until told to finish. */
export async function updateTargetWorkflow(): Promise<void> {
  let finished = false;
  setHandler(noopUpdate, (n: number) => n);
  setHandler(finishSignal, () => {
    finished = true;
  });
  await condition(() => finished);
}

/** One durable timer to the given moment (epoch ms), then one no-op activity. */
export async function timerThenActivityWorkflow(index: number, fireAt: number): Promise<void> {
  await sleep(Math.max(1, fireAt - Date.now()));
  await noop(index);
}
