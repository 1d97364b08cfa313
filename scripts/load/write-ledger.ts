import type { TimedResponse } from './http-client';

/** A load project as the run knows it: what the clients sent it and what the API acknowledged. */
export interface LoadProject {
  id: string;
  code: string;
  provinceCode: string;
  /** The 70% cap on advances: a few projects get a small approved support so that the cap is reached. */
  advanceCapVnd: number;
  /** The report period open for the whole run (its first report was submitted during the setup). */
  periodKey: string;
  /** Lifecycle events recorded during the setup (creation, the walk to CONTRACTED, the first report). */
  setupEvents: number;
  /** The setup's first report: its fundsUsedVnd. */
  setupReportFunds: number;
}

export type WriteOutcome = 'acknowledged' | 'refused' | 'unknown';

/** Which outcome a write had, by its first answer and (when it was sent twice) its retry's. */
export function outcomeOf(answers: readonly TimedResponse[]): WriteOutcome {
  if (answers.some((a) => typeof a.status === 'number' && a.status >= 200 && a.status < 300)) return 'acknowledged';
  if (answers.some((a) => a.status === 'network' || a.status >= 500)) return 'unknown';
  return 'refused';
}

/**
 * Per project: every advance amount and report fundsUsedVnd the load phase sent, with its outcome (each value is
 * sent by one write only). The setup's writes are not in it.
 */
export class WriteLedger {
  readonly advances = new Map<string, Map<number, WriteOutcome>>();
  readonly reports = new Map<string, Map<number, WriteOutcome>>();
  /** Retries answered with another status than the first answer (a replay must repeat the outcome). */
  readonly retryMismatches: string[] = [];
  retriesSent = 0;
  retriesReplayed = 0;
  private nextValue = 0;

  constructor(readonly projects: readonly LoadProject[]) {
    for (const p of projects) {
      this.advances.set(p.id, new Map());
      this.reports.set(p.id, new Map());
    }
  }

  /** A value no other write of this run carries, so each write can be found (or missed) in the read model. */
  distinctValue(base: number): number {
    this.nextValue += 1;
    return base + this.nextValue;
  }

  recordAdvance(projectId: string, amountVnd: number, answers: readonly TimedResponse[]): void {
    this.advances.get(projectId)!.set(amountVnd, outcomeOf(answers));
  }

  recordReport(projectId: string, fundsUsedVnd: number, answers: readonly TimedResponse[]): void {
    this.reports.get(projectId)!.set(fundsUsedVnd, outcomeOf(answers));
  }

  acknowledged(values: Map<number, WriteOutcome>): number[] {
    return [...values.entries()].filter(([, o]) => o === 'acknowledged').map(([v]) => v);
  }

  count(outcome: WriteOutcome): { advances: number; reports: number } {
    const countIn = (m: Map<string, Map<number, WriteOutcome>>) =>
      [...m.values()].reduce((n, values) => n + [...values.values()].filter((o) => o === outcome).length, 0);
    return { advances: countIn(this.advances), reports: countIn(this.reports) };
  }
}
