/**
 * Actions under load: `loadClients` clients (50, as `npm run test:load`), each sending one advance after another to
 * its own project over HTTP for a window, against the same number of clients each sending bare executeUpdates to
 * its own no-op workflow on the same Temporal server. Interleaved A B per round. The target for this
 * figure is absolute (p95 ≤ 400 ms on the dev server); the bare row shows what the same two cores give the
 * cheapest update under the same concurrency.
 */
import { randomUUID } from 'node:crypto';
import { WorkflowHandle } from '@temporalio/client';
import { ApiUser } from '../support/http';
import { BenchContext } from '../support/context';
import { BASELINE_TASK_QUEUE } from '../support/bench-stack';
import { FigureResult, ms } from '../support/results';
import { interleave, medianOf } from '../support/interleave';
import { mapConcurrently, percentile } from '../support/stats';
import { ClosedLoopWindow, closedLoop } from '../support/closed-loop';
import { cpuMsPerItem, describeCpuPerItem, medianByPart, readCpu, untilQuiet } from '../support/component-cpu';
import { finishSignal, noopUpdate } from '../baseline/workflows';
import { ProjectRef, projectInProgress } from '../support/project-in-progress';
import { DEFAULT_WRITE_NET_SECONDS } from '@kc/domain';

const ADVANCE = { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 1000 } as const;
/** The bound on the dev server's action p95 under 50 clients. */
const TARGET_P95_MS = 400;
/** The latest a project's net writes after its first action of a window (`writeNetDelayMs`: a window and a half). */
const NET_AT_LATEST_MS = DEFAULT_WRITE_NET_SECONDS * 1500;

export async function actionsUnderLoad({ stack, sizes, progress }: BenchContext): Promise<FigureResult> {
  const clients = sizes.loadClients;
  const officer = await ApiUser.login(stack.apiUrl, 'officer.hn@demo.local');
  const approver = await ApiUser.login(stack.apiUrl, 'approver.hn@demo.local');
  progress(`actions under load: walking ${clients} projects to IN_PROGRESS`);
  const projects: ProjectRef[] = await mapConcurrently(
    Array.from({ length: clients }, (_, i) => i),
    4,
    (i) => projectInProgress(officer, approver, `Đo tải ${i}`),
  );
  const targets: WorkflowHandle[] = await Promise.all(
    projects.map(() =>
      stack.client.workflow.start('updateTargetWorkflow', {
        workflowId: `bench-load-target-${randomUUID()}`,
        taskQueue: BASELINE_TASK_QUEUE,
      }),
    ),
  );
  progress(`actions under load: ${sizes.loadRounds} rounds of ${sizes.loadWindowSeconds} s, ${clients} clients each`);
  let n = 0;
  // The CPU each part spent per action (ours: with the workflows' net writes, which follow the answers) and per bare
  // update, from /proc around each window.
  const cpuPerItem = { ours: [] as Array<Record<string, number>>, baseline: [] as Array<Record<string, number>> };
  const measured = async (side: keyof typeof cpuPerItem, window: () => Promise<ClosedLoopWindow>) => {
    const before = readCpu(stack.components);
    const result = await window();
    // Ours: the workflows' net writes (each project's actions of the window, at most its net's delay after the
    // window) are counted too.
    if (side === 'ours') await new Promise((resolve) => setTimeout(resolve, NET_AT_LATEST_MS + 500));
    await untilQuiet(stack.components);
    cpuPerItem[side].push(cpuMsPerItem(before, readCpu(stack.components), result.latencies.length));
    return result;
  };
  const rounds = await interleave<ClosedLoopWindow>(
    sizes.loadRounds,
    () =>
      measured('ours', () =>
        closedLoop(projects, sizes.loadWindowSeconds, async (project) => {
          const answer = await officer.post(`/projects/${project.id}/actions`, ADVANCE);
          return answer.status === 200;
        }),
      ),
    () =>
      measured('baseline', () =>
        closedLoop(targets, sizes.loadWindowSeconds, async (target) => {
          await target.executeUpdate(noopUpdate, { args: [n++] });
          return true;
        }),
      ),
  );
  const cpu = { ours: medianByPart(cpuPerItem.ours), baseline: medianByPart(cpuPerItem.baseline) };
  progress(
    `actions under load, CPU ms per item (median of rounds): ours ${describeCpuPerItem(cpu.ours)}; bare ${describeCpuPerItem(cpu.baseline)}`,
  );
  await Promise.all(targets.map((t) => t.signal(finishSignal)));
  const at = (windows: ClosedLoopWindow[], q: number) => medianOf(windows, (w) => percentile(w.latencies, q));
  const ours = {
    p50: at(rounds.ours, 0.5),
    p95: at(rounds.ours, 0.95),
    perSecond: medianOf(rounds.ours, (w) => w.perSecond),
  };
  const bare = {
    p50: at(rounds.baseline, 0.5),
    p95: at(rounds.baseline, 0.95),
    perSecond: medianOf(rounds.baseline, (w) => w.perSecond),
  };
  const failures = rounds.ours.reduce((sum, w) => sum + w.failures, 0);
  if (failures > 0) throw new Error(`${failures} actions under load were refused (not 200)`);
  return {
    rows: [
      {
        figure: `action p95, ${clients} clients (throughput /s: ours, bare)`,
        ours: `${ms(ours.p95)} (${ours.perSecond.toFixed(1)} /s)`,
        baseline: `${ms(bare.p95)} (${bare.perSecond.toFixed(1)} /s)`,
        ratio: ours.p95 / bare.p95,
        target: `≤ ${TARGET_P95_MS} ms (dev server)`,
        met: ours.p95 <= TARGET_P95_MS,
      },
    ],
    details: {
      clients,
      windowSeconds: sizes.loadWindowSeconds,
      ours,
      bare,
      // CPU ms per action (ours) and per bare update (baseline), by part, each round's median.
      cpuMsPerItem: cpu,
      rounds: {
        ours: rounds.ours.map((w) => ({ requests: w.latencies.length, perSecond: w.perSecond })),
        baseline: rounds.baseline.map((w) => ({ requests: w.latencies.length, perSecond: w.perSecond })),
      },
    },
  };
}
