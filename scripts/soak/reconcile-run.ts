import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ReconcileFigures {
  exitCode: number | null;
  checked: number;
  differed: number;
  /** The summary line, or the last lines of the output when there is none. */
  summary: string;
}

const RECONCILE_MAIN = join(__dirname, '..', 'reconcile.js');

/**
 * `npm run reconcile` as an operator runs it (the built script, read-only): every project of the database against
 * its workflow, plus the scan for project workflows without a projects row on the worker's task queue.
 */
export function runReconcile(env: { databaseUrl: string; temporalAddress: string; namespace: string }) {
  return new Promise<ReconcileFigures>((resolve, reject) => {
    let output = '';
    const child = spawn(process.execPath, [RECONCILE_MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: env.databaseUrl,
        TEMPORAL_ADDRESS: env.temporalAddress,
        TEMPORAL_NAMESPACE: env.namespace,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (exitCode) => {
      const line = output.split('\n').find((l) => l.startsWith('reconcile: ')) ?? '';
      const checked = /(\d+) projects checked/.exec(line);
      const differed = /(\d+) differed/.exec(line);
      resolve({
        exitCode,
        checked: checked ? Number(checked[1]) : 0,
        differed: differed ? Number(differed[1]) : -1,
        summary: line || output.trim().split('\n').slice(-5).join(' | '),
      });
    });
  });
}
