/**
 * The workflow code's own CPU per workflow task: replays recorded histories (test/replay/fixtures) against the built
 * bundle, many times over, and prints milliseconds per workflow task. No server, no database: what an action costs
 * the worker before any I/O. Usage: node dist/bench/replay-cpu.js [rounds] [fixture-prefix]
 *
 * Replays run in this thread, which leaves out the SDK's stack capture as the worker's workflow threads do, unless
 * WORKER_STACK_TRACES=true (compare the two to see what the capture costs).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import { loadWorkerSizing } from '@kc/config';
import { locateWorkflowBundle } from '../apps/worker/src/workflow-bundle';
import { leaveOutWorkflowStackCapture } from '../apps/worker/src/workflow-stack-capture';

const FIXTURES = join(__dirname, '..', '..', 'test', 'replay', 'fixtures');

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 20);
  const prefix = process.argv[3] ?? 'project-lifecycle-';
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const stackCapture = loadWorkerSizing().stackTraces || !leaveOutWorkflowStackCapture() ? 'on' : 'off';
  const histories = readdirSync(FIXTURES)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
    .map((f) => {
      const fixture = JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as { workflowId: string; history: object };
      return { file: f, history: temporal.api.history.v1.History.fromObject(fixture.history) };
    });
  const tasks = histories.reduce(
    (n, h) => n + (h.history.events ?? []).filter((e) => e.workflowTaskCompletedEventAttributes).length,
    0,
  );
  const bundle = { codePath: locateWorkflowBundle() };
  const replayAll = async (times: number) => {
    const input = Array.from({ length: times }, (_, round) =>
      histories.map((h) => ({ workflowId: `${h.file}#${round}`, history: h.history })),
    ).flat();
    for await (const result of Worker.runReplayHistories({ workflowBundle: bundle }, input)) {
      if (result.error) throw result.error;
    }
  };
  await replayAll(1); // warm-up: the bundle loads, V8 compiles
  const started = process.hrtime.bigint();
  await replayAll(rounds);
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(
    `${histories.length} histories, ${tasks} workflow tasks each round, ${rounds} rounds, stack capture ${stackCapture}: ` +
      `${totalMs.toFixed(0)} ms, ${(totalMs / (tasks * rounds)).toFixed(3)} ms per workflow task`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
