import { spawn } from 'node:child_process';
import { join } from 'node:path';

const RECONCILE_MAIN = join(__dirname, '..', '..', '..', 'dist', 'scripts', 'reconcile.js');

export interface ReconcileRun {
  code: number | null;
  output: string;
}

/** `npm run reconcile` as an operator runs it: the compiled script, against the given database and Temporal. */
export function runReconcile(
  env: { databaseUrl: string; temporalAddress: string; taskQueue?: string },
  args: string[] = [],
) {
  return new Promise<ReconcileRun>((resolve, reject) => {
    let output = '';
    const child = spawn(process.execPath, [RECONCILE_MAIN, ...args], {
      env: {
        ...process.env,
        DATABASE_URL: env.databaseUrl,
        TEMPORAL_ADDRESS: env.temporalAddress,
        // The scan for workflows without a projects row covers this queue only; every test shares the namespace, so
        // a test that does not name its own queue names one with no workflows.
        TEMPORAL_TASK_QUEUE: env.taskQueue ?? 'reconcile-test-no-workflows',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}
