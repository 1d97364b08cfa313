/**
 * Creation throughput: 32 clients at once POST /api/projects (code allocated, workflow started with
 * update-with-start, creation recorded in the read model, the project read back) against 32 clients at once
 * starting an empty workflow with workflow.start. Projects per second, interleaved A B A B, median of rounds.
 * Each side's round is followed, outside its timing, by the work it left queued: the baseline waits for its workflows
 * to end, ours for the worker and the server to go quiet (its projects' first tasks run after their answers), so
 * neither side's round runs beside the other's leftovers. Those windows also give the CPU per creation of each part.
 */
import { randomUUID } from 'node:crypto';
import { ApiUser, newProjectBody } from '../support/http';
import { BenchContext } from '../support/context';
import { BASELINE_TASK_QUEUE } from '../support/bench-stack';
import { FigureResult } from '../support/results';
import { interleave, medianOf } from '../support/interleave';
import { elapsedMs, mapConcurrently } from '../support/stats';
import { taskTimings } from '../support/history-timing';
import { cpuMsPerItem, describeCpuPerItem, medianByPart, readCpu, untilQuiet } from '../support/component-cpu';

/** Provinces with a demo officer: creations spread over them, as they would be in real use. */
const PROVINCES = ['HN', 'BN', 'TN', 'PT', 'NB', 'LCI', 'HY', 'TH', 'CB'];

export async function creationThroughput({ stack, sizes, progress }: BenchContext): Promise<FigureResult> {
  const officers = await Promise.all(
    PROVINCES.map(async (p) => ({
      province: p,
      user: await ApiUser.login(stack.apiUrl, `officer.${p.toLowerCase()}@demo.local`),
    })),
  );
  const n = sizes.creationsPerRound;
  progress(`creation throughput: ${sizes.rounds} rounds of ${n} creations, ${sizes.concurrentClients} at a time`);
  const cpuPerItem: { ours: Array<Record<string, number>>; baseline: Array<Record<string, number>> } = {
    ours: [],
    baseline: [],
  };
  const queuedWork = stack.components.filter((c) => c.name !== 'api');
  const ours = async (round: number) => {
    const cpuBefore = readCpu(stack.components);
    const started = process.hrtime.bigint();
    await mapConcurrently(
      Array.from({ length: n }, (_, i) => i),
      sizes.concurrentClients,
      async (i) => {
        const { province, user } = officers[i % officers.length];
        const created = await user.expect(
          201,
          'POST',
          '/projects',
          newProjectBody(province, `Đo thông lượng ${round}-${i}`),
        );
        lastCode = created.code;
      },
    );
    const rate = n / (elapsedMs(started) / 1000);
    await untilQuiet(queuedWork);
    cpuPerItem.ours.push(cpuMsPerItem(cpuBefore, readCpu(stack.components), n));
    return rate;
  };
  const baseline = async (round: number) => {
    const cpuBefore = readCpu(stack.components);
    const started = process.hrtime.bigint();
    const handles = await mapConcurrently(
      Array.from({ length: n }, (_, i) => i),
      sizes.concurrentClients,
      (i) =>
        stack.client.workflow.start('emptyWorkflow', {
          workflowId: `bench-empty-${round}-${i}-${randomUUID()}`,
          taskQueue: BASELINE_TASK_QUEUE,
        }),
    );
    const rate = n / (elapsedMs(started) / 1000);
    // Outside the timing: let the worker finish them, so the next round of ours does not pay for them.
    await Promise.all(handles.map((h) => h.result()));
    await untilQuiet(queuedWork);
    cpuPerItem.baseline.push(cpuMsPerItem(cpuBefore, readCpu(stack.components), n));
    return rate;
  };
  let lastCode = '';
  const rounds = await interleave(sizes.rounds, ours, baseline);
  // Where a creation's time goes inside the worker, from the history of the last project created.
  const history = await stack.client.workflow.getHandle(`project-${lastCode}`).fetchHistory();
  const timings = taskTimings(history.events ?? []);
  const oursRate = medianOf(rounds.ours, (r) => r);
  const baseRate = medianOf(rounds.baseline, (r) => r);
  const ratio = oursRate / baseRate;
  const cpu = { ours: medianByPart(cpuPerItem.ours), baseline: medianByPart(cpuPerItem.baseline) };
  progress(
    `creation CPU ms per item (median of rounds): ours ${describeCpuPerItem(cpu.ours)}; bare ${describeCpuPerItem(cpu.baseline)}`,
  );
  return {
    rows: [
      {
        figure: `creation throughput (${sizes.concurrentClients} clients)`,
        ours: `${oursRate.toFixed(1)} /s`,
        baseline: `${baseRate.toFixed(1)} /s`,
        ratio,
        target: '≥ 0.5×',
        met: ratio >= 0.5,
      },
    ],
    details: {
      timings,
      perRound: rounds,
      creationsPerRound: n,
      concurrentClients: sizes.concurrentClients,
      // CPU ms per creation (ours) and per bare start (baseline), by part, each round's median.
      cpuMsPerItem: cpu,
    },
  };
}
