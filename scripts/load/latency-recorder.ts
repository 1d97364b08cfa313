/** What a request was, for the per-kind figures: a page read, a lifecycle action, or a report submission. */
export type RequestKind = 'read' | 'action' | 'report';
export const REQUEST_KINDS: readonly RequestKind[] = ['read', 'action', 'report'];

export interface LatencySummary {
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

/**
 * The exact percentile of recorded samples by the nearest-rank method: the smallest sample such that at least
 * p% of all samples are less than or equal to it (no interpolation, no histogram buckets).
 */
export function nearestRank(sortedAscending: readonly number[], percent: number): number {
  if (sortedAscending.length === 0) return 0;
  const rank = Math.max(1, Math.ceil((percent / 100) * sortedAscending.length));
  return sortedAscending[Math.min(rank, sortedAscending.length) - 1];
}

export function summarise(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    requests: sorted.length,
    p50Ms: round(nearestRank(sorted, 50)),
    p95Ms: round(nearestRank(sorted, 95)),
    p99Ms: round(nearestRank(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? 0),
    meanMs: round(sorted.length ? total / sorted.length : 0),
  };
}

/** Every response's latency and status, by kind; nothing is sampled away. */
export class LatencyRecorder {
  private readonly samples = new Map<RequestKind, number[]>(REQUEST_KINDS.map((kind) => [kind, []]));
  private readonly statuses = new Map<string, number>();

  /** status: the HTTP status, or 'network' when no answer came. */
  record(kind: RequestKind, status: number | 'network', latencyMs: number): void {
    this.samples.get(kind)!.push(latencyMs);
    const key = String(status);
    this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
  }

  summary(kind?: RequestKind): LatencySummary {
    return summarise(kind ? this.samples.get(kind)! : REQUEST_KINDS.flatMap((k) => this.samples.get(k)!));
  }

  /** Counts by HTTP status ('network' for no answer), in status order. */
  statusCounts(): Record<string, number> {
    return Object.fromEntries([...this.statuses.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  count5xx(): number {
    return [...this.statuses.entries()].filter(([status]) => /^5\d\d$/.test(status)).reduce((n, [, c]) => n + c, 0);
  }

  countNetworkErrors(): number {
    return this.statuses.get('network') ?? 0;
  }
}
