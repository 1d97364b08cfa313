import { autoCloseReason, causeKey } from './escalation-cause';

const lateReport = { reason: 'REPORT_OVERDUE', periodKey: 'P0003', stalledState: null };
const stalled = { reason: 'STALLED', periodKey: null, stalledState: 'SUBMITTED' };

describe('escalation causes', () => {
  it('keys a late report by its period and a stall by the state and the transition into it', () => {
    expect(causeKey({ reason: 'REPORT_OVERDUE', periodKey: 'P0003' })).toBe('REPORT_OVERDUE:P0003');
    expect(causeKey({ reason: 'STALLED', state: 'SUBMITTED', enteredSeq: 2 })).toBe('STALLED:SUBMITTED:2');
    // Back in the same state later: another stay, another escalation.
    expect(causeKey({ reason: 'STALLED', state: 'SUBMITTED', enteredSeq: 7 })).not.toBe(
      causeKey({ reason: 'STALLED', state: 'SUBMITTED', enteredSeq: 2 }),
    );
  });

  it('closes a late-report escalation when that period’s report arrives, not another period’s', () => {
    expect(autoCloseReason(lateReport, { kind: 'REPORT_SUBMITTED', periodKey: 'P0003' })).toEqual({
      reason: 'REPORT_SUBMITTED',
      detail: 'P0003',
    });
    expect(autoCloseReason(lateReport, { kind: 'REPORT_SUBMITTED', periodKey: 'P0004' })).toBeNull();
    expect(autoCloseReason(stalled, { kind: 'REPORT_SUBMITTED', periodKey: 'P0003' })).toBeNull();
  });

  it('closes a stall when the project leaves the state, and keeps it while the project stays', () => {
    expect(autoCloseReason(stalled, { kind: 'STATE', state: 'BASE_APPRAISAL' })).toEqual({
      reason: 'LEFT_STALLED_STATE',
      detail: 'BASE_APPRAISAL',
    });
    expect(autoCloseReason(stalled, { kind: 'STATE', state: 'SUBMITTED' })).toBeNull();
    // A late report stays open while the project moves between reporting states.
    expect(autoCloseReason(lateReport, { kind: 'STATE', state: 'IN_PROGRESS' })).toBeNull();
  });

  it('closes everything when the project reaches a final state', () => {
    for (const state of ['REJECTED', 'SETTLED', 'TERMINATED', 'WITHDRAWN'] as const) {
      expect(autoCloseReason(lateReport, { kind: 'STATE', state })).toEqual({
        reason: 'PROJECT_CLOSED',
        detail: state,
      });
      expect(autoCloseReason(stalled, { kind: 'STATE', state })?.reason).toBe('PROJECT_CLOSED');
    }
  });
});
