/** Builds the workflow bundle the worker loads in production: dist/workflow-bundle.js. Exits 1 on failure. */
import { bundleWorkflowCode } from '@temporalio/worker';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

async function main(): Promise<void> {
  const workflowsPath = join(__dirname, '..', 'workflows', 'index.js');
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    // Evaluated once per worker thread and shared (deep-frozen) by every workflow, instead of once per workflow
    // created or replayed: the domain is pure functions and constants (its only module state, the day memos of
    // calendar-days.ts and the collator of province-order.ts, gives every workflow the same answers).
    preloadModules: [join(__dirname, '..', 'libs', 'domain', 'src', 'index.js')],
    logger: undefined,
  });
  const target = join(__dirname, '..', 'workflow-bundle.js');
  await writeFile(target, code);
  console.log(`Workflow bundle written: ${target} (${Math.round(code.length / 1024)} KiB)`);
}

main().catch((err) => {
  console.error('Workflow bundle failed:', err);
  process.exit(1);
});
