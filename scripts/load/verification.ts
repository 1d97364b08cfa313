/**
 * After the run: every write the API acknowledged is in the read model exactly once, nothing it refused is there,
 * each project's audit trail is gap-free, and each workflow's own state (the snapshot query) agrees with its row.
 * The reconciler of `npm run reconcile` then compares the read model with the workflows field by field.
 */
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import { ProjectSnapshot, snapshotQuery } from '@kc/domain';
import { createDataSource } from '@kc/persistence';
import { reconcileProjects } from '../../apps/worker/src/reconcile/reconciler';
import type { LoadProject, WriteLedger, WriteOutcome } from './write-ledger';

export interface WriteCheck {
  acknowledged: number;
  refused: number;
  unknown: number;
  /** Acknowledged and found exactly once. */
  foundOnce: number;
  /** Acknowledged but not in the read model. */
  lost: number;
  /** In the read model more than once. */
  doubled: number;
  /** Refused, yet in the read model (or in it without any write of this run carrying it). */
  phantom: number;
}

export interface VerificationResult {
  projects: number;
  advances: WriteCheck;
  reports: WriteCheck;
  /** Projects whose transitions are not 1..last_seq, or whose last_seq is not the events the run expects. */
  auditTrailProblems: number;
  /** Projects whose workflow snapshot disagrees with the read model (state, seq, advances) or breaks the cap. */
  workflowDisagreements: number;
  reconcile: { checked: number; differing: number; unchecked: number };
  retries: { sent: number; replayed: number; mismatched: number };
  problems: string[];
  passed: boolean;
}

const MAX_LISTED_PROBLEMS = 30;

export async function verifyRun(
  ledger: WriteLedger,
  stack: { databaseUrl: string; temporalAddress: string; namespace: string },
): Promise<VerificationResult> {
  const problems: string[] = [];
  const note = (line: string) => problems.push(line);
  const advances = emptyCheck();
  const reports = emptyCheck();
  let auditTrailProblems = 0;
  let workflowDisagreements = 0;

  const pg = new PgClient({ connectionString: stack.databaseUrl });
  await pg.connect();
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const temporal = new TemporalClient({ connection, namespace: stack.namespace });
  try {
    for (const project of ledger.projects) {
      const sent = ledger.advances.get(project.id)!;
      const advanceRows = await pg.query<{ amount: string; n: number }>(
        `SELECT amount_vnd::text AS amount, count(*)::int AS n FROM disbursements
         WHERE project_id = $1 AND kind = 'ADVANCE' GROUP BY amount_vnd`,
        [project.id],
      );
      const advancesFound = countsOf(advanceRows.rows);
      compareValues(project, 'advance', sent, advancesFound, advances, note);

      const reportRows = await pg.query<{ version: number; funds: string }>(
        `SELECT version, funds_used_vnd::text AS funds FROM progress_reports
         WHERE project_id = $1 AND period_key = $2 ORDER BY version`,
        [project.id, project.periodKey],
      );
      const versions = reportRows.rows.map((r) => r.version);
      if (!isOneToN(versions)) note(`${project.code}: report versions are not 1..n: ${versions.join(',')}`);
      const reportCounts = countsOf(reportRows.rows.map((r) => ({ amount: r.funds, n: 1 })));
      const setupCount = reportCounts.get(project.setupReportFunds) ?? 0;
      if (setupCount !== 1) note(`${project.code}: the setup's first report is there ${setupCount} times`);
      reportCounts.delete(project.setupReportFunds);
      compareValues(project, 'report', ledger.reports.get(project.id)!, reportCounts, reports, note);

      const row = (
        await pg.query<{ state: string; last_seq: number; advances_vnd: string; workflow_id: string }>(
          'SELECT state, last_seq, advances_vnd::text, workflow_id FROM projects WHERE id = $1',
          [project.id],
        )
      ).rows[0];
      const seqs = (
        await pg.query<{ seq: number }>('SELECT seq FROM project_transitions WHERE project_id = $1 ORDER BY seq', [
          project.id,
        ])
      ).rows.map((r) => r.seq);
      const acknowledged =
        ledger.acknowledged(sent).length + ledger.acknowledged(ledger.reports.get(project.id)!).length;
      const anyUnknown = [...sent.values(), ...ledger.reports.get(project.id)!.values()].includes('unknown');
      const expectedSeq = project.setupEvents + acknowledged;
      if (!isOneToN(seqs) || seqs.length !== row.last_seq || (!anyUnknown && row.last_seq !== expectedSeq)) {
        auditTrailProblems += 1;
        note(
          `${project.code}: audit trail ${describeSeqs(seqs)}, last_seq ${row.last_seq}, expected ${expectedSeq} events`,
        );
      }

      const snapshot = await temporal.workflow.getHandle(row.workflow_id).query(snapshotQuery);
      // A write without an answer (a 5xx, no answer) may have been applied after all: the read model tells which.
      const appliedUnknown = [...sent].filter(([v, o]) => o === 'unknown' && advancesFound.has(v)).map(([v]) => v);
      const disagreement = compareSnapshot(project, snapshot, row, [...ledger.acknowledged(sent), ...appliedUnknown]);
      if (disagreement) {
        workflowDisagreements += 1;
        note(`${project.code}: ${disagreement}`);
      }
    }

    const dataSource = await createDataSource(stack.databaseUrl, 4).initialize();
    let reconcile;
    try {
      reconcile = await reconcileProjects(dataSource, temporal, {
        repair: false,
        concurrency: 8,
        onlyProjectIds: ledger.projects.map((p) => p.id),
        log: (line) => note(`reconcile: ${line}`),
      });
    } finally {
      await dataSource.destroy();
    }

    for (const mismatch of ledger.retryMismatches) note(`retry answered differently: ${mismatch}`);
    const passed =
      advances.lost + advances.doubled + advances.phantom + reports.lost + reports.doubled + reports.phantom === 0 &&
      auditTrailProblems === 0 &&
      workflowDisagreements === 0 &&
      reconcile.differing + reconcile.remaining + reconcile.unchecked === 0 &&
      ledger.retryMismatches.length === 0 &&
      problems.length === 0;
    return {
      projects: ledger.projects.length,
      advances,
      reports,
      auditTrailProblems,
      workflowDisagreements,
      reconcile: { checked: reconcile.checked, differing: reconcile.differing, unchecked: reconcile.unchecked },
      retries: {
        sent: ledger.retriesSent,
        replayed: ledger.retriesReplayed,
        mismatched: ledger.retryMismatches.length,
      },
      problems: problems.slice(0, MAX_LISTED_PROBLEMS),
      passed,
    };
  } finally {
    await connection.close();
    await pg.end();
  }
}

export function emptyCheck(): WriteCheck {
  return { acknowledged: 0, refused: 0, unknown: 0, foundOnce: 0, lost: 0, doubled: 0, phantom: 0 };
}

export function countsOf(rows: ReadonlyArray<{ amount: string; n: number }>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { amount, n } of rows) counts.set(Number(amount), (counts.get(Number(amount)) ?? 0) + n);
  return counts;
}

/** Each value sent by one write of the run, against how often the read model holds it. */
export function compareValues(
  project: Pick<LoadProject, 'code'>,
  what: string,
  sent: Map<number, WriteOutcome>,
  found: Map<number, number>,
  check: WriteCheck,
  note: (line: string) => void,
): void {
  for (const [value, outcome] of sent) {
    check[outcome] += 1;
    const times = found.get(value) ?? 0;
    if (times > 1) {
      check.doubled += 1;
      note(`${project.code}: ${what} ${value} is there ${times} times`);
    } else if (outcome === 'acknowledged' && times === 0) {
      check.lost += 1;
      note(`${project.code}: acknowledged ${what} ${value} is missing`);
    } else if (outcome === 'refused' && times === 1) {
      check.phantom += 1;
      note(`${project.code}: refused ${what} ${value} was recorded`);
    } else if (outcome === 'acknowledged') {
      check.foundOnce += 1;
    }
  }
  for (const value of found.keys()) {
    if (!sent.has(value)) {
      check.phantom += 1;
      note(`${project.code}: ${what} ${value} was recorded, but no write of this run sent it`);
    }
  }
}

function compareSnapshot(
  project: LoadProject,
  snapshot: ProjectSnapshot,
  row: { state: string; last_seq: number; advances_vnd: string },
  /** The advances acknowledged, and those without an answer that the read model holds. */
  appliedAdvances: number[],
): string | undefined {
  const { status } = snapshot;
  const appliedSum = appliedAdvances.reduce((sum, v) => sum + v, 0);
  const differences: string[] = [];
  if (status.state !== row.state) differences.push(`state ${status.state} in the workflow, ${row.state} in the row`);
  if (status.seq !== row.last_seq) differences.push(`seq ${status.seq} in the workflow, ${row.last_seq} in the row`);
  if (status.advancesVnd !== Number(row.advances_vnd)) {
    differences.push(`advances ${status.advancesVnd} VND in the workflow, ${row.advances_vnd} in the row`);
  }
  if (status.advancesVnd !== appliedSum) {
    differences.push(`advances ${status.advancesVnd} VND in the workflow, ${appliedSum} acknowledged or found`);
  }
  if (status.advancesVnd > project.advanceCapVnd) {
    differences.push(`advances ${status.advancesVnd} VND above the cap of ${project.advanceCapVnd}`);
  }
  return differences.length ? differences.join('; ') : undefined;
}

export function isOneToN(values: readonly number[]): boolean {
  return values.every((v, i) => v === i + 1);
}

export function describeSeqs(seqs: readonly number[]): string {
  return isOneToN(seqs) ? `1..${seqs.length}` : `not 1..n (${seqs.length} rows, ${seqs.slice(0, 12).join(',')}…)`;
}
