import { initialStatus, LifecycleStatus } from '@kc/domain';
import { ReadModelProject, WorkflowProjectState, compareProject, describeDifferences } from './read-model-diff';

const contracted: LifecycleStatus = {
  ...initialStatus(),
  state: 'CONTRACTED',
  seq: 6,
  approvedSupportVnd: 135_000_000,
  advancesVnd: 94_500_000,
  contract: { contractNo: '15/HĐ-KCĐP-2026', contractDate: '2026-04-01' },
};

function readModelOf(status: LifecycleStatus, overrides: Partial<ReadModelProject> = {}): ReadModelProject {
  return {
    id: 'p-1',
    code: 'KCĐP-2026-HN-0001',
    workflowId: 'project-KCĐP-2026-HN-0001',
    state: status.state,
    lastSeq: status.seq,
    approvedSupportVnd: status.approvedSupportVnd,
    acceptedAmountVnd: status.acceptedAmountVnd,
    advancesVnd: status.advancesVnd,
    finalPaymentsVnd: status.finalPaymentsVnd,
    contractNo: status.contract?.contractNo ?? null,
    contractDate: status.contract?.contractDate ?? null,
    minutesNo: null,
    minutesDate: null,
    resumeState: status.resumeState ?? null,
    refundedVnd: status.refundedVnd ?? 0,
    openAdjustmentId: null,
    openAdjustmentKind: null,
    openAdjustmentStatus: null,
    progressPercent: null,
    progressReportDate: null,
    groupPlan: null,
    forceMajeureBody: null,
    forceMajeureCertifier: null,
    pilotYears: null,
    transitionCount: status.seq,
    transitionMaxSeq: status.seq,
    disbursedAdvanceVnd: status.advancesVnd,
    disbursedFinalVnd: status.finalPaymentsVnd,
    periods: [{ key: 'P0001', extendedDueAt: null, submitted: false }],
    ...overrides,
  };
}

const workflow: WorkflowProjectState = {
  status: contracted,
  periods: [{ key: 'P0001', extended: null, submittedAt: null }],
};

describe('compareProject', () => {
  it('finds nothing when the read model agrees with the workflow', () => {
    expect(compareProject(readModelOf(contracted), workflow)).toEqual([]);
  });

  it('compares the national path’s fields too: a pending request’s return state and the refund', () => {
    const requested: LifecycleStatus = {
      ...contracted,
      state: 'SUSPENSION_REQUESTED',
      seq: 7,
      resumeState: 'CONTRACTED',
    };
    const stale = readModelOf(requested, { resumeState: null, refundedVnd: 5 });
    expect(compareProject(stale, { ...workflow, status: requested })).toEqual([
      { field: 'resume_state', readModel: null, workflow: 'CONTRACTED', repair: 'STATUS' },
      { field: 'refunded_vnd', readModel: 5, workflow: 0, repair: 'STATUS' },
    ]);
  });

  it('names a projects row that disagrees, to be rewritten from the status', () => {
    const differences = compareProject(readModelOf(contracted, { state: 'APPROVED', advancesVnd: 0 }), workflow);
    expect(differences).toEqual([
      { field: 'state', readModel: 'APPROVED', workflow: 'CONTRACTED', repair: 'STATUS' },
      { field: 'advances_vnd', readModel: 0, workflow: 94_500_000, repair: 'STATUS' },
    ]);
    expect(describeDifferences(differences)).toBe('state APPROVED≠CONTRACTED, advances_vnd 0≠94500000');
  });

  it('names missing audit events and disbursements, to be replayed from the history', () => {
    const differences = compareProject(
      readModelOf(contracted, { transitionCount: 5, transitionMaxSeq: 5, disbursedAdvanceVnd: 0 }),
      workflow,
    );
    expect(differences.map((d) => [d.field, d.repair])).toEqual([
      ['transitions.count', 'EVENTS'],
      ['transitions.max_seq', 'EVENTS'],
      ['disbursements.advance_vnd', 'EVENTS'],
    ]);
  });

  it('counts a gap in the audit trail even when the last event is there', () => {
    const differences = compareProject(readModelOf(contracted, { transitionCount: 5 }), workflow);
    expect(differences.map((d) => d.field)).toEqual(['transitions.count']);
  });

  it('names a missing or unextended report period, and a report the read model does not have', () => {
    const extended: WorkflowProjectState = {
      status: contracted,
      periods: [
        { key: 'P0001', extended: { dueDay: '2026-05-29', dueAt: '2026-05-29T16:59:59.999Z' }, submittedAt: 'x' },
        { key: 'P0002', extended: null, submittedAt: null },
      ],
    };
    expect(compareProject(readModelOf(contracted), extended).map((d) => [d.field, d.repair])).toEqual([
      ['report_periods.P0001.extended_due_at', 'PERIODS'],
      ['report_periods.P0001.submitted', 'EVENTS'],
      ['report_periods.P0002', 'PERIODS'],
    ]);
  });

  it('ignores old periods the workflow no longer tracks', () => {
    const older = readModelOf(contracted, {
      periods: [
        { key: 'P0000', extendedDueAt: null, submitted: true },
        { key: 'P0001', extendedDueAt: null, submitted: false },
      ],
    });
    expect(compareProject(older, workflow)).toEqual([]);
  });
});
