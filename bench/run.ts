/**
 * `npm run bench`: every benchmark of issue #6 on a fresh embedded stack, each figure as a ratio against a
 * bare baseline measured in the same run, printed as one table and written to bench-output/results.json.
 * Nothing is asserted on time: the run fails only when a figure could not be measured.
 *   --smoke               tiny sizes (CI)
 *   --fanout N            projects due in the same second (default 10,000)
 *   --fanout-starts N     starts a second the fan-out plans its due moment for without the memory figure (5)
 *   --memory-projects N, --history-years N, --queue-projects N, --deep-rows N, --rounds N, ... (support/context.ts)
 *   --only latency,load,creation,history,memory,fanout,queue   some figures only
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { BenchContext, benchSizes } from './support/context';
import { startBenchStack } from './support/bench-stack';
import { FigureResult, FigureRow, formatTable, outputDir } from './support/results';
import { settledRssMiB } from './support/process-memory';
import { sleep } from './support/stats';
import { actionLatency } from './figures/action-latency';
import { actionsUnderLoad } from './figures/actions-under-load';
import { creationThroughput } from './figures/creation-throughput';
import { historyPerProject } from './figures/history-per-project';
import { reminderFanout } from './figures/reminder-fanout';
import { workerMemory } from './figures/worker-memory';
import { queueQuery } from './figures/queue-query';

const ROOT = join(__dirname, '..', '..');

async function main(): Promise<void> {
  const sizes = benchSizes(process.argv.slice(2));
  const out = outputDir(ROOT);
  const startedAt = new Date();
  const loadBefore = loadavg();
  const progress = (line: string) =>
    console.log(`[bench ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  progress(`sizes: ${JSON.stringify(sizes)}; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
  const stack = await startBenchStack(join(out, 'logs'), progress);
  const ctx: BenchContext = { stack, sizes, progress };
  const rows: FigureRow[] = [];
  const figures: Record<string, unknown> = {};
  let failed = 0;
  const measure = async (name: string, run: () => Promise<FigureResult>) => {
    const started = Date.now();
    try {
      const result = await run();
      rows.push(...result.rows);
      figures[name] = { ...result.details, rows: result.rows, durationMs: Date.now() - started };
      progress(`${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (err) {
      failed += 1;
      const message = err instanceof Error ? err.message : String(err);
      rows.push({ figure: name, ours: 'not measured', baseline: '—', ratio: null, target: '—', met: false });
      figures[name] = { error: message, durationMs: Date.now() - started };
      progress(`${name}: FAILED: ${message}`);
    }
  };
  try {
    await sleep(sizes.smoke ? 1000 : 3000);
    const idleMiB = await settledRssMiB(stack.workerPid);
    progress(`idle worker RSS ${idleMiB.toFixed(0)} MiB`);
    const only = sizes.only;
    const wanted = (key: string) => only.length === 0 || only.includes(key);
    if (wanted('latency')) await measure('action latency', () => actionLatency(ctx));
    if (wanted('load')) await measure('actions under load', () => actionsUnderLoad(ctx));
    if (wanted('creation')) await measure('creation throughput', () => creationThroughput(ctx));
    if (wanted('history')) await measure('history per project', () => historyPerProject(ctx));
    // The fan-out sets its due moment from how fast this run starts projects: the memory figure measures it.
    let startsPerSecond = sizes.fanoutStartsPerSecond;
    if (wanted('memory')) {
      await measure('worker memory', async () => {
        const result = await workerMemory(ctx, idleMiB);
        startsPerSecond = Number(result.details.startsPerSecond);
        return result;
      });
    }
    if (wanted('fanout')) await measure('reminder fan-out', () => reminderFanout(ctx, startsPerSecond));
    // Last: it replaces the read model's projects with generated ones.
    if (wanted('queue')) await measure('queue query', () => queueQuery(ctx));
  } finally {
    await stack.stop();
  }
  const table = formatTable(rows);
  const summary = {
    date: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version },
    loadAverage: { before: loadBefore, after: loadavg() },
    sizes,
    rows,
    figures,
  };
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\n${table}\n`);
  console.log(
    `${startedAt.toISOString()}, ${summary.durationSeconds} s, load average before ${loadBefore
      .map((l) => l.toFixed(2))
      .join(' ')}, after ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; details in bench-output/results.json`,
  );
  if (failed) {
    console.error(`${failed} figure(s) could not be measured`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
