/**
 * What the soak's clients were told: per project, every write with its final outcome after the client's retries
 * (acknowledged = a 2xx answer, refused = a 4xx answer, unknown = no answer before the client gave up). Only the
 * acknowledged writes are owed to be found; the refused ones must not be found at all.
 */
import type { LoadProvince } from '../load/project-setup';
import type { WriteOutcome } from '../load/write-ledger';

export interface SoakProject {
  index: number;
  /** In the title, so that a project created twice by one request is found by it. */
  token: string;
  provinceCode: LoadProvince;
  id?: string;
  code?: string;
  workflowId?: string;
  /** Lifecycle actions (submit, approve, ...) by their outcome. */
  actions: Array<{ action: string; outcome: WriteOutcome }>;
  advances: Map<number, WriteOutcome>;
  reports: Map<number, WriteOutcome>;
  createOutcome?: WriteOutcome;
}

export interface WriteTally {
  acknowledged: number;
  refused: number;
  unknown: number;
  /** Requests sent again with the same Idempotency-Key after a failure or a timeout. */
  retries: number;
}

export class SoakLedger {
  readonly projects: SoakProject[];
  readonly tally: Record<'create' | 'action' | 'advance' | 'report', WriteTally> = {
    create: emptyTally(),
    action: emptyTally(),
    advance: emptyTally(),
    report: emptyTally(),
  };
  /** Milliseconds from a write's first sending to its settling answer (retries included), by kind. */
  readonly settleMs: Record<'create' | 'action' | 'advance' | 'report', number[]> = {
    create: [],
    action: [],
    advance: [],
    report: [],
  };
  /** 4xx answers by `kind status error`, with one message each. */
  readonly refusals = new Map<string, { count: number; example: string }>();
  private nextValue = 0;

  constructor(count: number, runId: string, provinceOf: (index: number) => LoadProvince) {
    this.projects = Array.from({ length: count }, (_, index) => ({
      index,
      token: `SOAK-${runId}-${String(index + 1).padStart(5, '0')}`,
      provinceCode: provinceOf(index),
      actions: [],
      advances: new Map(),
      reports: new Map(),
    }));
  }

  /** A value no other write of this run carries, so each write can be found (or missed) on its own. */
  distinctValue(base: number): number {
    this.nextValue += 1;
    return base + this.nextValue;
  }

  count(kind: keyof SoakLedger['tally'], outcome: WriteOutcome, retries: number): void {
    this.tally[kind][outcome] += 1;
    this.tally[kind].retries += retries;
  }

  refused(kind: string, status: number, error: string | undefined, message: string): void {
    const key = `${kind} ${status} ${error ?? ''}`.trim();
    const seen = this.refusals.get(key);
    if (seen) seen.count += 1;
    else this.refusals.set(key, { count: 1, example: message.slice(0, 300) });
  }

  acknowledgedWrites(): number {
    return Object.values(this.tally).reduce((n, t) => n + t.acknowledged, 0);
  }
}

function emptyTally(): WriteTally {
  return { acknowledged: 0, refused: 0, unknown: 0, retries: 0 };
}
