import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The prebuilt workflow bundle (`npm run build` writes dist/workflow-bundle.js at the repository root). */
export function locateWorkflowBundle(): string {
  const override = process.env.WORKFLOW_BUNDLE_PATH;
  if (override) return override;
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const bundle = join(dir, 'dist', 'workflow-bundle.js');
  if (!existsSync(bundle)) {
    throw new Error(`Chưa có gói workflow / workflow bundle missing at ${bundle}: run "npm run build"`);
  }
  return bundle;
}
