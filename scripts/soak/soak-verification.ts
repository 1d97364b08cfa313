/**
 * After the soak: every acknowledged write is found exactly once and nothing refused is found. Per project: one
 * projects row for its title token, each acknowledged lifecycle action once in the history, each advance once in
 * disbursements, each report once in progress_reports, the history numbered 1..n with n the row's last_seq and the
 *
 * workflow's own seq (snapshot query).
 */
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Pool } from 'pg';
import { snapshotQuery } from '@kc/domain';
import { WriteCheck, compareValues, countsOf, describeSeqs, emptyCheck, isOneToN } from '../load/verification';
import type { SoakLedger, SoakProject } from './soak-ledger';

export interface SoakWriteCheck {
  projects: { acknowledged: number; found: number; createdTwice: number; lost: number; unacknowledgedFound: number };
  actions: { acknowledged: number; foundOnce: number; lost: number; doubled: number; phantom: number };
  advances: WriteCheck;
  reports: WriteCheck;
  historyProblems: number;
  workflowDisagreements: number;
  /** The projects found, for the reconciler. */
  checkedProjectIds: string[];
  problems: string[];
}

const MAX_LISTED = 40;
const CONCURRENCY = 8;

export async function verifyWrites(
  ledger: SoakLedger,
  runPrefix: string,
  stack: { databaseUrl: string; temporalAddress: string; namespace: string },
): Promise<SoakWriteCheck> {
  const problems: string[] = [];
  const note = (line: string) => problems.push(line);
  const check: SoakWriteCheck = {
    projects: { acknowledged: 0, found: 0, createdTwice: 0, lost: 0, unacknowledgedFound: 0 },
    actions: { acknowledged: 0, foundOnce: 0, lost: 0, doubled: 0, phantom: 0 },
    advances: emptyCheck(),
    reports: emptyCheck(),
    historyProblems: 0,
    workflowDisagreements: 0,
    checkedProjectIds: [],
    problems: [],
  };
  const pg = new Pool({ connectionString: stack.databaseUrl, max: CONCURRENCY });
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const temporal = new TemporalClient({ connection, namespace: stack.namespace });
  try {
    // Every project of this run, by the token in its title: a token found twice is one request that made two.
    const rows = (
      await pg.query<{ id: string; token: string; state: string; last_seq: number; workflow_id: string }>(
        `SELECT id, split_part(title, ':', 1) AS token, state, last_seq, workflow_id FROM projects WHERE title LIKE $1`,
        [`${runPrefix}%`],
      )
    ).rows;
    const byToken = new Map<string, typeof rows>();
    for (const row of rows) byToken.set(row.token, [...(byToken.get(row.token) ?? []), row]);
    const checkedIds: string[] = [];
    const checkOne = async (project: SoakProject) => {
      const found = byToken.get(project.token) ?? [];
      if (found.length > 1) {
        check.projects.createdTwice += 1;
        note(`${project.token}: ${found.length} projects for one creation (${found.map((r) => r.id).join(', ')})`);
      }
      if (project.createOutcome !== 'acknowledged') {
        if (found.length > 0) {
          check.projects.unacknowledgedFound += 1;
          if (project.createOutcome === 'refused') note(`${project.token}: creation refused, yet the project exists`);
        }
        return;
      }
      check.projects.acknowledged += 1;
      const row = found.find((r) => r.id === project.id);
      if (!row) {
        check.projects.lost += 1;
        note(`${project.token}: acknowledged creation ${project.id} not found`);
        return;
      }
      check.projects.found += 1;
      checkedIds.push(row.id);
      await checkProject(pg, temporal, project, row, check, note);
    };
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < ledger.projects.length) await checkOne(ledger.projects[next++]);
      }),
    );
    check.checkedProjectIds = checkedIds;
  } finally {
    await connection.close();
    await pg.end();
  }
  check.problems = problems.slice(0, MAX_LISTED);
  return check;
}

async function checkProject(
  pg: Pool,
  temporal: TemporalClient,
  project: SoakProject,
  row: { id: string; last_seq: number; workflow_id: string },
  check: SoakWriteCheck,
  note: (line: string) => void,
): Promise<void> {
  const code = project.code ?? project.token;
  const history = (
    await pg.query<{ seq: number; action: string }>(
      'SELECT seq, action FROM project_transitions WHERE project_id = $1 ORDER BY seq',
      [row.id],
    )
  ).rows;
  // Lifecycle actions: each acknowledged one is in the history once; a refused one is not there at all.
  const inHistory = new Map<string, number>();
  for (const { action } of history) inHistory.set(action, (inHistory.get(action) ?? 0) + 1);
  for (const { action, outcome } of project.actions) {
    const times = inHistory.get(action) ?? 0;
    if (outcome === 'acknowledged') {
      check.actions.acknowledged += 1;
      if (times === 1) check.actions.foundOnce += 1;
      else if (times === 0) {
        check.actions.lost += 1;
        note(`${code}: acknowledged ${action} is not in the history`);
      } else {
        check.actions.doubled += 1;
        note(`${code}: ${action} is in the history ${times} times`);
      }
    } else if (outcome === 'refused' && times > 0) {
      check.actions.phantom += 1;
      note(`${code}: refused ${action} is in the history`);
    }
  }
  if ((inHistory.get('create') ?? 0) !== 1) note(`${code}: ${inHistory.get('create') ?? 0} creation events`);

  const advanceRows = await pg.query<{ amount: string; n: number }>(
    `SELECT amount_vnd::text AS amount, count(*)::int AS n FROM disbursements
     WHERE project_id = $1 AND kind = 'ADVANCE' GROUP BY amount_vnd`,
    [row.id],
  );
  compareValues({ code }, 'advance', project.advances, countsOf(advanceRows.rows), check.advances, note);
  const reportRows = await pg.query<{ amount: string; n: number }>(
    `SELECT funds_used_vnd::text AS amount, count(*)::int AS n FROM progress_reports
     WHERE project_id = $1 GROUP BY funds_used_vnd`,
    [row.id],
  );
  compareValues({ code }, 'report', project.reports, countsOf(reportRows.rows), check.reports, note);
  if ((inHistory.get('record_disbursement') ?? 0) !== sumOf(advanceRows.rows)) {
    note(`${code}: ${inHistory.get('record_disbursement') ?? 0} disbursement events, ${sumOf(advanceRows.rows)} rows`);
  }
  if ((inHistory.get('submit_report') ?? 0) !== sumOf(reportRows.rows)) {
    note(`${code}: ${inHistory.get('submit_report') ?? 0} report events, ${sumOf(reportRows.rows)} reports`);
  }

  // The history is 1..n, n is the row's last_seq and the workflow's seq; with every outcome known, n is also the
  // number of acknowledged writes (the creation, the actions, the advances and the reports).
  const seqs = history.map((h) => h.seq);
  const acknowledged =
    1 +
    project.actions.filter((a) => a.outcome === 'acknowledged').length +
    [...project.advances.values(), ...project.reports.values()].filter((o) => o === 'acknowledged').length;
  const anyUnknown =
    project.actions.some((a) => a.outcome === 'unknown') ||
    [...project.advances.values(), ...project.reports.values()].includes('unknown');
  const snapshot = await querySnapshot(temporal, row.workflow_id);
  const problems: string[] = [];
  if (!snapshot) {
    check.workflowDisagreements += 1;
    note(`${code}: the workflow did not answer its snapshot query in ${QUERY_ATTEMPTS} attempts`);
    return;
  }
  if (!isOneToN(seqs) || seqs.length !== row.last_seq)
    problems.push(`history ${describeSeqs(seqs)}, last_seq ${row.last_seq}`);
  if (!anyUnknown && row.last_seq !== acknowledged)
    problems.push(`last_seq ${row.last_seq}, ${acknowledged} acknowledged`);
  if (snapshot.status.seq !== row.last_seq) problems.push(`workflow seq ${snapshot.status.seq}, row ${row.last_seq}`);
  if (problems.length) {
    check.historyProblems += 1;
    note(`${code}: ${problems.join('; ')}`);
  }
  const acknowledgedAdvances = [...project.advances]
    .filter(([, o]) => o === 'acknowledged')
    .reduce((s, [v]) => s + v, 0);
  if (!anyUnknown && snapshot.status.advancesVnd !== acknowledgedAdvances) {
    check.workflowDisagreements += 1;
    note(`${code}: advances ${snapshot.status.advancesVnd} VND in the workflow, ${acknowledgedAdvances} acknowledged`);
  }
}

const QUERY_ATTEMPTS = 6;

/**
 * The workflow's snapshot, asked again on a failure: after the run the worker replays a thousand histories into a
 * cold cache, and a query can pass its deadline. Null when it never answers (counted as a disagreement).
 */
async function querySnapshot(temporal: TemporalClient, workflowId: string) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await temporal.workflow.getHandle(workflowId).query(snapshotQuery);
    } catch {
      if (attempt >= QUERY_ATTEMPTS) return null;
      await new Promise((resolve) => setTimeout(resolve, 5_000 * attempt));
    }
  }
}

function sumOf(rows: ReadonlyArray<{ n: number }>): number {
  return rows.reduce((s, r) => s + r.n, 0);
}
