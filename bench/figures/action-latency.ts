/**
 * Action latency: POST /api/projects/:id/actions over HTTP with a Bearer token (a small advance, applied by
 * the workflow's update and recorded in the read model) against a bare executeUpdate to a no-op update
 * handler on a trivial workflow, same Temporal server. One request at a time, interleaved A B A B.
 */
import { randomUUID } from 'node:crypto';
import { ApiUser } from '../support/http';
import { ProjectRef, projectInProgress } from '../support/project-in-progress';
import { BenchContext } from '../support/context';
import { BASELINE_TASK_QUEUE } from '../support/bench-stack';
import { FigureResult, ms } from '../support/results';
import { interleave, medianOf } from '../support/interleave';
import { elapsedMs, percentile } from '../support/stats';
import { finishSignal } from '../baseline/workflows';
import { timedBareUpdates } from '../support/closed-loop';
import { ActionCommand, performActionUpdate } from '@kc/domain';
import { BENCH_OFFICER } from '../support/direct-projects';
import { taskTimings } from '../support/history-timing';

const ADVANCE = { action: 'record_disbursement', kind: 'ADVANCE', amountVnd: 1000 } as const;

/** Several projects take turns, so none grows a long history during the run. */
const PROJECTS = 4;

export async function actionLatency({ stack, sizes, progress }: BenchContext): Promise<FigureResult> {
  const officer = await ApiUser.login(stack.apiUrl, 'officer.hn@demo.local');
  const approver = await ApiUser.login(stack.apiUrl, 'approver.hn@demo.local');
  const projects: ProjectRef[] = [];
  for (let i = 0; i < PROJECTS; i += 1) {
    projects.push(await projectInProgress(officer, approver, `Đo độ trễ ${i}`));
  }
  const target = await stack.client.workflow.start('updateTargetWorkflow', {
    workflowId: `bench-update-target-${randomUUID()}`,
    taskQueue: BASELINE_TASK_QUEUE,
  });
  progress(`action latency: ${PROJECTS} projects in progress; ${sizes.rounds} rounds of ${sizes.latencySamples}`);
  let turn = 0;
  // Each round also times the same action sent straight to the workflow (no HTTP, no API), to show where the
  // time goes: the rest of ours is the API's own work (auth, reads before and after).
  const ours = async () => {
    const samples = { http: [] as number[], workflowOnly: [] as number[] };
    for (let i = 0; i < sizes.latencySamples; i += 1) {
      const project = projects[turn++ % projects.length];
      let started = process.hrtime.bigint();
      await officer.expect(200, 'POST', `/projects/${project.id}/actions`, ADVANCE);
      samples.http.push(elapsedMs(started));
      started = process.hrtime.bigint();
      await stack.client.workflow
        .getHandle(project.workflowId)
        .executeUpdate(performActionUpdate, { args: [{ ...ADVANCE, actor: BENCH_OFFICER } as ActionCommand] });
      samples.workflowOnly.push(elapsedMs(started));
    }
    return samples;
  };
  const baseline = () => timedBareUpdates(target, 2 * sizes.latencySamples);
  const rounds = await interleave(sizes.rounds, ours, baseline);
  await target.signal(finishSignal);
  const history = await stack.client.workflow.getHandle(projects[0].workflowId).fetchHistory();
  const timings = taskTimings(history.events ?? []);
  const p = (q: number) => ({
    ours: medianOf(rounds.ours, (s) => percentile(s.http, q)),
    workflowOnly: medianOf(rounds.ours, (s) => percentile(s.workflowOnly, q)),
    baseline: medianOf(rounds.baseline, (s) => percentile(s, q)),
  });
  const p50 = p(0.5);
  const p95 = p(0.95);
  return {
    rows: [
      {
        figure: 'action latency p50',
        ours: ms(p50.ours),
        baseline: ms(p50.baseline),
        ratio: p50.ours / p50.baseline,
        target: '—',
        met: null,
      },
      {
        figure: 'action latency p95',
        ours: ms(p95.ours),
        baseline: ms(p95.baseline),
        ratio: p95.ours / p95.baseline,
        target: '≤ 2× at p95',
        met: p95.ours / p95.baseline <= 2,
      },
    ],
    details: {
      p50,
      p95,
      rounds: sizes.rounds,
      samplesPerRound: sizes.latencySamples,
      /** From one project's history: medians of queue wait and run time of its tasks. */
      timings,
      samples: rounds,
    },
  };
}
