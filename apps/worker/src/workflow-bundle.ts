import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@kc/config';

/** The prebuilt workflow bundle (`npm run build` writes dist/workflow-bundle.js at the repository root). */
export function locateWorkflowBundle(): string {
  const override = process.env.WORKFLOW_BUNDLE_PATH;
  if (override) return override;
  const bundle = join(repoRoot(), 'dist', 'workflow-bundle.js');
  if (!existsSync(bundle)) {
    throw new Error(`Chưa có gói workflow / workflow bundle missing at ${bundle}: run "npm run build"`);
  }
  return bundle;
}
