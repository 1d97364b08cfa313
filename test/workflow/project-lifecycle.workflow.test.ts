/**
 * The project workflow on the real Temporal dev server, with the real activities writing real PostgreSQL.
 */
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { ActionCommand, ProjectWorkflowInput, snapshotQuery, workflowIdForProject } from '@kc/domain';
import { ProjectEventWriter } from '@kc/persistence';
import { performProjectAction, startProjectWorkflow } from '../../apps/api/src/projects/project-workflow.client';
import { WorkerHarness, startWorkerHarness } from '../support/worker-harness';
import { uniqueTaskQueue } from '../support/test-env';
import { actors, projectFacts, workflowInput } from '../support/project-fixtures';
import { disbursementAmounts, readProject, transitionSeqs } from '../support/read-model';
import { eventually } from '../support/eventually';
import { approvalDecision } from '../support/request-bodies';

let harness: WorkerHarness;

beforeAll(async () => {
  harness = await startWorkerHarness(uniqueTaskQueue('lifecycle'));
});

afterAll(async () => {
  await harness?.stop();
});

async function start(input: ProjectWorkflowInput) {
  await startProjectWorkflow(harness.client, harness.taskQueue, input);
  return workflowIdForProject(input.facts.code);
}

function act(workflowId: string, command: Omit<ActionCommand, 'actor'> & { actor: ActionCommand['actor'] }) {
  return performProjectAction(harness.client, workflowId, command);
}

async function refusalOf(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const err = await promise.then(
    () => {
      throw new Error('expected the update to be refused');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (err as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  return cause as ApplicationFailure;
}

describe('project lifecycle workflow', () => {
  it('walks a local project from DRAFT to SETTLED, recording every step once', async () => {
    const facts = projectFacts();
    const id = await start(workflowInput(facts));
    const { officerHN: officer, approverHN: approver, unitHN: unit } = actors;

    expect((await readProject(harness.dataSource, facts.id))?.state).toBe('DRAFT');
    await act(id, { action: 'submit', actor: unit });
    await act(id, { action: 'open_appraisal', actor: officer });
    await act(id, { action: 'approve', actor: approver, ...approvalDecision(120_000_000) });
    await act(id, {
      action: 'sign_contract',
      actor: officer,
      contractNo: '15/HĐ-KCĐP-2026',
      contractDate: '2026-04-01',
    });
    await act(id, { action: 'record_disbursement', actor: officer, kind: 'ADVANCE', amountVnd: 84_000_000 });
    await act(id, { action: 'start', actor: unit });
    await act(id, { action: 'complete_work', actor: unit });
    await act(id, { action: 'accept', actor: approver, minutesNo: '07/BB-NT', minutesDate: '2026-11-20' });
    await act(id, { action: 'record_disbursement', actor: officer, kind: 'FINAL', amountVnd: 36_000_000 });
    const settled = await act(id, { action: 'settle', actor: officer });

    expect(settled.status).toMatchObject({
      state: 'SETTLED',
      seq: 11,
      advancesVnd: 84_000_000,
      finalPaymentsVnd: 36_000_000,
    });
    expect(await transitionSeqs(harness.dataSource, facts.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(await disbursementAmounts(harness.dataSource, facts.id)).toEqual([84_000_000, 36_000_000]);
    expect(await readProject(harness.dataSource, facts.id)).toMatchObject({ state: 'SETTLED', last_seq: 11 });
    // A settled project's workflow completes with its final snapshot.
    const result = await harness.client.workflow.getHandle(id).result();
    expect(result.status.state).toBe('SETTLED');
  });

  it('walks a national project by TT 36: registered by the Department, appraised, signed and settled by the Cục', async () => {
    const facts = projectFacts({ scope: 'NATIONAL' });
    const id = await start(workflowInput(facts));
    const { officerHN, approverHN, unitHN, cucOfficer, cucLeader } = actors;
    await act(id, { action: 'submit', actor: unitHN });
    await act(id, { action: 'open_appraisal', actor: officerHN });
    const early = await refusalOf(act(id, { action: 'approve', actor: cucLeader, ...approvalDecision() }));
    expect(early.type).toBe('ILLEGAL_TRANSITION');
    expect((await act(id, { action: 'register', actor: approverHN })).status.state).toBe('REGISTERED');
    // The Department no longer opens the ministry appraisal nor approves a national project.
    expect((await refusalOf(act(id, { action: 'open_ministry_appraisal', actor: officerHN }))).type).toBe(
      'ROLE_FORBIDDEN',
    );
    await act(id, { action: 'open_ministry_appraisal', actor: cucOfficer });
    const byDepartment = await refusalOf(act(id, { action: 'approve', actor: approverHN, ...approvalDecision() }));
    expect(byDepartment.type).toBe('ROLE_FORBIDDEN');
    expect(byDepartment.message).toContain('lãnh đạo Cục');
    const approved = await act(id, { action: 'approve', actor: cucLeader, ...approvalDecision() });
    expect(approved.status.state).toBe('APPROVED');
    expect(approved.status.approvedSupportVnd).toBe(facts.requestedSupportVnd);
    // The Cục signs as bên A; the province officer may no longer.
    const provinceSigns = await refusalOf(
      act(id, { action: 'sign_contract', actor: officerHN, contractNo: 'HĐ-QG-1', contractDate: '2026-04-01' }),
    );
    expect(provinceSigns.type).toBe('ROLE_FORBIDDEN');
    expect(provinceSigns.message).toMatch(/chuyên viên Cục.* \/ .*Cục officer/);
    await act(id, { action: 'sign_contract', actor: cucOfficer, contractNo: 'HĐ-QG-1', contractDate: '2026-04-01' });
    await act(id, { action: 'record_disbursement', actor: cucOfficer, kind: 'ADVANCE', amountVnd: 90_000_000 });
    await act(id, { action: 'start', actor: unitHN });
    await act(id, { action: 'complete_work', actor: unitHN });
    await act(id, { action: 'accept', actor: approverHN, minutesNo: '07/BB-NT', minutesDate: '2026-11-20' });
    await act(id, { action: 'record_disbursement', actor: cucOfficer, kind: 'FINAL', amountVnd: 45_000_000 });
    expect((await refusalOf(act(id, { action: 'settle', actor: officerHN }))).type).toBe('ROLE_FORBIDDEN');
    const settled = await act(id, { action: 'settle', actor: cucOfficer });
    expect(settled.status).toMatchObject({ state: 'SETTLED', advancesVnd: 90_000_000, finalPaymentsVnd: 45_000_000 });
    expect(await readProject(harness.dataSource, facts.id)).toMatchObject({ state: 'SETTLED' });
  });

  it('has a local project approved by the UBND tỉnh where the province says so, not by the Department leader', async () => {
    const facts = projectFacts({ localApprover: 'UBND' });
    const id = await start(workflowInput(facts));
    await act(id, { action: 'submit', actor: actors.unitHN });
    await act(id, { action: 'open_appraisal', actor: actors.officerHN });
    const byDepartment = await refusalOf(
      act(id, { action: 'approve', actor: actors.approverHN, ...approvalDecision() }),
    );
    expect(byDepartment.type).toBe('ROLE_FORBIDDEN');
    expect(byDepartment.message).toContain('UBND');
    expect((await act(id, { action: 'approve', actor: actors.ubndHN, ...approvalDecision() })).status.state).toBe(
      'APPROVED',
    );
    // A project of the default rule is approved by the Department leader, and the UBND may not.
    const departmental = projectFacts();
    const other = await start(workflowInput(departmental));
    await act(other, { action: 'submit', actor: actors.unitHN });
    await act(other, { action: 'open_appraisal', actor: actors.officerHN });
    expect((await refusalOf(act(other, { action: 'approve', actor: actors.ubndHN, ...approvalDecision() }))).type).toBe(
      'ROLE_FORBIDDEN',
    );
    expect(
      (await act(other, { action: 'approve', actor: actors.approverHN, ...approvalDecision() })).status.state,
    ).toBe('APPROVED');
  });

  describe('refusals are decided before anything is recorded', () => {
    let id: string;
    let projectId: string;

    beforeAll(async () => {
      const facts = projectFacts();
      projectId = facts.id;
      id = await start(workflowInput(facts));
    });

    it.each([
      [
        'an action illegal in the state',
        { action: 'approve', actor: actors.approverHN, ...approvalDecision() },
        'ILLEGAL_TRANSITION',
      ],
      ['a role that may not act', { action: 'submit', actor: actors.approverHN }, 'ROLE_FORBIDDEN'],
      ['another province officer', { action: 'submit', actor: actors.officerBN }, 'ROLE_FORBIDDEN'],
      ['an unknown action', { action: 'fly', actor: actors.officerHN }, 'INVALID_COMMAND'],
    ] as Array<[string, ActionCommand, string]>)('refuses %s', async (_, command, type) => {
      const failure = await refusalOf(act(id, command));
      expect(failure.type).toBe(type);
      expect(failure.message).toMatch(/ \/ /); // Vietnamese / English
    });

    it('refuses a missing reason and a disbursement over the 70% cap, and keeps the history unchanged', async () => {
      await act(id, { action: 'submit', actor: actors.officerHN });
      expect((await refusalOf(act(id, { action: 'return', actor: actors.officerHN }))).type).toBe('INVALID_COMMAND');
      await act(id, { action: 'open_appraisal', actor: actors.officerHN });
      await act(id, { action: 'approve', actor: actors.approverHN, ...approvalDecision() });
      await act(id, {
        action: 'sign_contract',
        actor: actors.officerHN,
        contractNo: 'HĐ-1',
        contractDate: '2026-04-01',
      });
      const overCap = await refusalOf(
        act(id, { action: 'record_disbursement', actor: actors.officerHN, kind: 'ADVANCE', amountVnd: 94_500_001 }),
      );
      expect(overCap.type).toBe('RULE_VIOLATION');
      expect(overCap.message).toContain('94.500.000 đ');
      expect((await refusalOf(act(id, { action: 'settle', actor: actors.officerHN }))).type).toBe('ILLEGAL_TRANSITION');
      expect(await transitionSeqs(harness.dataSource, projectId)).toEqual([1, 2, 3, 4, 5]);
      const snapshot = await harness.client.workflow.getHandle(id).query(snapshotQuery);
      expect(snapshot.status).toMatchObject({ state: 'CONTRACTED', seq: 5, advancesVnd: 0 });
    });
  });

  it('applies concurrent actions one at a time and re-decides each against the state it finds', async () => {
    const facts = projectFacts();
    const id = await start(workflowInput(facts));
    await act(id, { action: 'submit', actor: actors.officerHN });
    await act(id, { action: 'open_appraisal', actor: actors.officerHN });
    await act(id, { action: 'approve', actor: actors.approverHN, ...approvalDecision() });
    await act(id, { action: 'sign_contract', actor: actors.officerHN, contractNo: 'HĐ-2', contractDate: '2026-04-01' });
    // Ten advances of 10 M against a 94.5 M cap: exactly nine fit, whatever the order.
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        act(id, { action: 'record_disbursement', actor: actors.officerHN, kind: 'ADVANCE', amountVnd: 10_000_000 }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(9);
    expect(await disbursementAmounts(harness.dataSource, facts.id)).toHaveLength(9);
    expect(await readProject(harness.dataSource, facts.id)).toMatchObject({ advances_vnd: '90000000', last_seq: 14 });
  });

  it('continues as new when the history reaches its cap, carrying the state', async () => {
    const facts = projectFacts();
    const id = await start(workflowInput(facts, 40));
    const handle = harness.client.workflow.getHandle(id);
    const firstRunId = (await handle.describe()).runId;
    await act(id, { action: 'submit', actor: actors.officerHN });
    await act(id, { action: 'open_appraisal', actor: actors.officerHN });
    await act(id, { action: 'approve', actor: actors.approverHN, ...approvalDecision() });
    await act(id, { action: 'sign_contract', actor: actors.officerHN, contractNo: 'HĐ-3', contractDate: '2026-04-01' });
    await act(id, { action: 'start', actor: actors.officerHN });
    for (let i = 0; i < 6; i += 1) {
      await act(id, { action: 'suspend', actor: actors.approverHN, reason: `Tạm ngừng lần ${i + 1}` });
      await act(id, { action: 'resume', actor: actors.approverHN });
    }
    const latest = await eventually(async () => {
      const description = await harness.client.workflow.getHandle(id).describe();
      expect(description.runId).not.toBe(firstRunId);
      return description;
    });
    expect(latest.status.name).toBe('RUNNING');
    const snapshot = await harness.client.workflow.getHandle(id).query(snapshotQuery);
    expect(snapshot.status).toMatchObject({ state: 'IN_PROGRESS', seq: 18 });
    // The new run keeps working from the carried state.
    const done = await act(id, { action: 'complete_work', actor: actors.unitHN });
    expect(done.status).toMatchObject({ state: 'COMPLETED_WORK', seq: 19 });
    expect(await transitionSeqs(harness.dataSource, facts.id)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('answers a retried update id from an earlier run without applying it again', async () => {
    const facts = projectFacts();
    const id = await start(workflowInput(facts, 40));
    const firstRunId = (await harness.client.workflow.getHandle(id).describe()).runId;
    await act(id, { action: 'submit', actor: actors.officerHN });
    await act(id, { action: 'open_appraisal', actor: actors.officerHN });
    await act(id, { action: 'approve', actor: actors.approverHN, ...approvalDecision() });
    await act(id, { action: 'sign_contract', actor: actors.officerHN, contractNo: 'HĐ-4', contractDate: '2026-04-01' });
    const advance = (amountVnd: number): ActionCommand => ({
      action: 'record_disbursement',
      actor: actors.officerHN,
      kind: 'ADVANCE',
      amountVnd,
    });
    const first = await performProjectAction(harness.client, id, advance(1_000_000), 'advance-before-can');
    expect(first.status.advancesVnd).toBe(1_000_000);
    // Enough actions to pass the 40-event cap: the next update lands on a new run.
    for (let i = 0; i < 6; i += 1) await act(id, advance(10_000 + i));
    await eventually(async () =>
      expect((await harness.client.workflow.getHandle(id).describe()).runId).not.toBe(firstRunId),
    );
    const beforeRetry = await harness.client.workflow.getHandle(id).query(snapshotQuery);

    const retried = await performProjectAction(harness.client, id, advance(1_000_000), 'advance-before-can');
    expect(retried.status).toEqual(beforeRetry.status);
    expect(await disbursementAmounts(harness.dataSource, facts.id)).toHaveLength(7);
    // A new id is still a new action.
    const next = await performProjectAction(harness.client, id, advance(1_000_000), 'advance-after-can');
    expect(next.status.advancesVnd).toBe(beforeRetry.status.advancesVnd + 1_000_000);
  });
});

describe('read-model writes are idempotent', () => {
  it('leaves one row when the same event is recorded twice (a retried activity)', async () => {
    const writer = new ProjectEventWriter(harness.dataSource);
    const facts = projectFacts();
    const input = workflowInput(facts);
    const created = {
      seq: 1,
      action: 'create' as const,
      fromState: null,
      toState: 'DRAFT' as const,
      actor: actors.officerHN,
      reason: null,
      details: {},
      occurredAt: new Date().toISOString(),
    };
    await writer.recordProjectCreated(facts, input.status, created);
    await writer.recordProjectCreated(facts, input.status, created);
    const submitted = {
      ...created,
      seq: 2,
      action: 'submit' as const,
      fromState: 'DRAFT' as const,
      toState: 'SUBMITTED' as const,
    };
    const status = { ...input.status, state: 'SUBMITTED' as const, seq: 2 };
    await writer.recordLifecycleEvent(facts, status, submitted);
    await writer.recordLifecycleEvent(facts, status, submitted);
    // An older event arriving late never overwrites a newer state.
    await writer.recordProjectCreated(facts, input.status, created);
    expect(await transitionSeqs(harness.dataSource, facts.id)).toEqual([1, 2]);
    expect(await readProject(harness.dataSource, facts.id)).toMatchObject({ state: 'SUBMITTED', last_seq: 2 });
  });

  it('keeps the audit trail append-only in the database', async () => {
    await expect(harness.dataSource.query(`UPDATE project_transitions SET reason = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(harness.dataSource.query(`DELETE FROM project_transitions`)).rejects.toThrow(/append-only/);
  });
});
