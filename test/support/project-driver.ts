import { Client } from '@temporalio/client';
import { ProjectFacts, ProjectSnapshot, workflowIdForProject } from '@kc/domain';
import { performProjectAction, startProjectWorkflow } from '../../apps/api/src/projects/project-workflow.client';
import { actors, projectFacts, workflowInput } from './project-fixtures';
import { approvalDecision, todayInVietnam } from './request-bodies';

/** A project started on `taskQueue` and moved to CONTRACTED (seq 5), where advances may be recorded. */
export async function contractedProject(
  client: Client,
  taskQueue: string,
  overrides: Partial<ProjectFacts> = {},
): Promise<{ facts: ProjectFacts; workflowId: string }> {
  const facts = projectFacts(overrides);
  const workflowId = workflowIdForProject(facts.code);
  await startProjectWorkflow(client, taskQueue, workflowInput(facts));
  const officer = actors.officerHN;
  await performProjectAction(client, workflowId, { action: 'submit', actor: officer });
  await performProjectAction(client, workflowId, { action: 'open_appraisal', actor: officer });
  await performProjectAction(client, workflowId, {
    action: 'approve',
    actor: actors.approverHN,
    ...approvalDecision(),
  });
  await performProjectAction(client, workflowId, {
    action: 'sign_contract',
    actor: officer,
    contractNo: 'HĐ-FAULT',
    contractDate: todayInVietnam(),
  });
  return { facts, workflowId };
}

export function recordAdvance(client: Client, workflowId: string, amountVnd: number): Promise<ProjectSnapshot> {
  return performProjectAction(client, workflowId, {
    action: 'record_disbursement',
    actor: actors.officerHN,
    kind: 'ADVANCE',
    amountVnd,
  });
}
