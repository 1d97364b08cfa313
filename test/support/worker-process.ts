import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { workerNodeArgs } from '@kc/config';
import { testEnv } from './test-env';

const WORKER_MAIN = join(__dirname, '..', '..', 'dist', 'apps', 'worker', 'src', 'main.js');

/** The production worker (`node dist/apps/worker/src/main.js`) as a child process, so a test can SIGKILL it. */
export function spawnWorkerProcess(
  taskQueue: string,
  extraEnv: Record<string, string> = {},
): {
  child: ChildProcess;
  ready: Promise<void>;
  output: () => string;
} {
  const env = testEnv();
  let output = '';
  const childEnv = {
    ...process.env,
    DATABASE_URL: env.databaseUrl,
    TEMPORAL_ADDRESS: env.temporalAddress,
    TEMPORAL_NAMESPACE: env.namespace,
    TEMPORAL_TASK_QUEUE: taskQueue,
    ...extraEnv,
  };
  // With the production heap cap, as scripts/start.ts starts it.
  const child = spawn(process.execPath, [...workerNodeArgs(childEnv), WORKER_MAIN], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Worker ready')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before it was ready:\n${output}`)));
  });
  return { child, ready, output: () => output };
}

export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
