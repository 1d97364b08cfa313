import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LatencyRecorder, LatencySummary, REQUEST_KINDS } from './latency-recorder';
import type { RefusalTally } from './client-mix';
import type { LoadOptions, StackKind } from './options';
import type { VerificationResult } from './verification';

/**
 * Issue 16's load target: the actions' (advances') p95 under the run's load, by stack. Reported, never a failure:
 * a run's exit code does not depend on wall-clock time (the machine is shared), only on what was lost or refused.
 */
export const ACTION_P95_LIMIT_MS: Record<StackKind, number> = { dev: 400, cluster: 300 };

const STACK_NAMES: Record<StackKind, string> = {
  dev: 'the dev server',
  cluster: 'the PostgreSQL-backed cluster',
};

export interface LatencyTarget {
  stack: StackKind;
  actionP95Ms: number;
  limitMs: number;
  met: boolean;
}

export function actionTarget(stack: StackKind, actionP95Ms: number): LatencyTarget {
  const limitMs = ACTION_P95_LIMIT_MS[stack];
  return { stack, actionP95Ms, limitMs, met: actionP95Ms <= limitMs };
}

/** `action p95 412 ms: target ≤ 400 ms on the dev server — not met` */
export function describeTarget(target: LatencyTarget): string {
  return (
    `action p95 ${Math.round(target.actionP95Ms)} ms: target ≤ ${target.limitMs} ms on ${STACK_NAMES[target.stack]}` +
    ` — ${target.met ? 'met' : 'not met'}`
  );
}

export interface LoadReport {
  startedAt: string;
  options: Omit<LoadOptions, 'reportFile'>;
  machine: { cpus: number; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  setup: { projects: number; seconds: number };
  run: { seconds: number; requests: number; requestsPerSecond: number };
  latency: Record<'read' | 'action' | 'report' | 'overall', LatencySummary & { requestsPerSecond: number }>;
  /** Not part of `passed`. */
  target: LatencyTarget;
  statusCounts: Record<string, number>;
  serverErrors: number;
  networkErrors: number;
  refusals: { expected: Record<string, number>; unexpected: Record<string, { count: number; example: string }> };
  verification: VerificationResult;
  passed: boolean;
  failures: string[];
}

export function buildReport(input: {
  startedAt: Date;
  options: LoadOptions;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
  cpus: number;
  setupSeconds: number;
  runSeconds: number;
  recorder: LatencyRecorder;
  refusals: RefusalTally;
  verification: VerificationResult;
}): LoadReport {
  const { recorder, runSeconds } = input;
  const perSecond = (n: number) => Math.round((n / runSeconds) * 10) / 10;
  const withRate = (s: LatencySummary) => ({ ...s, requestsPerSecond: perSecond(s.requests) });
  const overall = recorder.summary();
  const action = recorder.summary('action');
  const failures: string[] = [];
  const serverErrors = recorder.count5xx();
  const networkErrors = recorder.countNetworkErrors();
  if (serverErrors) failures.push(`${serverErrors} answers with a 5xx status`);
  if (networkErrors) failures.push(`${networkErrors} requests without an answer`);
  const unexpected = [...input.refusals.unexpected.values()].reduce((n, u) => n + u.count, 0);
  if (unexpected) failures.push(`${unexpected} unexpected 4xx refusals`);
  if (!input.verification.passed) failures.push('the read model or the workflows do not match the acknowledged writes');
  return {
    startedAt: input.startedAt.toISOString(),
    options: {
      stack: input.options.stack,
      clients: input.options.clients,
      durationSeconds: input.options.durationSeconds,
      projectsPerClient: input.options.projectsPerClient,
      retryPercent: input.options.retryPercent,
      seed: input.options.seed,
    },
    machine: {
      cpus: input.cpus,
      loadAverageAtStart: input.loadAverageAtStart,
      loadAverageAtEnd: input.loadAverageAtEnd,
    },
    setup: { projects: input.verification.projects, seconds: round1(input.setupSeconds) },
    run: { seconds: round1(runSeconds), requests: overall.requests, requestsPerSecond: perSecond(overall.requests) },
    latency: {
      read: withRate(recorder.summary('read')),
      action: withRate(action),
      report: withRate(recorder.summary('report')),
      overall: withRate(overall),
    },
    target: actionTarget(input.options.stack, action.p95Ms),
    statusCounts: recorder.statusCounts(),
    serverErrors,
    networkErrors,
    refusals: {
      expected: Object.fromEntries(input.refusals.expected),
      unexpected: Object.fromEntries(input.refusals.unexpected),
    },
    verification: input.verification,
    passed: failures.length === 0,
    failures,
  };
}

export function writeReportFile(report: LoadReport, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

/** The console table: the same figures as the JSON file. */
export function formatReport(report: LoadReport): string {
  const lines: string[] = [];
  const o = report.options;
  lines.push(
    '',
    `Load test on ${STACK_NAMES[o.stack]}: ${o.clients} clients × ${report.run.seconds} s (asked ${o.durationSeconds} s), ${report.setup.projects} projects ` +
      `(setup ${report.setup.seconds} s), ${o.retryPercent}% of writes retried, seed ${o.seed}`,
    `Machine: ${report.machine.cpus} CPUs, load average ${fmtLoad(report.machine.loadAverageAtStart)} at the start, ` +
      `${fmtLoad(report.machine.loadAverageAtEnd)} at the end`,
    '',
  );
  const header = ['kind', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'];
  const rows = [...REQUEST_KINDS, 'overall' as const].map((kind) => {
    const s = report.latency[kind];
    return [kind, s.requests, s.requestsPerSecond, s.p50Ms, s.p95Ms, s.p99Ms, s.maxMs].map(String);
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  lines.push(line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '');
  lines.push(describeTarget(report.target));
  lines.push(
    `statuses: ${Object.entries(report.statusCounts)
      .map(([s, n]) => `${s}×${n}`)
      .join(', ')}`,
  );
  lines.push(`expected refusals: ${describeCounts(report.refusals.expected)}`);
  const unexpected = Object.entries(report.refusals.unexpected);
  lines.push(
    `unexpected refusals: ${unexpected.length ? unexpected.map(([k, u]) => `${k}×${u.count} (${u.example})`).join('; ') : 'none'}`,
  );
  const v = report.verification;
  const writes = (label: string, c: VerificationResult['advances']) =>
    `${label}: ${c.acknowledged} acknowledged, ${c.foundOnce} found once, ${c.lost} lost, ${c.doubled} doubled, ` +
    `${c.phantom} recorded without an acknowledgement, ${c.refused} refused, ${c.unknown} unknown`;
  lines.push(
    writes('advances', v.advances),
    writes('report versions', v.reports),
    `retried writes: ${v.retries.sent} (${v.retries.replayed} answered from the stored outcome), ${v.retries.mismatched} answered differently`,
    `audit trails (seq 1..n, expected count): ${v.projects - v.auditTrailProblems}/${v.projects} right; ` +
      `workflow snapshots agreeing with the read model: ${v.projects - v.workflowDisagreements}/${v.projects}; ` +
      `reconcile: ${v.reconcile.checked} checked, ${v.reconcile.differing} differing, ${v.reconcile.unchecked} unchecked`,
  );
  for (const problem of v.problems) lines.push(`  ! ${problem}`);
  lines.push('', report.passed ? 'PASSED' : `FAILED: ${report.failures.join('; ')}`, '');
  return lines.join('\n');
}

function describeCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts);
  return entries.length ? entries.map(([k, n]) => `${k}×${n}`).join(', ') : 'none';
}

function fmtLoad(values: number[]): string {
  return values.map((v) => v.toFixed(2)).join(' ');
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
