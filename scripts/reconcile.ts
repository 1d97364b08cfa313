/**
 * npm run reconcile [-- --repair] [--concurrency 8] [--page-size 200]: compares every project's read model
 * with its workflow's state (DATABASE_URL, TEMPORAL_ADDRESS; a worker must serve the workflows' task queue,
 * since queries are answered by the workflow code). One line per project that differs, and per project workflow on
 * TEMPORAL_TASK_QUEUE that has no projects row, then a summary.
 * Exit code 0: no difference (or all repaired); 1: differences remain; 2: an error, or workflows that did not answer.
 */
import 'reflect-metadata';
import { Client, Connection } from '@temporalio/client';
import { loadDatabaseConfig, loadTemporalConfig } from '@kc/config';
import { createDataSource } from '@kc/persistence';
import { describeSummary, exitCodeOf, reconcileProjects } from '../apps/worker/src/reconcile/reconciler';

function numberFlag(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(name);
  if (index < 0) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} needs a positive whole number`);
  return value;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const known = ['--repair', '--concurrency', '--page-size'];
  const unknown = args.filter((a, i) => a.startsWith('--') && !known.includes(a) && !known.includes(args[i - 1]));
  if (unknown.length)
    throw new Error(
      `unknown option ${unknown.join(' ')}; usage: reconcile [--repair] [--concurrency n] [--page-size n]`,
    );
  const repair = args.includes('--repair');
  const db = loadDatabaseConfig();
  const temporal = loadTemporalConfig();
  const dataSource = await createDataSource(db.url, 4, db.ssl).initialize();
  const connection = await Connection.connect(temporal.connection);
  const started = Date.now();
  try {
    const summary = await reconcileProjects(dataSource, new Client({ connection, namespace: temporal.namespace }), {
      repair,
      concurrency: numberFlag(args, '--concurrency', 8),
      pageSize: numberFlag(args, '--page-size', 200),
      taskQueue: temporal.taskQueue,
      log: (line) => console.log(line),
    });
    console.log(`reconcile${repair ? ' --repair' : ''}: ${describeSummary(summary)} (${Date.now() - started} ms)`);
    return exitCodeOf(summary);
  } finally {
    await connection.close();
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('reconcile stopped on error:', err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
