/**
 * One load client: until the run's end it loops over a weighted mix of page reads, advances (a lifecycle action)
 * and report corrections on its province's projects, every write under an Idempotency-Key; a few writes are
 * deliberately sent twice with the same key, one after the other or both at once.
 */
import type { TimedApiClient, TimedResponse } from './http-client';
import type { LatencyRecorder, RequestKind } from './latency-recorder';
import type { LoadProject, WriteLedger } from './write-ledger';

export type Operation =
  'listProjects' | 'getProject' | 'queuePage' | 'dashboard' | 'reportList' | 'advance' | 'reportSubmission';

/** Weights of the mix: about 60% reads, 25% actions, 15% report submissions. */
export const OPERATION_WEIGHTS: ReadonlyArray<[Operation, number]> = [
  ['listProjects', 15],
  ['getProject', 20],
  ['queuePage', 10],
  ['dashboard', 5],
  ['reportList', 10],
  ['advance', 25],
  ['reportSubmission', 15],
];

const QUEUES = ['late-reports', 'stalled', 'escalations', 'upcoming'] as const;

/** mulberry32: a small seeded generator, so the same seed gives every client the same choices. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pickOperation(random: () => number): Operation {
  const total = OPERATION_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [operation, weight] of OPERATION_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return operation;
  }
  return OPERATION_WEIGHTS[OPERATION_WEIGHTS.length - 1][0];
}

/** Refusals the mix provokes on purpose, by `status error`; any other 4xx is a finding. */
export interface RefusalTally {
  expected: Map<string, number>;
  unexpected: Map<string, { count: number; example: string }>;
}

export function newRefusalTally(): RefusalTally {
  return { expected: new Map(), unexpected: new Map() };
}

export interface ClientContext {
  index: number;
  runId: string;
  /** Reads and advances: the province's officer. */
  officer: TimedApiClient;
  /** Report submissions: the implementing unit, or the officer. */
  reporter: TimedApiClient;
  projects: readonly LoadProject[];
  random: () => number;
  retryPercent: number;
  endsAt: number;
  recorder: LatencyRecorder;
  ledger: WriteLedger;
  refusals: RefusalTally;
}

export async function runClient(ctx: ClientContext): Promise<void> {
  let serial = 0;
  while (performance.now() < ctx.endsAt) {
    const project = ctx.projects[Math.floor(ctx.random() * ctx.projects.length)];
    const operation = pickOperation(ctx.random);
    serial += 1;
    const key = `load-${ctx.runId}-c${ctx.index}-${serial}`;
    switch (operation) {
      case 'listProjects': {
        const filter = ctx.random() < 0.5 ? '' : '&state=CONTRACTED';
        await read(ctx, `/projects?limit=20${filter}`);
        break;
      }
      case 'getProject':
        await read(ctx, `/projects/${project.id}`);
        break;
      case 'queuePage':
        await read(ctx, `/queues/${QUEUES[Math.floor(ctx.random() * QUEUES.length)]}?limit=20`);
        break;
      case 'dashboard':
        await read(ctx, '/dashboard');
        break;
      case 'reportList':
        await read(ctx, `/projects/${project.id}/reports`);
        break;
      case 'advance': {
        const amountVnd = ctx.ledger.distinctValue(1000);
        const body = { action: 'record_disbursement', kind: 'ADVANCE', amountVnd };
        const answers = await write(ctx, 'action', ctx.officer, `/projects/${project.id}/actions`, body, key);
        ctx.ledger.recordAdvance(project.id, amountVnd, answers);
        break;
      }
      case 'reportSubmission': {
        const fundsUsedVnd = ctx.ledger.distinctValue(1_000_000);
        const body = {
          period: project.periodKey,
          physicalProgressPct: Math.floor(ctx.random() * 101),
          fundsUsedVnd,
          issues: `Báo cáo tải thử ${key}`,
          correction: true,
        };
        const answers = await write(ctx, 'report', ctx.reporter, `/projects/${project.id}/reports`, body, key);
        ctx.ledger.recordReport(project.id, fundsUsedVnd, answers);
        break;
      }
    }
  }
}

async function read(ctx: ClientContext, path: string): Promise<void> {
  const res = await ctx.officer.get(path);
  ctx.recorder.record('read', res.status, res.latencyMs);
  if (typeof res.status === 'number' && res.status >= 400 && res.status < 500) tallyRefusal(ctx, 'read', res);
}

/** Sends a write, and for retryPercent of them the same request again with the same key. */
async function write(
  ctx: ClientContext,
  kind: RequestKind,
  client: TimedApiClient,
  path: string,
  body: unknown,
  key: string,
): Promise<TimedResponse[]> {
  const retry = ctx.random() * 100 < ctx.retryPercent;
  const together = retry && ctx.random() < 0.5;
  let answers: TimedResponse[];
  if (together) {
    answers = await Promise.all([client.post(path, body, key), client.post(path, body, key)]);
  } else {
    answers = [await client.post(path, body, key)];
    if (retry) answers.push(await client.post(path, body, key));
  }
  for (const res of answers) {
    ctx.recorder.record(kind, res.status, res.latencyMs);
    if (typeof res.status === 'number' && res.status >= 400 && res.status < 500) tallyRefusal(ctx, kind, res);
  }
  if (retry) checkRetry(ctx, key, answers, together);
  return answers;
}

/** A retry must get the first outcome again; sent at the same time, it may instead be told the key is in use. */
function checkRetry(ctx: ClientContext, key: string, answers: TimedResponse[], together: boolean): void {
  ctx.ledger.retriesSent += 1;
  const [first, second] = answers;
  if (second.replayed || first.replayed) ctx.ledger.retriesReplayed += 1;
  const unknown = (r: TimedResponse) => r.status === 'network' || r.status >= 500;
  if (unknown(first) || unknown(second)) return;
  const inProgress = (r: TimedResponse) => r.status === 409 && r.body?.error === 'IDEMPOTENCY_KEY_IN_PROGRESS';
  if (first.status === second.status) return;
  if (together && (inProgress(first) || inProgress(second))) return;
  ctx.ledger.retryMismatches.push(`${key}: first ${first.status}, retry ${second.status}`);
}

/**
 * Expected: 409 RULE_VIOLATION on an advance (the 70% cap reached), and 409 IDEMPOTENCY_KEY_IN_PROGRESS on the
 * second of two identical writes sent at once (either of the pair may get it; checkRetry flags it on a retry sent
 * after the first answer).
 */
function tallyRefusal(ctx: ClientContext, kind: RequestKind, res: TimedResponse): void {
  const code = `${res.status} ${res.body?.error ?? ''}`.trim();
  const expected =
    (kind === 'action' && res.status === 409 && res.body?.error === 'RULE_VIOLATION') ||
    (kind !== 'read' && res.status === 409 && res.body?.error === 'IDEMPOTENCY_KEY_IN_PROGRESS');
  if (expected) {
    ctx.refusals.expected.set(code, (ctx.refusals.expected.get(code) ?? 0) + 1);
  } else {
    const seen = ctx.refusals.unexpected.get(`${kind} ${code}`);
    if (seen) seen.count += 1;
    else ctx.refusals.unexpected.set(`${kind} ${code}`, { count: 1, example: String(res.body?.message ?? '') });
  }
}
