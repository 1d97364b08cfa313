/**
 * Running projects take adjustment requests after the upgrade that brought them (issue 15). Two projects are
 * started on the release before adjustments (33a9092) and moved part-way: a national one under way with an advance,
 * a local one approved. A worker on today's bundle takes over; each project is asked, certified and decided by the
 * grid (the Cục for a site, the Minister for more money, the province's approver for a local beneficiary), the new
 * terms apply and count a version, and a request still open when the project is stopped another way is closed.
 * Every history (old steps and new) replays against today's bundle.
 */
import { randomUUID } from 'node:crypto';
import type { History } from '@temporalio/common/lib/proto-utils';
import { ReplayResult, Worker } from '@temporalio/worker';
import {
  ActionCommand,
  AdjustmentActionCommand,
  AdjustmentRecord,
  AdjustmentRequestCommand,
  ProjectFacts,
  ProjectSnapshot,
  actOnAdjustmentUpdate,
  adjustmentsQuery,
  requestAdjustmentUpdate,
  snapshotQuery,
  workflowIdForProject,
} from '@kc/domain';
import { performProjectAction, startProjectWorkflow } from '../../apps/api/src/projects/project-workflow.client';
import { locateWorkflowBundle } from '../../apps/worker/src/workflow-bundle';
import { WorkerHarness, startWorkerHarness } from '../support/worker-harness';
import { uniqueTaskQueue } from '../support/test-env';
import { actors, projectFacts, workflowInput } from '../support/project-fixtures';
import { approvalDecision, todayInVietnam } from '../support/request-bodies';
import { previousWorkflowBundle } from '../support/previous-bundle';
import { eventually } from '../support/eventually';

/** main before adjustment requests. */
const PREVIOUS_RELEASE = '33a9092';

const taskQueue = uniqueTaskQueue('adjust-upgrade');
let previousBundle: string;
let worker: WorkerHarness | undefined;
const { officerHN, approverHN, unitHN, cucOfficer, cucLeader, minister } = actors;

beforeAll(async () => {
  previousBundle = await previousWorkflowBundle(PREVIOUS_RELEASE);
});

afterAll(async () => {
  await worker?.stop();
});

function act(workflowId: string, command: ActionCommand): Promise<ProjectSnapshot> {
  return performProjectAction(worker!.client, workflowId, command);
}

async function start(facts: ProjectFacts): Promise<string> {
  await startProjectWorkflow(worker!.client, taskQueue, workflowInput(facts));
  return workflowIdForProject(facts.code);
}

function ask(workflowId: string, command: Omit<AdjustmentRequestCommand, 'id'>): Promise<AdjustmentRecord> {
  return worker!.client.workflow
    .getHandle(workflowId)
    .executeUpdate(requestAdjustmentUpdate, { args: [{ id: randomUUID(), ...command }] });
}

function decide(workflowId: string, command: AdjustmentActionCommand): Promise<AdjustmentRecord> {
  return worker!.client.workflow.getHandle(workflowId).executeUpdate(actOnAdjustmentUpdate, { args: [command] });
}

async function askCertifyDecide(
  workflowId: string,
  command: Omit<AdjustmentRequestCommand, 'id'>,
  decider: AdjustmentActionCommand['actor'],
): Promise<AdjustmentRecord> {
  const asked = await ask(workflowId, command);
  await decide(workflowId, { adjustmentId: asked.id, action: 'certify', actor: officerHN });
  return decide(workflowId, { adjustmentId: asked.id, action: 'approve', actor: decider, decisionNo: '09/QĐ' });
}

it('decides adjustments on projects started before them, and every history replays', async () => {
  worker = await startWorkerHarness(taskQueue, { workflowBundlePath: previousBundle });
  const nationalFacts = projectFacts({ scope: 'NATIONAL' });
  const national = await start(nationalFacts);
  await act(national, { action: 'submit', actor: unitHN });
  await act(national, { action: 'open_appraisal', actor: officerHN });
  await act(national, { action: 'register', actor: approverHN });
  await act(national, { action: 'open_ministry_appraisal', actor: cucOfficer });
  await act(national, { action: 'approve', actor: cucLeader, ...approvalDecision() });
  await act(national, { action: 'sign_contract', actor: cucOfficer, contractNo: 'HĐ-1', contractDate: todayInVietnam() });
  await act(national, { action: 'start', actor: unitHN });

  const localFacts = projectFacts();
  const local = await start(localFacts);
  await act(local, { action: 'submit', actor: unitHN });
  await act(local, { action: 'open_appraisal', actor: officerHN });
  await act(local, { action: 'approve', actor: approverHN, ...approvalDecision() });

  // ---- The upgrade.
  await worker.stop();
  worker = undefined;
  worker = await startWorkerHarness(taskQueue);
  for (const workflowId of [national, local]) {
    await eventually(() => worker!.client.workflow.getHandle(workflowId).query(snapshotQuery), 60000, 500);
  }

  const site = await askCertifyDecide(
    national,
    { kind: 'SITE', reason: 'Chuyển xưởng', changes: { site: 'Cụm công nghiệp Phú Nghĩa' }, actor: unitHN },
    cucLeader,
  );
  expect(site).toMatchObject({ status: 'APPROVED', termsVersion: 2, decider: { role: 'approver' } });
  const money = await askCertifyDecide(
    national,
    { kind: 'FUNDING_INCREASE', reason: 'Giá thiết bị tăng', changes: { supportVnd: 140_000_000 }, actor: unitHN },
    minister,
  );
  expect(money).toMatchObject({ status: 'APPROVED', termsVersion: 3 });
  const after = await worker.client.workflow.getHandle(national).query(snapshotQuery);
  expect(after.facts).toMatchObject({ site: 'Cụm công nghiệp Phú Nghĩa', termsVersion: 3 });
  expect(after.status).toMatchObject({ state: 'IN_PROGRESS', approvedSupportVnd: 140_000_000, openAdjustment: null });

  // The read model follows: the row's terms and every request.
  const row: Array<{ site: string; terms_version: number; approved_support_vnd: string }> =
    await worker.dataSource.query(`SELECT site, terms_version, approved_support_vnd FROM projects WHERE id = $1`, [
      nationalFacts.id,
    ]);
  expect(row[0]).toMatchObject({ site: 'Cụm công nghiệp Phú Nghĩa', terms_version: 3, approved_support_vnd: '140000000' });

  // A request open when the project is stopped another way (the Minister's stop decision) is closed.
  const open = await ask(national, { kind: 'PARTNER', reason: 'Đổi đơn vị phối hợp', changes: { partner: 'Viện A' }, actor: unitHN });
  await act(national, { action: 'request_stop', actor: officerHN, reason: 'Cơ sở ngừng sản xuất' });
  await act(national, { action: 'decide_stop', actor: minister, decisionNo: '77/QĐ-BCT', decisionDate: todayInVietnam() });
  const requests = await worker.client.workflow.getHandle(national).query(adjustmentsQuery);
  expect(requests.find((r) => r.id === open.id)?.status).toBe('CLOSED');

  const beneficiary = await askCertifyDecide(
    local,
    { kind: 'BENEFICIARY', reason: 'HTX giải thể', changes: { beneficiary: 'HTX mới' }, actor: unitHN },
    approverHN,
  );
  expect(beneficiary.status).toBe('APPROVED');

  // ---- Each history replays against today's bundle.
  const histories: Array<{ workflowId: string; history: History }> = [];
  for (const workflowId of [national, local]) {
    histories.push({ workflowId, history: await worker.client.workflow.getHandle(workflowId).fetchHistory() });
  }
  const results: ReplayResult[] = [];
  for await (const result of Worker.runReplayHistories(
    { workflowBundle: { codePath: locateWorkflowBundle() }, replayName: 'adjustment-upgrade' },
    histories,
  )) {
    results.push(result);
  }
  expect(results.filter((r) => r.error).map((r) => `${r.workflowId}: ${r.error?.message}`)).toEqual([]);
  expect(results).toHaveLength(2);
}, 300_000);
