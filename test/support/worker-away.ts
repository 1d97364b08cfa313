/** A worker away while the write nets' timers fire, to make a fired timer and a new action meet in one workflow task. */
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import { WorkerHarness, startWorkerHarness } from './worker-harness';
import { isNetWrite } from './history-events';
import { testEnv } from './test-env';

/**
 * Stops the worker of `harness`, counts each workflow's net writes at the stop, waits until every net has fired
 * (`longestNetMs` after the actions it holds), sends each workflow its next action through a client of its own, and
 * starts a worker on the same task queue again: that worker takes each fired timer and the new action in one task.
 */
export async function actWhileWorkerAway<T>(
  harness: WorkerHarness,
  workflowIds: string[],
  longestNetMs: number,
  act: (client: Client, workflowId: string) => Promise<T>,
): Promise<{ harness: WorkerHarness; netWritesAtStop: number[]; answers: T[] }> {
  const { taskQueue } = harness;
  await harness.stop();
  const env = testEnv();
  const connection = await Connection.connect({ address: env.temporalAddress });
  try {
    const client = new Client({ connection, namespace: env.namespace });
    const netWritesAtStop: number[] = [];
    for (const workflowId of workflowIds) {
      const events = (await client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
      netWritesAtStop.push(events.filter(isNetWrite).length);
    }
    await sleep(longestNetMs + 1000);
    const pending = workflowIds.map((workflowId) => act(client, workflowId));
    for (const answer of pending) answer.catch(() => undefined);
    // Long enough for the server to admit every update into the task its fired timer scheduled.
    await sleep(1000);
    const restarted = await startWorkerHarness(taskQueue);
    try {
      return { harness: restarted, netWritesAtStop, answers: await Promise.all(pending) };
    } catch (err) {
      await restarted.stop();
      throw err;
    }
  } finally {
    await connection.close();
  }
}
