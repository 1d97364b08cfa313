import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { PROJECT_WORKFLOW_TYPE } from '@kc/domain';

/**
 * Project workflows on `taskQueue` that have no projects row (a lost row, a restore from an older backup):
 * the read model, the queues and the lists cannot show them. Read from Temporal's visibility store, every run of
 * a workflow id counted once; a workflow whose row appears within `confirmAfterMs` (its creation was still being
 * written) is not reported.
 */
export async function findWorkflowsWithoutProject(
  dataSource: DataSource,
  client: Client,
  taskQueue: string,
  confirmAfterMs: number,
): Promise<string[]> {
  const ids = new Set<string>();
  const query = `WorkflowType = '${PROJECT_WORKFLOW_TYPE}' AND TaskQueue = '${taskQueue.replace(/'/g, "''")}'`;
  for await (const execution of client.workflow.list({ query })) ids.add(execution.workflowId);
  let missing = await withoutRow(dataSource, [...ids]);
  if (missing.length > 0) {
    await new Promise((resolve) => setTimeout(resolve, confirmAfterMs));
    missing = await withoutRow(dataSource, missing);
  }
  return missing.sort();
}

async function withoutRow(dataSource: DataSource, workflowIds: string[]): Promise<string[]> {
  if (workflowIds.length === 0) return [];
  const rows: Array<{ workflow_id: string }> = await dataSource.query(
    `SELECT workflow_id FROM projects WHERE workflow_id = ANY($1::text[])`,
    [workflowIds],
  );
  const present = new Set(rows.map((r) => r.workflow_id));
  return workflowIds.filter((id) => !present.has(id));
}
